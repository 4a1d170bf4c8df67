import { Alert, Button, Group, List, Modal, SimpleGrid, Stack, Text, Textarea } from '@mantine/core';
import { IconLock, IconLockOpen } from '@tabler/icons-react';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { canApprove, canUnlock, isAhead } from '../../../../../shared/domain/meeting-status';
import { formatDateId } from '../../../../../shared/format/dates';
import type { MeetingWorkspace } from '../../../../../shared/domain/meetings';
import { formatLocalDay } from '../../../../format/local-time';
import { call } from '../../../../api/client';
import { notifyFailure, notifySuccess } from '../../../../hooks/notify';
import { Section } from '../Section';
import { HistoryTimeline } from './HistoryTimeline';
import { GuardedModal, useGuardedCancel, useUnsavedChanges } from '../../../../components/FormGuard';
import { SignerCheck } from './SignerCheck';

/** Why an approved meeting is opened again; a reason being typed is not dropped without asking. */
function UnlockReason({
  reason,
  busy,
  onReason,
  onUnlock,
  onCancel,
}: {
  reason: string;
  busy: boolean;
  onReason: (reason: string) => void;
  onUnlock: () => void;
  onCancel: () => void;
}) {
  const { t } = useTranslation();
  useUnsavedChanges(reason.trim() !== '');
  const cancel = useGuardedCancel(onCancel);
  return (
    <>
      <Textarea
        label={t('approval.reason')}
        description={t('approval.reasonHint')}
        required
        autosize
        minRows={2}
        data-autofocus
        value={reason}
        onChange={(event) => onReason(event.currentTarget.value)}
      />
      <Group justify="flex-end" mt="md">
        <Button variant="default" onClick={cancel}>
          {t('common.cancel')}
        </Button>
        <Button color="orange" loading={busy} disabled={!reason.trim()} onClick={onUnlock}>
          {t('approval.unlock')}
        </Button>
      </Group>
    </>
  );
}

/** The chair's approval locks the meeting; unlocking needs a reason, kept in the history. */
export function ApprovalPanel({ workspace }: { workspace: MeetingWorkspace }) {
  const { t } = useTranslation();
  const { meeting, counts } = workspace;
  const [confirming, setConfirming] = useState(false);
  const [unlocking, setUnlocking] = useState(false);
  const [reason, setReason] = useState('');
  const [busy, setBusy] = useState(false);

  async function approve(): Promise<void> {
    setBusy(true);
    const result = notifyFailure(await call('meetings.approve', { id: meeting.id }));
    setBusy(false);
    setConfirming(false);
    if (result.ok) notifySuccess(t('approval.approved'));
  }

  async function unlock(): Promise<void> {
    setBusy(true);
    const result = notifyFailure(await call('meetings.unlock', { id: meeting.id, reason }));
    setBusy(false);
    if (result.ok) {
      setUnlocking(false);
      setReason('');
      notifySuccess(t('approval.unlocked'));
    }
  }

  return (
    <SimpleGrid cols={{ base: 1, md: 2 }} spacing="lg">
      <Section title={t('approval.title')} testId="approval">
        <Stack gap="sm">
          <List size="sm" spacing={4}>
            <List.Item>{t('approval.agendaItems', { count: workspace.agenda.length })}</List.Item>
            <List.Item>
              {t('attendance.people', { present: counts.presentInvitedPeople, invited: counts.invitedPeople })}
            </List.Item>
            <List.Item>{t('approval.minutesCount', { count: workspace.minutes.length })}</List.Item>
            <List.Item>{t('approval.decisionsCount', { count: workspace.decisions.length })}</List.Item>
            <List.Item>{t('approval.commitmentsCount', { count: workspace.commitments.length })}</List.Item>
          </List>
          {meeting.status === 'approved' ? (
            <Alert color="green" icon={<IconLock />}>
              {t('approval.approvedAt', {
                date: meeting.approvedAt ? formatLocalDay(meeting.approvedAt) : '',
              })}
            </Alert>
          ) : null}
          {meeting.status === 'draft' || meeting.status === 'scheduled' ? (
            <Alert color="gray">{t('approval.notHeld')}</Alert>
          ) : null}
          {meeting.status !== 'approved' && isAhead(meeting, new Date()) ? (
            <Alert color="yellow" data-testid="meeting-ahead">
              {t('error.meetingAhead', { date: formatDateId(meeting.date) })}
            </Alert>
          ) : null}
          {canApprove(meeting.status) ? <SignerCheck meetingId={meeting.id} /> : null}
          {/* Another office's meeting is approved or unlocked by that office only. */}
          <Group display={workspace.origin ? 'none' : undefined}>
            {canApprove(meeting.status) ? (
              <Button leftSection={<IconLock size={16} />} onClick={() => setConfirming(true)}>
                {t('approval.approve')}
              </Button>
            ) : null}
            {canUnlock(meeting.status) ? (
              <Button variant="default" leftSection={<IconLockOpen size={16} />} onClick={() => setUnlocking(true)}>
                {t('approval.unlock')}
              </Button>
            ) : null}
          </Group>
        </Stack>
      </Section>
      <Section title={t('history.title')} testId="history">
        <HistoryTimeline items={workspace.history} />
      </Section>

      <Modal opened={confirming} onClose={() => setConfirming(false)} title={t('approval.approve')}>
        <Text mb="md">{t('approval.approveConfirm')}</Text>
        <Group justify="flex-end">
          <Button variant="default" onClick={() => setConfirming(false)}>
            {t('common.cancel')}
          </Button>
          <Button loading={busy} onClick={() => void approve()}>
            {t('approval.approve')}
          </Button>
        </Group>
      </Modal>
      <GuardedModal opened={unlocking} onClose={() => setUnlocking(false)} title={t('approval.unlockTitle')}>
        <UnlockReason
          reason={reason}
          busy={busy}
          onReason={setReason}
          onUnlock={() => void unlock()}
          onCancel={() => setUnlocking(false)}
        />
      </GuardedModal>
    </SimpleGrid>
  );
}
