import { Alert, Button } from '@mantine/core';
import { IconHistory } from '@tabler/icons-react';
import { useTranslation } from 'react-i18next';
import type { MeetingWorkspace } from '../../../../../shared/domain/meetings';
import { call } from '../../../../api/client';
import { notifyFailure } from '../../../../hooks/notify';
import { useApiQuery } from '../../../../api/queries';

/**
 * When earlier meetings of the same areas left commitments open, the next Rakor is offered an
 * agenda item that reviews them (placed right after the opening).
 */
export function FollowUpOffer({ workspace }: { workspace: MeetingWorkspace }) {
  const { t } = useTranslation();
  const total = useApiQuery('commitments.carryOver', { meetingId: workspace.meeting.id }).data?.total ?? 0;
  const hasItem = workspace.agenda.some((item) => item.kind === 'follow_up');
  if (total === 0 || hasItem) return null;

  async function add(): Promise<void> {
    const afterOpening = workspace.agenda[0]?.kind === 'opening' ? 1 : 0;
    notifyFailure(
      await call('agenda.create', {
        meetingId: workspace.meeting.id,
        kind: 'follow_up',
        title: t('followUp.title'),
        durationMinutes: 30,
        position: afterOpening,
      }),
    );
  }

  return (
    <Alert color="blue" variant="light" icon={<IconHistory />} data-testid="follow-up-offer">
      {t('followUp.offer', { count: total })}{' '}
      <Button size="xs" variant="light" mt="xs" onClick={() => void add()}>
        {t('followUp.addItem')}
      </Button>
    </Alert>
  );
}
