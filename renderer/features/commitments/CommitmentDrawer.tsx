import { Anchor, Button, Divider, Group, SegmentedControl, SimpleGrid, Stack, Text, Title } from '@mantine/core';
import { IconPlus } from '@tabler/icons-react';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { OriginBadge } from '../../components/OriginNote';
import { Link } from 'wouter';
import { COMMITMENT_STATUSES, type CommitmentStatus } from '../../../shared/domain/commitments';
import { formatDate } from '../../format/dates';
import { call } from '../../api/client';
import { useApiQuery } from '../../api/queries';
import { meetingPath } from '../../app/routes';
import { GuardedDrawer } from '../../components/FormGuard';
import { QueryStatus } from '../../components/LoadError';
import { notifyFailure, notifySuccess } from '../../hooks/notify';
import { CommitmentTimeline } from './CommitmentTimeline';
import { ProgressForm } from './ProgressForm';
import { StatusBadges } from './StatusBadges';

function Fact({ label, value }: { label: string; value: string | null }) {
  const { t } = useTranslation();
  return (
    <div>
      <Text size="xs" c="dimmed">
        {label}
      </Text>
      <Text size="sm">{value || t('common.none')}</Text>
    </div>
  );
}

/** One commitment: what was promised, where, its status (which still moves after approval) and its timeline. */
export function CommitmentDrawer({ id, onClose }: { id: string | null; onClose: () => void }) {
  const { t } = useTranslation();
  const query = useApiQuery('commitments.detail', { id: id ?? '' }, { enabled: id !== null });
  const detail = id === null ? undefined : query.data;
  const [reporting, setReporting] = useState(false);

  async function setStatus(status: CommitmentStatus): Promise<void> {
    if (!detail) return;
    const result = notifyFailure(await call('commitments.setStatus', { id: detail.commitment.id, status }));
    if (result.ok) notifySuccess(t('ledger.statusSaved', { status: t(`commitmentStatus.${status}`) }));
  }

  const commitment = detail?.commitment;
  return (
    <GuardedDrawer opened={id !== null} onClose={onClose} position="right" size="xl" title={t('ledger.detailTitle')}>
      {id === null ? null : <QueryStatus query={query} />}
      {!detail || !commitment ? null : (
        <Stack gap="md" data-testid="commitment-detail">
          <div>
            <Title order={3} size="h4">
              {commitment.institutionName}
            </Title>
            <Text mt={4}>{commitment.description}</Text>
          </div>
          <Group gap="xs">
            <StatusBadges status={commitment.status} overdue={detail.overdue} />
            <OriginBadge origin={detail.origin} />
          </Group>
          <SimpleGrid cols={2} spacing="sm">
            <Fact
              label={t('commitmentsUi.dueDate')}
              value={commitment.dueDate ? formatDate(commitment.dueDate) : t('commitmentsUi.noDue')}
            />
            <Fact label={t('commitmentsUi.contact')} value={commitment.contactPersonName} />
            <Fact label={t('commitmentsUi.indicator')} value={commitment.indicator} />
            <Fact label={t('commitmentsUi.target')} value={commitment.target} />
          </SimpleGrid>
          {commitment.meetingId ? (
            <Text size="sm">
              {t('ledger.fromMeeting')}{' '}
              <Anchor component={Link} href={meetingPath(commitment.meetingId, 'pelaksanaan')} onClick={onClose}>
                {detail.meetingTitle}
              </Anchor>
              {detail.meetingDate ? ` (${formatDate(detail.meetingDate)})` : ''}
            </Text>
          ) : null}
          {detail.meetingStatus === 'approved' ? (
            <Text size="xs" c="dimmed">
              {t('ledger.wordingLocked')}
            </Text>
          ) : null}
          {/* Another office's commitment keeps its owner's status; this office reports progress on it. */}
          <div hidden={detail.origin !== null}>
            <Text size="sm" fw={500} mb={4}>
              {t('ledger.status')}
            </Text>
            <SegmentedControl
              fullWidth
              aria-label={t('ledger.status')}
              value={commitment.status}
              onChange={(value) => void setStatus(value as CommitmentStatus)}
              data={COMMITMENT_STATUSES.map((value) => ({ value, label: t(`commitmentStatus.${value}`) }))}
            />
          </div>
          <Divider />
          <Group justify="space-between">
            <Title order={4} size="h5">
              {t('ledger.timeline')}
            </Title>
            {reporting ? null : (
              <Button variant="light" size="xs" leftSection={<IconPlus size={14} />} onClick={() => setReporting(true)}>
                {t('progress.add')}
              </Button>
            )}
          </Group>
          {reporting ? (
            <ProgressForm
              commitmentId={commitment.id}
              currentStatus={commitment.status}
              origin={detail.origin}
              onDone={() => setReporting(false)}
            />
          ) : null}
          <CommitmentTimeline detail={detail} />
        </Stack>
      )}
    </GuardedDrawer>
  );
}
