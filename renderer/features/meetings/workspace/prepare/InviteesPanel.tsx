import { ActionIcon, Badge, Button, Group, SegmentedControl, Select, Stack, Table, Text } from '@mantine/core';
import { IconTrash, IconUserPlus } from '@tabler/icons-react';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { Sector } from '../../../../../shared/domain/directory';
import type { MeetingWorkspace } from '../../../../../shared/domain/meetings';
import {
  participantName,
  PARTICIPANT_ROLES,
  roleInMeeting,
  type Participant,
  type ParticipantRole,
} from '../../../../../shared/domain/participants';
import { call } from '../../../../api/client';
import { RemoteSelect } from '../../../../components/RemoteSelect';
import { searchInstitutions, searchPeople } from '../../../../components/pickers';
import { notifyFailure } from '../../../../hooks/notify';
import { PersonForm } from '../../../directory/PersonForm';
import { Section } from '../Section';
import { GuardedModal } from '../../../../components/FormGuard';

type InviteKind = 'person' | 'institution';

export function participantDetail(p: Participant): string {
  return [p.personPosition ?? p.freePosition, p.institutionName !== participantName(p) ? p.institutionName : null]
    .filter(Boolean)
    .join(' · ');
}

/** Who is invited, with which role, and how the invitations spread over the sectors. */
export function InviteesPanel({ workspace, locked }: { workspace: MeetingWorkspace; locked: boolean }) {
  const { t } = useTranslation();
  const { meeting, counts } = workspace;
  const invitees = workspace.participants.filter((p) => p.invited);
  const [kind, setKind] = useState<InviteKind>('person');
  const [chosen, setChosen] = useState<string | null>(null);
  const [role, setRole] = useState<ParticipantRole>('participant');
  const [creating, setCreating] = useState(false);

  async function invite(target: { personId?: string; institutionId?: string }): Promise<void> {
    const result = notifyFailure(
      await call('participants.add', { meetingId: meeting.id, role, invited: true, ...target }),
    );
    if (result.ok) {
      setChosen(null);
      setRole('participant');
    }
  }

  const roleOptions = PARTICIPANT_ROLES.map((value) => ({ value, label: t(`participantRole.${value}`) }));
  const sectors = Object.entries(counts.invitedBySector) as [Sector, number][];

  return (
    <Section title={t('participants.title')} testId="invitees">
      {locked ? null : (
        <Group align="flex-end" gap="xs" mb="md" wrap="wrap">
          <SegmentedControl
            value={kind}
            onChange={(value) => {
              setKind(value as InviteKind);
              setChosen(null);
            }}
            data={[
              { value: 'person', label: t('participants.addPerson') },
              { value: 'institution', label: t('participants.addInstitution') },
            ]}
          />
          <RemoteSelect
            key={kind}
            label={kind === 'person' ? t('participants.pickPerson') : t('participants.pickInstitution')}
            placeholder={t('common.searchPlaceholder')}
            search={kind === 'person' ? searchPeople : searchInstitutions}
            value={chosen}
            onChange={(id) => {
              setChosen(id);
              // The chair, a presenter or the minute-taker is invited as such unless changed here.
              if (id && kind === 'person') setRole(roleInMeeting(id, meeting, workspace.agenda));
            }}
            w={320}
          />
          <Select
            label={t('participants.role')}
            data={roleOptions}
            value={role}
            allowDeselect={false}
            onChange={(value) => value && setRole(value as ParticipantRole)}
            w={150}
          />
          <Button
            disabled={!chosen}
            onClick={() => chosen && void invite(kind === 'person' ? { personId: chosen } : { institutionId: chosen })}
          >
            {t('participants.add')}
          </Button>
          <Button variant="light" leftSection={<IconUserPlus size={16} />} onClick={() => setCreating(true)}>
            {t('participants.newPerson')}
          </Button>
        </Group>
      )}
      {invitees.length === 0 ? (
        <Text c="dimmed" size="sm">
          {t('participants.empty')}
        </Text>
      ) : (
        <Stack gap="sm">
          <Group gap="xs" data-testid="invitees-by-sector">
            <Text size="sm" fw={500}>
              {t('participants.count', { count: counts.invitedPeople })}
            </Text>
            {sectors.map(([sector, n]) => (
              <Badge key={sector} variant="light" color="gray">
                {t(`sector.${sector}`)}: {n}
              </Badge>
            ))}
          </Group>
          <Table className="sirakor-table" aria-label={t('participants.title')}>
            <Table.Thead>
              <Table.Tr>
                <Table.Th>{t('participants.name')}</Table.Th>
                <Table.Th>{t('participants.positionInstitution')}</Table.Th>
                <Table.Th w={170}>{t('participants.role')}</Table.Th>
                {locked ? null : <Table.Th w={50} />}
              </Table.Tr>
            </Table.Thead>
            <Table.Tbody>
              {invitees.map((p) => (
                <Table.Tr key={p.id}>
                  <Table.Td>
                    <Text size="sm" fw={500}>
                      {participantName(p)}
                    </Text>
                    {!p.personId && !p.freeName ? (
                      <Text size="xs" c="dimmed">
                        {t('participants.wholeInstitution')}
                      </Text>
                    ) : null}
                  </Table.Td>
                  <Table.Td>
                    <Text size="sm">{participantDetail(p) || t('common.none')}</Text>
                  </Table.Td>
                  <Table.Td>
                    <Select
                      aria-label={`${t('participants.role')} ${participantName(p)}`}
                      size="xs"
                      data={roleOptions}
                      value={p.role}
                      allowDeselect={false}
                      disabled={locked}
                      onChange={(value) =>
                        value &&
                        void call('participants.update', { id: p.id, role: value as ParticipantRole }).then(
                          notifyFailure,
                        )
                      }
                    />
                  </Table.Td>
                  {locked ? null : (
                    <Table.Td>
                      <ActionIcon
                        variant="subtle"
                        color="red"
                        aria-label={t('participants.remove', { name: participantName(p) })}
                        onClick={() => void call('participants.remove', { id: p.id }).then(notifyFailure)}
                      >
                        <IconTrash size={16} />
                      </ActionIcon>
                    </Table.Td>
                  )}
                </Table.Tr>
              ))}
            </Table.Tbody>
          </Table>
        </Stack>
      )}
      <GuardedModal
        opened={creating}
        onClose={() => setCreating(false)}
        title={t('participants.newPersonTitle')}
        size="lg"
      >
        {creating ? (
          <PersonForm
            person={null}
            onCancel={() => setCreating(false)}
            onSaved={(person) => {
              setCreating(false);
              void invite({ personId: person.id });
            }}
          />
        ) : null}
      </GuardedModal>
    </Section>
  );
}
