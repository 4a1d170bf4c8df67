import { Button, Group, Table, Text } from '@mantine/core';
import { IconPlus } from '@tabler/icons-react';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { FundingSource } from '../../../../shared/domain/plans';
import { useApiQuery } from '../../../api/queries';
import { QueryStatus } from '../../../components/LoadError';
import { ConfirmCatalogueDelete } from './ConfirmCatalogueDelete';
import { notifySuccess } from '../../../hooks/notify';
import { FundingSourceForm } from './FundingSourceForm';
import { RowActions } from '../../../components/RowActions';
import { SeededBadge } from './SeededBadge';
import { GuardedModal } from '../../../components/FormGuard';

type Editing = { mode: 'new' } | { mode: 'edit'; source: FundingSource } | null;

/** Top-level sources in catalogue order, each followed by the sources under it. */
function nested(sources: readonly FundingSource[]): { source: FundingSource; child: boolean }[] {
  const ids = new Set(sources.map((s) => s.id));
  const tops = sources.filter((s) => s.parentId === null || !ids.has(s.parentId));
  return tops.flatMap((top) => [
    { source: top, child: false },
    ...sources.filter((s) => s.parentId === top.id).map((source) => ({ source, child: true })),
  ]);
}

/** Funding sources: APBD, DAK Fisik, DAK Nonfisik (BOK, BOKB, BOP PAUD), Dana Desa, APBN, CSR, others. */
export function FundingSourcesTab() {
  const { t } = useTranslation();
  const query = useApiQuery('fundingSources.list', {});
  const items = query.data ?? null;
  const [editing, setEditing] = useState<Editing>(null);
  const [deleting, setDeleting] = useState<FundingSource | null>(null);
  const names = new Map((items ?? []).map((s) => [s.id, s.name]));

  return (
    <>
      <Group justify="space-between" mb="sm" wrap="wrap">
        {items ? (
          <Text size="sm" c="dimmed">
            {t('catalogue.count', { count: items.length })}
          </Text>
        ) : (
          <span />
        )}
        <Button leftSection={<IconPlus size={16} />} onClick={() => setEditing({ mode: 'new' })}>
          {t('catalogue.sources.new')}
        </Button>
      </Group>
      <QueryStatus query={query} />
      {items && items.length === 0 ? (
        <Text size="sm" c="dimmed">
          {t('catalogue.sources.empty')}
        </Text>
      ) : null}
      {items && items.length > 0 ? (
        <Table
          striped
          highlightOnHover
          className="sirakor-table"
          aria-label={t('catalogue.tabs.sumber-dana')}
          layout="fixed"
        >
          <Table.Thead>
            <Table.Tr>
              <Table.Th>{t('catalogue.sources.name')}</Table.Th>
              <Table.Th w={200}>{t('catalogue.sources.code')}</Table.Th>
              <Table.Th w={200}>{t('catalogue.sources.parent')}</Table.Th>
              <Table.Th w={170}>{t('catalogue.origin')}</Table.Th>
              <Table.Th w={96}>{t('common.actions')}</Table.Th>
            </Table.Tr>
          </Table.Thead>
          <Table.Tbody>
            {nested(items).map(({ source, child }) => (
              <Table.Tr key={source.id} data-testid="source-row">
                <Table.Td pl={child ? 'xl' : undefined}>
                  <Text size="sm" fw={child ? 400 : 500}>
                    {source.name}
                  </Text>
                </Table.Td>
                <Table.Td>
                  <Text size="sm" ff="monospace">
                    {source.code}
                  </Text>
                </Table.Td>
                <Table.Td>
                  <Text size="sm">
                    {source.parentId ? (names.get(source.parentId) ?? t('common.none')) : t('common.none')}
                  </Text>
                </Table.Td>
                <Table.Td>
                  <SeededBadge entry={source} />
                </Table.Td>
                <Table.Td>
                  <RowActions
                    name={source.name}
                    onEdit={() => setEditing({ mode: 'edit', source })}
                    onDelete={() => setDeleting(source)}
                  />
                </Table.Td>
              </Table.Tr>
            ))}
          </Table.Tbody>
        </Table>
      ) : null}
      <GuardedModal
        opened={editing !== null}
        onClose={() => setEditing(null)}
        title={editing?.mode === 'edit' ? t('catalogue.sources.edit') : t('catalogue.sources.new')}
        size="lg"
      >
        {editing ? (
          <FundingSourceForm
            source={editing.mode === 'edit' ? editing.source : null}
            sources={items ?? []}
            onCancel={() => setEditing(null)}
            onSaved={(saved) => {
              setEditing(null);
              notifySuccess(t('catalogue.saved', { name: saved.name }));
            }}
          />
        ) : null}
      </GuardedModal>
      <ConfirmCatalogueDelete item={deleting} method="fundingSources.delete" onClose={() => setDeleting(null)} />
    </>
  );
}
