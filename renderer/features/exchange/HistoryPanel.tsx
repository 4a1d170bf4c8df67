import { Badge, Button, Stack, Table, Text } from '@mantine/core';
import { Fragment, useEffect, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { ExchangeHistoryEntry } from '../../../shared/domain/exchange';
import { useApiQuery } from '../../api/queries';
import { Loaded } from '../../components/LoadError';
import { formatLocalTimestamp } from '../../format/local-time';
import { formatBytes } from '../backups/format';
import { countsText } from './counts';
import { ImportReport } from './ImportReport';

/**
 * Riwayat: every package made here or received here, the newest first; a received one opens its
 * report, and `openEntryId` (from the address) opens one at once, scrolled into view.
 */
export function HistoryPanel({ openEntryId = null }: { openEntryId?: string | null }) {
  const query = useApiQuery('exchange.history', {});
  return (
    <Loaded query={query}>
      {(entries) => (
        // Opened anew when the address names another entry.
        <HistoryTable key={openEntryId ?? ''} entries={entries} openEntryId={openEntryId} />
      )}
    </Loaded>
  );
}

function HistoryTable({ entries, openEntryId }: { entries: ExchangeHistoryEntry[]; openEntryId: string | null }) {
  const { t } = useTranslation();
  const [open, setOpen] = useState<string | null>(openEntryId);
  const opened = useRef<HTMLTableRowElement | null>(null);
  useEffect(() => {
    opened.current?.scrollIntoView({ block: 'nearest' });
  }, []);
  if (entries.length === 0) return <Text size="sm">{t('exchangeData.history.empty')}</Text>;
  return (
    <Table.ScrollContainer minWidth={720}>
      <Table data-testid="exchange-history" verticalSpacing="xs">
        <Table.Thead>
          <Table.Tr>
            <Table.Th w={170}>{t('exchangeData.history.when')}</Table.Th>
            <Table.Th w={130}>{t('exchangeData.history.direction')}</Table.Th>
            <Table.Th>{t('exchangeData.history.office')}</Table.Th>
            <Table.Th>{t('exchangeData.history.contents')}</Table.Th>
            <Table.Th w={110} />
          </Table.Tr>
        </Table.Thead>
        <Table.Tbody>
          {entries.map((entry) => (
            <Fragment key={entry.id}>
              <Table.Tr>
                <Table.Td>{formatLocalTimestamp(entry.recordedAt)}</Table.Td>
                <Table.Td>
                  <Badge variant="light" color={entry.direction === 'in' ? 'teal' : 'blue'}>
                    {t(`exchangeData.history.${entry.direction}`)}
                  </Badge>
                </Table.Td>
                <Table.Td>
                  <Stack gap={0}>
                    <Text size="sm">{entry.officeName || t('exchangeData.history.anyOffice')}</Text>
                    <Text size="xs" c="dimmed" style={{ wordBreak: 'break-all' }}>
                      {entry.fileName} · {formatBytes(entry.sizeBytes)}
                    </Text>
                  </Stack>
                </Table.Td>
                <Table.Td>
                  <Text size="sm">{countsText(entry.counts)}</Text>
                </Table.Td>
                <Table.Td>
                  {entry.report ? (
                    <Button
                      size="compact-sm"
                      variant="subtle"
                      onClick={() => setOpen(open === entry.id ? null : entry.id)}
                    >
                      {t('exchangeData.history.details')}
                    </Button>
                  ) : null}
                </Table.Td>
              </Table.Tr>
              {open === entry.id ? (
                <Table.Tr ref={entry.id === openEntryId ? opened : null}>
                  <Table.Td colSpan={5}>
                    <ImportReport entry={entry} />
                  </Table.Td>
                </Table.Tr>
              ) : null}
            </Fragment>
          ))}
        </Table.Tbody>
      </Table>
    </Table.ScrollContainer>
  );
}
