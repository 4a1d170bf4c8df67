import { Button, Group, Table, Text } from '@mantine/core';
import { notifications } from '@mantine/notifications';
import { IconPlus, IconUser } from '@tabler/icons-react';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { Person } from '../../../shared/domain/directory';
import { formatNip } from '../../../shared/format/nip';
import { call } from '../../api/client';
import { ConfirmDelete } from '../../components/ConfirmDelete';
import { ListState } from '../../components/ListState';
import { Paginator } from '../../components/Paginator';
import { RowActions } from '../../components/RowActions';
import { SearchBox } from '../../components/SearchBox';
import { translateMessage } from '../../i18n';
import { usePeopleList } from '../../stores/directory';
import { PersonForm } from './PersonForm';
import { GuardedModal } from '../../components/FormGuard';
import { SampleMark } from '../../components/sample';
import { OriginLine } from '../../components/OriginLine';
import { LinkedCopies } from './LinkedCopies';

type Editing = { mode: 'new' } | { mode: 'edit'; person: Person } | null;

export function PeoplePanel() {
  const { t } = useTranslation();
  const { filters, page: query, setFilters } = usePeopleList();
  const page = query.data;
  const [editing, setEditing] = useState<Editing>(null);
  const [deleting, setDeleting] = useState<Person | null>(null);

  /** The list holds masked phone numbers: the form edits the full record. */
  async function openEditor(id: string): Promise<void> {
    const result = await call('people.get', { id });
    if (result.ok) setEditing({ mode: 'edit', person: result.value });
    else notifications.show({ color: 'red', message: translateMessage(result.error.message) });
  }

  return (
    <>
      <Group justify="space-between" mb="sm" wrap="wrap">
        <SearchBox value={filters.query ?? ''} onSearch={(text) => setFilters({ query: text })} />
        <Button leftSection={<IconPlus size={16} />} onClick={() => setEditing({ mode: 'new' })}>
          {t('directory.newPerson')}
        </Button>
      </Group>

      <ListState
        query={query}
        total={page?.total}
        filtered={Boolean(filters.query)}
        emptyText={t('directory.emptyPeople')}
        icon={<IconUser size={32} />}
      />
      {page && page.total > 0 ? (
        <>
          <Table striped highlightOnHover className="sirakor-table" aria-label={t('directory.people')}>
            <Table.Thead>
              <Table.Tr>
                <Table.Th>{t('person.name')}</Table.Th>
                <Table.Th>{t('person.position')}</Table.Th>
                <Table.Th>{t('person.nip')}</Table.Th>
                <Table.Th>{t('person.phone')}</Table.Th>
                <Table.Th w={90}>{t('common.actions')}</Table.Th>
              </Table.Tr>
            </Table.Thead>
            <Table.Tbody>
              {page.items.map((person) => (
                <Table.Tr key={person.id}>
                  <Table.Td>
                    <Text size="sm" fw={500}>
                      {person.name}
                      <SampleMark id={person.id} />
                    </Text>
                    <OriginLine origin={person.origin} />
                    <LinkedCopies kind="people" copies={person.copies} />
                  </Table.Td>
                  <Table.Td>
                    <Text size="sm">{person.position ?? t('common.none')}</Text>
                    {person.institutionName ? (
                      <Text size="xs" c="dimmed">
                        {person.institutionName}
                      </Text>
                    ) : null}
                  </Table.Td>
                  <Table.Td>
                    <Text size="sm" ff="monospace">
                      {person.nip ? formatNip(person.nip) : t('common.none')}
                    </Text>
                    {person.rank ? (
                      <Text size="xs" c="dimmed">
                        {person.rank}
                      </Text>
                    ) : null}
                  </Table.Td>
                  <Table.Td>{person.phone ?? t('common.none')}</Table.Td>
                  <Table.Td>
                    {/* Another office's entry is read only here (issue 11). */}
                    {person.origin ? null : (
                      <RowActions
                        name={person.name}
                        onEdit={() => void openEditor(person.id)}
                        onDelete={() => setDeleting(person)}
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
        title={editing?.mode === 'edit' ? t('directory.editPerson') : t('directory.newPerson')}
        size="lg"
      >
        {editing ? (
          <PersonForm
            person={editing.mode === 'edit' ? editing.person : null}
            onCancel={() => setEditing(null)}
            onSaved={(saved) => {
              setEditing(null);
              notifications.show({ color: 'green', message: t('directory.personSaved', { name: saved.name }) });
            }}
          />
        ) : null}
      </GuardedModal>
      <ConfirmDelete
        name={deleting?.name ?? null}
        onClose={() => setDeleting(null)}
        onConfirm={() => call('people.delete', { id: deleting?.id ?? '' })}
      />
    </>
  );
}
