import {
  ActionIcon,
  Alert,
  Anchor,
  Badge,
  Button,
  Group,
  Menu,
  Select,
  Stack,
  Table,
  Text,
  Tooltip,
} from '@mantine/core';
import { IconBan, IconChevronDown, IconFileSpreadsheet, IconPlus, IconPrinter, IconWriting } from '@tabler/icons-react';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'wouter';
import type { LetterEntry } from '../../../shared/domain/letters';
import { formatDateId } from '../../../shared/format/dates';
import { call } from '../../api/client';
import { useApiQuery } from '../../api/queries';
import { meetingPath } from '../../app/routes';
import { QueryStatus } from '../../components/LoadError';
import { PageHeader } from '../../components/PageHeader';
import { SearchBox } from '../../components/SearchBox';
import { localToday } from '../../format/local-time';
import { notifyFailure } from '../../hooks/notify';
import { saveDownload } from '../commitments/files';
import { LetterEntryModal } from './LetterEntryModal';
import { VoidLetterModal } from './VoidLetterModal';

/** Buku agenda surat keluar: every number of a year, taking the next, recording one, voiding, printing. */
export default function LettersPage() {
  const { t } = useTranslation();
  const [year, setYear] = useState(Number(localToday().slice(0, 4)));
  const [query, setQuery] = useState('');
  const [adding, setAdding] = useState<'issue' | 'record' | null>(null);
  const [voiding, setVoiding] = useState<LetterEntry | null>(null);
  const [exporting, setExporting] = useState(false);
  // Another year or search keeps the register on screen until its answer comes.
  const registerQuery = useApiQuery('letters.register', { year, query }, { keepPrevious: true });
  const register = registerQuery.data;

  async function download(format: 'pdf' | 'docx' | 'xlsx'): Promise<void> {
    setExporting(true);
    const result = notifyFailure(await call('letters.registerFile', { year, format }));
    setExporting(false);
    if (result.ok) saveDownload(result.value);
  }

  return (
    <Stack gap="sm">
      <PageHeader
        title={t('letters.title')}
        actions={
          <>
            <Button leftSection={<IconPlus size={16} />} onClick={() => setAdding('issue')}>
              {t('letters.issue')}
            </Button>
            <Button variant="light" leftSection={<IconWriting size={16} />} onClick={() => setAdding('record')}>
              {t('letters.record')}
            </Button>
            <Menu position="bottom-end">
              <Menu.Target>
                <Button
                  variant="light"
                  leftSection={<IconPrinter size={16} />}
                  rightSection={<IconChevronDown size={14} />}
                  loading={exporting}
                >
                  {t('letters.print')}
                </Button>
              </Menu.Target>
              <Menu.Dropdown>
                <Menu.Item onClick={() => void download('pdf')}>{t('letters.printPdf')}</Menu.Item>
                <Menu.Item onClick={() => void download('docx')}>{t('letters.printDocx')}</Menu.Item>
                <Menu.Item leftSection={<IconFileSpreadsheet size={14} />} onClick={() => void download('xlsx')}>
                  {t('letters.exportXlsx')}
                </Menu.Item>
              </Menu.Dropdown>
            </Menu>
          </>
        }
      />
      <Text size="sm" c="dimmed" maw={900}>
        {t('letters.intro')}
      </Text>
      <Group gap="sm">
        <Select
          aria-label={t('letters.year')}
          w={120}
          allowDeselect={false}
          data={(register?.years ?? [year]).map((y) => ({ value: String(y), label: String(y) }))}
          value={String(year)}
          onChange={(value) => value && setYear(Number(value))}
        />
        <SearchBox value={query} onSearch={setQuery} placeholder={t('letters.search')} w={320} />
      </Group>
      <QueryStatus query={registerQuery} />
      {register && register.entries.length === 0 ? (
        <Alert color="gray" variant="light">
          {t('letters.empty', { year })}
        </Alert>
      ) : null}
      {register && register.entries.length > 0 ? (
        <Table.ScrollContainer minWidth={720}>
          <Table striped highlightOnHover verticalSpacing="xs" data-testid="letter-register">
            <Table.Thead>
              <Table.Tr>
                <Table.Th w={50}>{t('letters.columns.no')}</Table.Th>
                <Table.Th w={140}>{t('letters.columns.date')}</Table.Th>
                <Table.Th>{t('letters.columns.number')}</Table.Th>
                <Table.Th w={110}>{t('letters.columns.kind')}</Table.Th>
                <Table.Th>{t('letters.columns.subject')}</Table.Th>
                <Table.Th>{t('letters.columns.remarks')}</Table.Th>
                <Table.Th w={50} />
              </Table.Tr>
            </Table.Thead>
            <Table.Tbody>
              {register.entries.map((entry, index) => (
                <Table.Tr key={entry.id} c={entry.voidedAt ? 'dimmed' : undefined}>
                  <Table.Td>{index + 1}</Table.Td>
                  <Table.Td>{formatDateId(entry.letterDate)}</Table.Td>
                  <Table.Td>
                    <Text size="sm" fw={500} td={entry.voidedAt ? 'line-through' : undefined}>
                      {entry.number}
                    </Text>
                    <Group gap={4} mt={2}>
                      {entry.voidedAt ? (
                        <Badge size="xs" color="red" variant="light">
                          {t('letters.voidedBadge')}
                        </Badge>
                      ) : null}
                      {entry.source === 'recorded' ? (
                        <Badge size="xs" color="gray" variant="light">
                          {t('letters.recordedBadge')}
                        </Badge>
                      ) : null}
                    </Group>
                  </Table.Td>
                  <Table.Td>{t(`letters.kinds.${entry.kind}`)}</Table.Td>
                  <Table.Td>
                    <Text size="sm">{entry.subject}</Text>
                    {entry.addressee ? (
                      <Text size="xs" c="dimmed">
                        {t('letters.addressee')}: {entry.addressee}
                      </Text>
                    ) : null}
                  </Table.Td>
                  <Table.Td>
                    {entry.voidReason ? <Text size="sm">{entry.voidReason}</Text> : null}
                    {entry.meetingId && entry.meetingTitle ? (
                      <Anchor component={Link} href={meetingPath(entry.meetingId)} size="sm">
                        {t('letters.meeting', { title: entry.meetingTitle })}
                      </Anchor>
                    ) : null}
                  </Table.Td>
                  <Table.Td>
                    {entry.voidedAt ? null : (
                      <Tooltip label={t('letters.voidAction')}>
                        <ActionIcon
                          variant="subtle"
                          color="red"
                          aria-label={`${t('letters.voidAction')} ${entry.number}`}
                          onClick={() => setVoiding(entry)}
                        >
                          <IconBan size={16} />
                        </ActionIcon>
                      </Tooltip>
                    )}
                  </Table.Td>
                </Table.Tr>
              ))}
            </Table.Tbody>
          </Table>
        </Table.ScrollContainer>
      ) : null}
      {adding ? <LetterEntryModal mode={adding} opened onClose={() => setAdding(null)} /> : null}
      <VoidLetterModal entry={voiding} onClose={() => setVoiding(null)} />
    </Stack>
  );
}
