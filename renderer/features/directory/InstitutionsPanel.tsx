import { ActionIcon, Badge, Button, Group, Select, Table, Text, TextInput, Tooltip } from '@mantine/core';
import { useDebouncedCallback } from '@mantine/hooks';
import { notifications } from '@mantine/notifications';
import { IconBuildingCommunity, IconPencil, IconPlus, IconSearch, IconTrash } from '@tabler/icons-react';
import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { SECTORS, type Institution, type Sector } from '../../../shared/domain/directory';
import { call } from '../../api/client';
import { ConfirmDelete } from '../../components/ConfirmDelete';
import { ListState } from '../../components/ListState';
import { Paginator } from '../../components/Paginator';
import { useInstitutionsList } from '../../stores/directory';
import { InstitutionForm } from './InstitutionForm';
import { GuardedModal } from '../../components/FormGuard';
import { SampleMark } from '../../components/sample';

type Editing = { mode: 'new' } | { mode: 'edit'; institution: Institution } | null;

export function InstitutionsPanel() {
  const { t } = useTranslation();
  const { filters, page, loading, error, setFilters, reload } = useInstitutionsList();
  const [search, setSearch] = useState(filters.query ?? '');
  const [editing, setEditing] = useState<Editing>(null);
  const [deleting, setDeleting] = useState<Institution | null>(null);
  const applySearch = useDebouncedCallback((query: string) => setFilters({ query }), 250);

  useEffect(() => {
    void reload();
  }, [reload]);

  const filtered = Boolean(filters.query || filters.sector);
  return (
    <>
      <Group justify="space-between" mb="sm" wrap="wrap">
        <Group gap="xs" wrap="wrap">
          <TextInput
            aria-label={t('common.search')}
            placeholder={t('common.searchPlaceholder')}
            leftSection={<IconSearch size={16} />}
            value={search}
            onChange={(event) => {
              setSearch(event.currentTarget.value);
              applySearch(event.currentTarget.value);
            }}
            w={280}
          />
          <Select
            aria-label={t('directory.filterSector')}
            placeholder={t('directory.filterSector')}
            clearable
            data={SECTORS.map((value) => ({ value, label: t(`sector.${value}`) }))}
            value={filters.sector ?? null}
            onChange={(sector) => setFilters({ sector: (sector as Sector | null) ?? undefined })}
            w={240}
          />
        </Group>
        <Button leftSection={<IconPlus size={16} />} onClick={() => setEditing({ mode: 'new' })}>
          {t('directory.newInstitution')}
        </Button>
      </Group>

      <ListState
        loading={loading}
        error={error}
        total={page?.total}
        filtered={filtered}
        emptyText={t('directory.emptyInstitutions')}
        icon={<IconBuildingCommunity size={32} />}
      />
      {page && page.total > 0 ? (
        <>
          <Table striped highlightOnHover className="sirakor-table" aria-label={t('directory.institutions')}>
            <Table.Thead>
              <Table.Tr>
                <Table.Th>{t('institution.name')}</Table.Th>
                <Table.Th>{t('institution.sector')}</Table.Th>
                <Table.Th>{t('institution.level')}</Table.Th>
                <Table.Th>{t('institution.area')}</Table.Th>
                <Table.Th w={90}>{t('common.actions')}</Table.Th>
              </Table.Tr>
            </Table.Thead>
            <Table.Tbody>
              {page.items.map((institution) => (
                <Table.Tr key={institution.id}>
                  <Table.Td>
                    <Text size="sm" fw={500}>
                      {institution.name}
                      <SampleMark id={institution.id} />
                    </Text>
                    {institution.shortName ? (
                      <Text size="xs" c="dimmed">
                        {institution.shortName}
                      </Text>
                    ) : null}
                  </Table.Td>
                  <Table.Td>
                    <Badge variant="light" color="gray">
                      {t(`sector.${institution.sector}`)}
                    </Badge>
                  </Table.Td>
                  <Table.Td>{t(`level.${institution.level}`)}</Table.Td>
                  <Table.Td>{institution.areaName ?? t('common.none')}</Table.Td>
                  <Table.Td>
                    <Group gap={4} wrap="nowrap">
                      <Tooltip label={t('common.edit')}>
                        <ActionIcon
                          variant="subtle"
                          aria-label={`${t('common.edit')} ${institution.name}`}
                          onClick={() => setEditing({ mode: 'edit', institution })}
                        >
                          <IconPencil size={16} />
                        </ActionIcon>
                      </Tooltip>
                      <Tooltip label={t('common.delete')}>
                        <ActionIcon
                          variant="subtle"
                          color="red"
                          aria-label={`${t('common.delete')} ${institution.name}`}
                          onClick={() => setDeleting(institution)}
                        >
                          <IconTrash size={16} />
                        </ActionIcon>
                      </Tooltip>
                    </Group>
                  </Table.Td>
                </Table.Tr>
              ))}
            </Table.Tbody>
          </Table>
          <Paginator
            total={page.total}
            limit={filters.limit ?? 50}
            offset={filters.offset ?? 0}
            onOffset={(offset) => setFilters({ offset })}
          />
        </>
      ) : null}

      <GuardedModal
        opened={editing !== null}
        onClose={() => setEditing(null)}
        title={editing?.mode === 'edit' ? t('directory.editInstitution') : t('directory.newInstitution')}
        size="lg"
      >
        {editing ? (
          <InstitutionForm
            institution={editing.mode === 'edit' ? editing.institution : null}
            onCancel={() => setEditing(null)}
            onSaved={(saved) => {
              setEditing(null);
              notifications.show({ color: 'green', message: t('directory.institutionSaved', { name: saved.name }) });
            }}
          />
        ) : null}
      </GuardedModal>
      <ConfirmDelete
        name={deleting?.name ?? null}
        onClose={() => setDeleting(null)}
        onConfirm={() => call('institutions.delete', { id: deleting?.id ?? '' })}
      />
    </>
  );
}
