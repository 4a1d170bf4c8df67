import { Alert, Anchor, Stack, Tabs } from '@mantine/core';
import { IconLock } from '@tabler/icons-react';
import { useTranslation } from 'react-i18next';
import { Link, useLocation, useParams } from 'wouter';
import { isLocked } from '../../../../shared/domain/meeting-status';
import { formatLocalDay } from '../../../format/local-time';
import { meetingPath, ROUTES, WORKSPACE_TABS as TABS, type WorkspaceTab as Tab } from '../../../app/routes';
import { useApiQuery } from '../../../api/queries';
import { QueryStatus } from '../../../components/LoadError';
import { OriginBanner } from '../../../components/OriginNote';
import { ApprovalPanel } from './approve/ApprovalPanel';
import { ConductTab } from './conduct/ConductTab';
import { AgendaEditor } from './prepare/AgendaEditor';
import { DetailsCard } from './prepare/DetailsCard';
import { InviteesPanel } from './prepare/InviteesPanel';
import { useScrollToTarget } from './useScrollToTarget';
import { WorkspaceHeader } from './WorkspaceHeader';

/** One meeting from preparation to approved minutes, in three tabs. */
export default function MeetingWorkspacePage() {
  const { t } = useTranslation();
  const { id = '', tab: tabParam } = useParams<{ id: string; tab?: string }>();
  const [, navigate] = useLocation();
  const tab: Tab = TABS.find((value) => value === tabParam) ?? 'persiapan';
  // Read again when the host reports a change to this meeting (or to the people it names).
  const query = useApiQuery('meetings.workspace', { id });
  const workspace = query.data ?? null;
  useScrollToTarget(workspace !== null, tab);

  if (!workspace) {
    return (
      <Stack>
        <QueryStatus query={query} />
        {query.isError ? (
          <Anchor component={Link} href={ROUTES.meetings}>
            {t('workspace.back')}
          </Anchor>
        ) : null}
      </Stack>
    );
  }
  // Another office's meeting is read only here, as an approved one is (its banner says why).
  const locked = isLocked(workspace.meeting.status) || workspace.origin !== null;

  return (
    <Stack gap="md">
      {query.isError ? <QueryStatus query={query} /> : null}
      <WorkspaceHeader workspace={workspace} />
      <OriginBanner origin={workspace.origin} />
      {isLocked(workspace.meeting.status) ? (
        <Alert color="green" variant="light" icon={<IconLock />} data-testid="locked-banner">
          {/* Another office's meeting is unlocked only there: no way to unlock is offered here. */}
          {t(workspace.origin ? 'ownership.approvedThere' : 'workspace.locked', {
            date: workspace.meeting.approvedAt ? formatLocalDay(workspace.meeting.approvedAt) : '',
            office: workspace.origin?.officeName ?? '',
          })}
        </Alert>
      ) : null}
      <Tabs
        value={tab}
        onChange={(value) => navigate(meetingPath(id, (value as Tab | null) ?? 'persiapan'), { replace: true })}
        keepMounted={false}
      >
        <Tabs.List mb="md">
          <Tabs.Tab value="persiapan">{t('workspace.tabPrepare')}</Tabs.Tab>
          <Tabs.Tab value="pelaksanaan">{t('workspace.tabConduct')}</Tabs.Tab>
          <Tabs.Tab value="pengesahan">{t('workspace.tabApprove')}</Tabs.Tab>
        </Tabs.List>
        <Tabs.Panel value="persiapan">
          <Stack gap="lg">
            <DetailsCard workspace={workspace} locked={locked} />
            <AgendaEditor workspace={workspace} locked={locked} />
            <InviteesPanel workspace={workspace} locked={locked} />
          </Stack>
        </Tabs.Panel>
        <Tabs.Panel value="pelaksanaan">
          <ConductTab workspace={workspace} locked={locked} />
        </Tabs.Panel>
        <Tabs.Panel value="pengesahan">
          <ApprovalPanel workspace={workspace} />
        </Tabs.Panel>
      </Tabs>
    </Stack>
  );
}
