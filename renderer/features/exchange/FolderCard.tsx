import { Badge, Button, Card, Group, Stack, Table, Text, TextInput, Title } from '@mantine/core';
import { IconFolder, IconRefresh } from '@tabler/icons-react';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { ExchangeFolder } from '../../../shared/domain/exchange';
import { call } from '../../api/client';
import { useApiQuery } from '../../api/queries';
import { formatLocalTimestamp } from '../../format/local-time';
import { notifyFailure } from '../../hooks/notify';
import { formatBytes } from '../backups/format';

const STATE_COLORS = { new: 'teal', imported: 'gray', writing: 'yellow' } as const;

/**
 * The folder pertukaran: where it is, and the packages in it; a new one is checked like a picked
 * file (`onOpen`). Files still being copied in are shown but cannot be opened.
 */
export function FolderCard({ onOpen, busy }: { onOpen: (name: string) => void; busy: boolean }) {
  const { t } = useTranslation();
  const query = useApiQuery('exchange.folder', {}, { readOnOpen: true });
  const folder = query.data;
  return (
    <Card withBorder data-testid="exchange-folder">
      <Stack gap="sm">
        <Group justify="space-between">
          <Title order={3} fz="md">
            <IconFolder size={18} style={{ verticalAlign: 'text-bottom' }} /> {t('exchangeData.folder.title')}
          </Title>
          {folder?.path ? (
            <Button
              size="compact-sm"
              variant="subtle"
              leftSection={<IconRefresh size={14} />}
              loading={query.isFetching}
              onClick={() => void query.refetch()}
            >
              {t('exchangeData.folder.check')}
            </Button>
          ) : null}
        </Group>
        <Text size="sm" c="dimmed">
          {t('exchangeData.folder.hint')}
        </Text>
        {folder ? <FolderPath key={folder.path ?? ''} folder={folder} /> : null}
        {folder?.path && !folder.available ? (
          <Text size="sm" c="red.8">
            {t('exchangeData.folder.unavailable', { path: folder.path })}
          </Text>
        ) : null}
        {folder?.available ? <FolderPackages folder={folder} onOpen={onOpen} busy={busy} /> : null}
      </Stack>
    </Card>
  );
}

function FolderPath({ folder }: { folder: ExchangeFolder }) {
  const { t } = useTranslation();
  const [path, setPath] = useState(folder.path ?? '');
  const [saving, setSaving] = useState(false);
  async function save(next: string | null): Promise<void> {
    setSaving(true);
    const result = notifyFailure(await call('exchange.setFolder', { path: next }));
    setSaving(false);
    if (result.ok && next === null) setPath('');
  }
  return (
    <Group align="flex-end" gap="xs">
      <TextInput
        label={t('exchangeData.folder.path')}
        placeholder={t('exchangeData.folder.pathExample')}
        value={path}
        onChange={(event) => setPath(event.currentTarget.value)}
        style={{ flex: 1, minWidth: 260 }}
      />
      <Button variant="light" onClick={() => void save(path.trim())} loading={saving} disabled={!path.trim()}>
        {t('exchangeData.folder.save')}
      </Button>
      {folder.path ? (
        <Button variant="subtle" color="gray" onClick={() => void save(null)} disabled={saving}>
          {t('exchangeData.folder.clear')}
        </Button>
      ) : null}
    </Group>
  );
}

function FolderPackages({
  folder,
  onOpen,
  busy,
}: {
  folder: ExchangeFolder;
  onOpen: (name: string) => void;
  busy: boolean;
}) {
  const { t } = useTranslation();
  if (folder.packages.length === 0) return <Text size="sm">{t('exchangeData.folder.empty')}</Text>;
  return (
    <Table verticalSpacing={4}>
      <Table.Tbody>
        {folder.packages.map((each) => (
          <Table.Tr key={each.name}>
            <Table.Td style={{ wordBreak: 'break-all' }}>
              <Text size="sm">{each.name}</Text>
              <Text size="xs" c="dimmed">
                {formatLocalTimestamp(each.modifiedAt)} · {formatBytes(each.sizeBytes)}
              </Text>
            </Table.Td>
            <Table.Td w={150}>
              <Badge variant="light" color={STATE_COLORS[each.state]}>
                {t(`exchangeData.folder.state.${each.state}`)}
              </Badge>
            </Table.Td>
            <Table.Td w={140}>
              {each.state === 'new' ? (
                <Button size="compact-sm" variant="light" disabled={busy} onClick={() => onOpen(each.name)}>
                  {t('exchangeData.folder.open')}
                </Button>
              ) : null}
            </Table.Td>
          </Table.Tr>
        ))}
      </Table.Tbody>
    </Table>
  );
}
