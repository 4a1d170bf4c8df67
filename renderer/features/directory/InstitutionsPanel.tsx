import { Badge, Button, Group, Select, Table, Text } from '@mantine/core';
import { notifications } from '@mantine/notifications';
import { IconBuildingCommunity, IconPlus } from '@tabler/icons-react';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { SECTORS, type Institution, type Sector } from '../../../shared/domain/directory';
import { call } from '../../api/client';
import { ConfirmDelete } from '../../components/ConfirmDelete';
import { ListState } from '../../components/ListState';
import { Paginator } from '../../components/Paginator';
import { RowActions } from '../../components/RowActions';
import { SearchBox } from '../../components/SearchBox';
import { useInstitutionsList } from '../../stores/directory';
import { InstitutionForm } from './InstitutionForm';
import { GuardedModal } from '../../components/FormGuard';
import { SampleMark } from '../../components/sample';
import { OriginLine } from '../../components/OriginLine';
import { LinkedCopies } from './LinkedCopies';

type Editing = { mode: 'new' } | { mode: 'edit'; institution: Institution } | null;

export function InstitutionsPanel() {
  const { t } = useTranslation();
  const { filters, page: query, setFilters } = useInstitutionsList();
  const page = query.data;
  const [editing, setEditing] = useState<Editing>(null);
  const [deleting, setDeleting] = useState<Institution | null>(null);

  const filtered = Boolean(filters.query || filters.sector);
  return (
    <>
      <Group justify="space-between" mb="sm" wrap="wrap">
        <Group gap="xs" wrap="wrap">
          <SearchBox value={filters.query ?? ''} onSearch={(text) => setFilters({ query: text })} />
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
        query={query}
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
                    <OriginLine origin={institution.origin} />
                    <LinkedCopies kind="institutions" copies={institution.copies} />
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
                    {/* Another office's entry is read only here (issue 11). */}
                    {institution.origin ? null : (
                      <RowActions
                        name={institution.name}
                        onEdit={() => setEditing({ mode: 'edit', institution })}
                        onDelete={() => setDeleting(institution)}
                      />
                    )}
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
