import { ActionIcon, Anchor, Button, getDefaultZIndex, Group, Paper, Progress, Stack, Text } from '@mantine/core';
import { IconCheck, IconX } from '@tabler/icons-react';
import { useHotkeys } from '@mantine/hooks';
import { useRef } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'wouter';
import { progressShare, type JobInfo } from '../../../shared/domain/jobs';
import { call } from '../../api/client';
import { useApiQuery } from '../../api/queries';
import { exchangePath, ROUTES } from '../../app/routes';
import { notifyFailure } from '../../hooks/notify';
import { translateMessage } from '../../i18n';
import { saveDownload } from '../commitments/files';
import { jobFile } from './run-job';

/** Notices shown at once; older finished ones wait until these are closed. */
const SHOWN = 4;
/** Moves the focus to the newest notice (Mantine's hotkey syntax). */
const NOTICES_HOTKEY = 'alt+N';

async function saveResult(job: JobInfo): Promise<void> {
  const file = notifyFailure(await jobFile(job.id));
  if (file.ok) saveDownload(file.value);
}

function RunningLine({ job }: { job: JobInfo }) {
  const { t } = useTranslation();
  const share = progressShare(job.progress);
  const percent = share === null ? null : Math.floor(share * 100);
  const rows = job.kind === 'ledgerXlsx' && job.progress.total !== null;
  return (
    <Stack gap={4}>
      <Progress
        value={percent ?? 100}
        animated={percent === null}
        striped={percent === null}
        size="sm"
        aria-label={t(`jobs.kind.${job.kind}`)}
      />
      <Group justify="space-between" wrap="nowrap" gap="xs">
        <Text size="xs" c="dimmed" data-testid="job-progress">
          {!job.cancellable
            ? t('jobs.replacing')
            : percent === null
              ? t('jobs.running')
              : rows
                ? t('jobs.rows', {
                    done: job.progress.done.toLocaleString('id-ID'),
                    total: (job.progress.total ?? 0).toLocaleString('id-ID'),
                  })
                : t('jobs.percent', { percent })}
        </Text>
        {job.cancellable ? (
          <Button
            size="compact-xs"
            variant="subtle"
            color="gray"
            onClick={() => void call('jobs.cancel', { id: job.id }).then(notifyFailure)}
          >
            {t('jobs.cancel')}
          </Button>
        ) : null}
      </Group>
    </Stack>
  );
}

/** The way to a job's result on another page: followed, the notice has done its work and closes. */
function ResultLink({ job, href, label }: { job: JobInfo; href: string; label: string }) {
  return (
    <Anchor
      component={Link}
      href={href}
      size="xs"
      onClick={() => void call('jobs.dismiss', { id: job.id }).then(notifyFailure)}
    >
      {label}
    </Anchor>
  );
}

function EndedLine({ job }: { job: JobInfo }) {
  const { t } = useTranslation();
  if (job.state === 'failed')
    return (
      <Text size="xs" c="red.8">
        {translateMessage(job.error ?? { key: 'jobs.error.failed' })}
      </Text>
    );
  if (job.state === 'cancelled')
    return (
      <Text size="xs" c="dimmed">
        {t(job.kind === 'restore' ? 'jobs.restoreCancelled' : 'jobs.cancelled')}
      </Text>
    );
  if (job.result?.kind === 'restore')
    return (
      <Group justify="space-between" wrap="nowrap" gap="xs">
        <Text size="xs" c="dimmed">
          {t('jobs.restored')}
        </Text>
        <ResultLink job={job} href={ROUTES.backups} label={t('jobs.openBackups')} />
      </Group>
    );
  if (job.result?.kind === 'backup')
    return <ResultLink job={job} href={ROUTES.backups} label={t('jobs.openBackups')} />;
  if (job.result?.kind === 'exchange')
    return <ResultLink job={job} href={exchangePath('riwayat', job.result.historyId)} label={t('jobs.openExchange')} />;
  return (
    <Group justify="space-between" wrap="nowrap" gap="xs">
      <Text size="xs" c="dimmed" truncate miw={0}>
        {job.result?.kind === 'file' ? job.result.fileName : null}
      </Text>
      <Button size="compact-xs" variant="light" style={{ flexShrink: 0 }} onClick={() => void saveResult(job)}>
        {t('jobs.save')}
      </Button>
    </Group>
  );
}

