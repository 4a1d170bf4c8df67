import { ActionIcon, Button, Group, Table, Text } from '@mantine/core';
import { IconPencil, IconPlus, IconTrash } from '@tabler/icons-react';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { Commitment } from '../../../../../shared/domain/commitments';
import type { MeetingWorkspace } from '../../../../../shared/domain/meetings';
import { formatDate } from '../../../../format/dates';
import { call } from '../../../../api/client';
import { ConfirmDelete } from '../../../../components/ConfirmDelete';
import { Section } from '../Section';
import { CommitmentForm } from './CommitmentForm';
import { GuardedModal } from '../../../../components/FormGuard';

type Editing = { commitment: Commitment | null } | null;

/** Commitments made in this meeting: the same records the follow-up ledger tracks. */
export function CommitmentsPanel({ workspace, locked }: { workspace: MeetingWorkspace; locked: boolean }) {
  const { t } = useTranslation();
  const [editing, setEditing] = useState<Editing>(null);
  const [deleting, setDeleting] = useState<Commitment | null>(null);
  const agendaTitle = (id: string | null) => workspace.agenda.find((item) => item.id === id)?.title ?? null;

  return (
    <Section
      title={t('commitmentsUi.title')}
      testId="commitments"
      actions={
        locked ? null : (
          <Button leftSection={<IconPlus size={16} />} onClick={() => setEditing({ commitment: null })}>
            {t('commitmentsUi.add')}
          </Button>
        )
      }
    >
      {workspace.commitments.length === 0 ? (
        <Text c="dimmed" size="sm">
          {t('commitmentsUi.empty')}
        </Text>
      ) : (
        <Table className="sirakor-table" aria-label={t('commitmentsUi.title')}>
          <Table.Thead>
            <Table.Tr>
              <Table.Th w={40}>{t('commitmentsUi.number')}</Table.Th>
              <Table.Th>{t('commitmentsUi.institution')}</Table.Th>
              <Table.Th>{t('commitmentsUi.description')}</Table.Th>
              <Table.Th w={150}>{t('commitmentsUi.dueDate')}</Table.Th>
              <Table.Th>{t('commitmentsUi.contact')}</Table.Th>
              {locked ? null : <Table.Th w={80} />}
            </Table.Tr>
          </Table.Thead>
          <Table.Tbody>
            {workspace.commitments.map((commitment, index) => (
              <Table.Tr key={commitment.id} data-testid="commitment-row">
                <Table.Td>{index + 1}</Table.Td>
                <Table.Td>{commitment.institutionName}</Table.Td>
                <Table.Td>
                  <Text size="sm">{commitment.description}</Text>
                  <Text size="xs" c="dimmed">
                    {[
                      commitment.indicator ? `${t('commitmentsUi.indicator')}: ${commitment.indicator}` : null,
                      commitment.target ? `${t('commitmentsUi.target')}: ${commitment.target}` : null,
                      agendaTitle(commitment.agendaItemId),
                    ]
                      .filter(Boolean)
                      .join(' · ')}
                  </Text>
                </Table.Td>
                <Table.Td>{commitment.dueDate ? formatDate(commitment.dueDate) : t('commitmentsUi.noDue')}</Table.Td>
                <Table.Td>{commitment.contactPersonName ?? t('common.none')}</Table.Td>
                {locked ? null : (
                  <Table.Td>
                    <Group gap={2} wrap="nowrap">
                      <ActionIcon
                        variant="subtle"
                        aria-label={`${t('common.edit')} ${commitment.description}`}
                        onClick={() => setEditing({ commitment })}
                      >
                        <IconPencil size={16} />
                      </ActionIcon>
                      <ActionIcon
                        variant="subtle"
                        color="red"
                        aria-label={`${t('common.delete')} ${commitment.description}`}
                        onClick={() => setDeleting(commitment)}
                      >
                        <IconTrash size={16} />
                      </ActionIcon>
                    </Group>
                  </Table.Td>
                )}
              </Table.Tr>
            ))}
          </Table.Tbody>
        </Table>
      )}
      <GuardedModal
        opened={editing !== null}
        onClose={() => setEditing(null)}
        title={editing?.commitment ? t('commitmentsUi.edit') : t('commitmentsUi.add')}
        size="lg"
      >
        {editing ? (
          <CommitmentForm workspace={workspace} commitment={editing.commitment} onDone={() => setEditing(null)} />
        ) : null}
      </GuardedModal>
      <ConfirmDelete
        name={deleting?.description ?? null}
        onClose={() => setDeleting(null)}
        onConfirm={() => call('commitments.delete', { id: deleting?.id ?? '' })}
      />
    </Section>
  );
}
