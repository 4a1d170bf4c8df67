import { Badge, Button, Group, SegmentedControl, Table, Text } from '@mantine/core';
import { IconPlus, IconStethoscope } from '@tabler/icons-react';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { INTERVENTION_KINDS, type Intervention, type InterventionKind } from '../../../../shared/domain/plans';
import { useApiQuery } from '../../../api/queries';
import { ListState } from '../../../components/ListState';
import { SearchBox } from '../../../components/SearchBox';
import { notifySuccess } from '../../../hooks/notify';
import { ConfirmCatalogueDelete } from './ConfirmCatalogueDelete';
import { InterventionForm } from './InterventionForm';
import { RowActions } from '../../../components/RowActions';
import { NO_ELLIPSIS, SeededBadge } from './SeededBadge';
import { GuardedModal } from '../../../components/FormGuard';

export const KIND_COLORS: Record<InterventionKind, string> = {
  spesifik: 'teal',
  sensitif: 'grape',
  lainnya: 'gray',
};

type Editing = { mode: 'new' } | { mode: 'edit'; intervention: Intervention } | null;

/** The intervention catalogue: filter by kind and text, add, edit (seeded ones too), delete when unused. */
export function InterventionsTab() {
  const { t } = useTranslation();
  const [kind, setKind] = useState<InterventionKind | 'all'>('all');
  const [search, setSearch] = useState('');
  const list = useApiQuery(
    'interventions.list',
    { ...(kind === 'all' ? {} : { kind }), query: search },
    { keepPrevious: true },
  );
  const items = list.data ?? null;
  const [editing, setEditing] = useState<Editing>(null);
  const [deleting, setDeleting] = useState<Intervention | null>(null);

  return (
    <>
      <Group justify="space-between" mb="sm" wrap="wrap">
        <Group gap="xs" wrap="wrap">
          <SearchBox value={search} onSearch={setSearch} placeholder={t('catalogue.searchPlaceholder')} w={300} />
          <SegmentedControl
            aria-label={t('catalogue.filterKind')}
            value={kind}
            onChange={(value) => setKind(value as InterventionKind | 'all')}
            data={[
              { value: 'all', label: t('common.all') },
              ...INTERVENTION_KINDS.map((value) => ({ value, label: t(`catalogue.kindShort.${value}`) })),
            ]}
          />
          {items ? (
            <Text size="sm" c="dimmed">
              {t('catalogue.count', { count: items.length })}
            </Text>
          ) : null}
        </Group>
        <Button leftSection={<IconPlus size={16} />} onClick={() => setEditing({ mode: 'new' })}>
          {t('catalogue.interventions.new')}
        </Button>
      </Group>
      <ListState
        query={list}
        total={items?.length}
        filtered={Boolean(search.trim()) || kind !== 'all'}
        emptyText={t('catalogue.interventions.empty')}
        icon={<IconStethoscope size={32} />}
      />
      {items && items.length > 0 ? (
        <Table.ScrollContainer minWidth={960}>
          <Table
            striped
            highlightOnHover
            className="sirakor-table"
            aria-label={t('catalogue.tabs.intervensi')}
            layout="fixed"
          >
            <Table.Thead>
              <Table.Tr>
                <Table.Th w="24%">{t('catalogue.interventions.name')}</Table.Th>
                <Table.Th w={96}>{t('catalogue.interventions.kind')}</Table.Th>
                <Table.Th>{t('catalogue.interventions.indicator')}</Table.Th>
                <Table.Th w={132}>{t('catalogue.interventions.unit')}</Table.Th>
                <Table.Th w={90}>{t('catalogue.interventions.nationalTarget')}</Table.Th>
                <Table.Th w="14%">{t('catalogue.interventions.targetGroup')}</Table.Th>
                <Table.Th w={96}>{t('common.actions')}</Table.Th>
              </Table.Tr>
            </Table.Thead>
            <Table.Tbody>
              {items.map((intervention) => (
                <Table.Tr key={intervention.id} data-testid="intervention-row">
                  <Table.Td>
                    <Group gap={6} mb={2} wrap="wrap">
                      {intervention.code ? (
                        <Text size="xs" c="dimmed" ff="monospace">
                          {intervention.code}
                        </Text>
                      ) : null}
                      <SeededBadge entry={intervention} />
                    </Group>
                    <Text size="sm" fw={500}>
                      {intervention.name}
                    </Text>
                  </Table.Td>
                  <Table.Td>
                    <Badge variant="light" size="sm" color={KIND_COLORS[intervention.kind]} styles={NO_ELLIPSIS}>
                      {t(`catalogue.kindShort.${intervention.kind}`)}
                    </Badge>
                  </Table.Td>
                  <Table.Td>
                    <Text size="sm">{intervention.indicator ?? t('common.none')}</Text>
                  </Table.Td>
                  <Table.Td>
                    <Text size="sm">{intervention.unit ?? t('common.none')}</Text>
                  </Table.Td>
                  <Table.Td>
                    <Text size="sm">{intervention.nationalTarget ?? t('common.none')}</Text>
                  </Table.Td>
                  <Table.Td>
                    <Text size="sm">{intervention.targetGroup ?? t('common.none')}</Text>
                  </Table.Td>
                  <Table.Td>
                    <RowActions
                      name={intervention.name}
                      onEdit={() => setEditing({ mode: 'edit', intervention })}
                      onDelete={() => setDeleting(intervention)}
                    />
                  </Table.Td>
                </Table.Tr>
              ))}
            </Table.Tbody>
          </Table>
        </Table.ScrollContainer>
      ) : null}
      <GuardedModal
        opened={editing !== null}
        onClose={() => setEditing(null)}
        title={editing?.mode === 'edit' ? t('catalogue.interventions.edit') : t('catalogue.interventions.new')}
        size="lg"
      >
        {editing ? (
          <InterventionForm
            intervention={editing.mode === 'edit' ? editing.intervention : null}
            defaultKind={kind === 'all' ? null : kind}
            onCancel={() => setEditing(null)}
            onSaved={(saved) => {
              setEditing(null);
              notifySuccess(t('catalogue.saved', { name: saved.name }));
            }}
          />
        ) : null}
      </GuardedModal>
      <ConfirmCatalogueDelete item={deleting} method="interventions.delete" onClose={() => setDeleting(null)} />
    </>
  );
}