const STATE_LABELS = { done: 'jobs.done', failed: 'jobs.failed', cancelled: 'jobs.cancelledShort' } as const;

function JobNotice({ job }: { job: JobInfo }) {
  const { t } = useTranslation();
  const title = t(`jobs.kind.${job.kind}`);
  const state = job.state === 'running' ? null : t(STATE_LABELS[job.state]);
  return (
    <Paper
      withBorder
      shadow="md"
      p="xs"
      radius="md"
      w={320}
      data-testid="job-notice"
      data-state={job.state}
      // Reached by Alt+N (JobNotices); Tab goes on to its buttons.
      tabIndex={-1}
      aria-label={job.label ? `${title}: ${job.label}` : title}
      role="status"
    >
      <Stack gap={4}>
        <Group justify="space-between" wrap="nowrap" gap={6} align="flex-start">
          <Group gap={6} wrap="nowrap" miw={0}>
            {job.state === 'done' ? <IconCheck size={16} color="var(--mantine-color-green-7)" /> : null}
            <Text size="sm" fw={600} lineClamp={2}>
              {state ? `${state}: ` : ''}
              {title}
              {job.label ? ` — ${job.label}` : ''}
            </Text>
          </Group>
          {job.state === 'running' ? null : (
            <ActionIcon
              size="sm"
              variant="subtle"
              color="gray"
              aria-label={t('jobs.close')}
              onClick={() => void call('jobs.dismiss', { id: job.id }).then(notifyFailure)}
            >
              <IconX size={14} />
            </ActionIcon>
          )}
        </Group>
        {job.state === 'running' ? <RunningLine job={job} /> : <EndedLine job={job} />}
      </Stack>
    </Paper>
  );
}

/**
 * The jobs the host runs or has finished, in the bottom corner of every page: progress and Batal
 * while they run, then a notice with a way to the result (save the file, see the backup) that
 * stays until it is closed, whichever page the user went to meanwhile.
 */
export function JobNotices() {
  const { t } = useTranslation();
  const jobs = useApiQuery('jobs.list', {});
  const shown = (jobs.data ?? []).slice(0, SHOWN);
  const region = useRef<HTMLDivElement | null>(null);
  const cameFrom = useRef<HTMLElement | null>(null);
  // The notices come last in the page's tab order: Alt+N reaches the newest from anywhere (typing
  // included), and Escape there goes back to where the user was.
  useHotkeys(
    [
      [
        NOTICES_HOTKEY,
        () => {
          const newest = region.current?.querySelector<HTMLElement>('[data-testid="job-notice"]');
          if (!newest) return;
          if (!region.current?.contains(document.activeElement))
            cameFrom.current = document.activeElement instanceof HTMLElement ? document.activeElement : null;
          newest.focus();
        },
      ],
    ],
    [],
  );
  if (shown.length === 0) return null;
  return (
    <Stack
      ref={region}
      gap="xs"
      pos="fixed"
      bottom={12}
      right={12}
      // Above an open dialog's overlay (the dialog that started a report stays open), below its menus.
      style={{ zIndex: getDefaultZIndex('modal') + 1 }}
      role="region"
      aria-label={t('jobs.region')}
      aria-live="polite"
      aria-keyshortcuts="Alt+N"
      // An open dialog closes on Escape from a window listener that runs first, unless the key's
      // target asks it not to: Escape in a notice means "back to where I was", the dialog included.
      onFocusCapture={(event) => event.target.setAttribute('data-mantine-stop-propagation', 'true')}
      onKeyDown={(event) => {
        if (event.key !== 'Escape' || !cameFrom.current?.isConnected) return;
        event.stopPropagation();
        cameFrom.current.focus();
        cameFrom.current = null;
      }}
    >
      {shown.map((job) => (
        <JobNotice key={job.id} job={job} />
      ))}
    </Stack>
  );
}
