import {
  ActionIcon,
  Alert,
  Button,
  Divider,
  Drawer,
  Group,
  Paper,
  Select,
  SimpleGrid,
  Stack,
  Text,
  Title,
  Tooltip,
} from '@mantine/core';
import { IconLinkOff, IconSearch } from '@tabler/icons-react';
import { useQueries } from '@tanstack/react-query';
import { useCallback, useMemo, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { CommitmentStatus } from '../../../shared/domain/commitments';
import type { CommitmentDetail, LedgerItem, PlanRowLink } from '../../../shared/domain/follow-up';
import { PLAN_ROW_LIMITS, type PlanRow } from '../../../shared/domain/plans';
import { formatDate } from '../../format/dates';
import { cellText } from '../../../shared/plans/cell-text';
import { formatRupiahWithSign } from '../../../shared/plans/numbers';
import { rowAmount } from '../../../shared/plans/rows';
import { call } from '../../api/client';
import { apiQuery } from '../../api/queries';
import { LoadError, retryFailed } from '../../components/LoadError';
import { OriginBanner } from '../../components/OriginNote';
import { renderRemoteOption } from '../../components/RemoteSelect';
import { keepAllOptions, useRemoteOptions, type RemoteOption } from '../../components/remote-options';
import { translateMessage } from '../../i18n';
import { StatusBadges } from '../commitments/StatusBadges';
import { usePlanGrid } from './grid/store';

/** What a linked commitment shows: from the ledger when picked, from commitments.detail otherwise. */
interface Card {
  description: string;
  institutionName: string;
  status: CommitmentStatus;
  overdue: boolean;
  dueDate: string | null;
  meetingTitle: string | null;
}

function cardOf(item: LedgerItem): Card {
  return {
    description: item.description,
    institutionName: item.institutionName,
    status: item.status,
    overdue: item.overdue,
    dueDate: item.dueDate,
    meetingTitle: item.meetingTitle,
  };
}

function cardOfDetail({ commitment, overdue, meetingTitle }: CommitmentDetail): Card {
  return {
    description: commitment.description,
    institutionName: commitment.institutionName,
    status: commitment.status,
    overdue,
    dueDate: commitment.dueDate,
    meetingTitle,
  };
}

/** A linked commitment: its card, null when the host no longer knows it (deleted since), undefined while loading. */
type Cached = { card: Card | null } | undefined;

/**
 * The cards of the linked commitments, read again after any change to them (a status moved in the
 * ledger shows here too); one just picked shows what the search found until its own answer comes.
 */
function useCards(ids: readonly string[]) {
  const [picked, setPicked] = useState<ReadonlyMap<string, Card>>(new Map());
  const answers = useQueries({ queries: ids.map((id) => apiQuery('commitments.detail', { id })) });
  const cards = new Map<string, Cached>(
    ids.map((id, i) => {
      const answer = answers[i];
      if (answer?.data) return [id, { card: cardOfDetail(answer.data) }];
      if (answer?.error?.code === 'NOT_FOUND') return [id, { card: null }];
      const found = picked.get(id);
      return [id, found ? { card: found } : undefined];
    }),
  );
  const failed = answers.find((answer) => answer.isError && answer.error.code !== 'NOT_FOUND');
  const remember = useCallback(
    (item: LedgerItem) => setPicked((previous) => new Map(previous).set(item.id, cardOf(item))),
    [],
  );
  return { cards, remember, failed: failed ? { error: failed.error, retry: retryFailed(answers) } : null };
}

function Fact({ label, value }: { label: string; value: string }) {
  return (
    <div>
      <Text size="xs" c="dimmed">
        {label}
      </Text>
      <Text size="sm">{value}</Text>
    </div>
  );
}

/** A linked commitment; `onRemove` null on a row this office cannot change (another office's plan). */
function CommitmentCard({ card, onRemove }: { card: Cached | undefined; onRemove: (() => void) | null }) {
  const { t } = useTranslation();
  const description = card?.card?.description ?? '';
  return (
    <Paper withBorder p="xs" radius="sm" data-testid="linked-commitment">
      <Group justify="space-between" align="flex-start" wrap="nowrap" gap="xs">
        <Stack gap={4} style={{ minWidth: 0, flex: 1 }}>
          {card === undefined ? (
            <Text size="sm" c="dimmed">
              {t('app.loading')}
            </Text>
          ) : card.card === null ? (
            <Text size="sm" c="red">
              {t('planRow.missing')}
            </Text>
          ) : (
            <>
              <Text size="sm" lineClamp={3}>
                {card.card.description}
              </Text>
              <Text size="xs" c="dimmed">
                {[
                  card.card.institutionName,
                  card.card.dueDate ? t('planRow.due', { date: formatDate(card.card.dueDate) }) : t('planRow.noDue'),
                ].join(' · ')}
              </Text>
              {card.card.meetingTitle ? (
                <Text size="xs" c="dimmed" lineClamp={1}>
                  {t('planRow.meeting', { title: card.card.meetingTitle })}
                </Text>
              ) : null}
              <StatusBadges status={card.card.status} overdue={card.card.overdue} />
            </>
          )}
        </Stack>
        {onRemove ? (
          <Tooltip label={t('planRow.removeShort')}>
            <ActionIcon
              variant="subtle"
              color="red"
              aria-label={t('planRow.remove', { description })}
              onClick={onRemove}
            >
              <IconLinkOff size={16} />
            </ActionIcon>
          </Tooltip>
        ) : null}
      </Group>
    </Paper>
  );
}

/** The row of another plan a commitment is linked to; one on this plan is known from the grid itself. */
function otherPlanRow(item: LedgerItem): PlanRowLink | null {
  const planId = usePlanGrid.getState().detail?.plan.id;
  return item.planRow && item.planRow.planId !== planId ? item.planRow : null;
}

/** Searches the ledger for commitments to link; those already on this row are left out. */
function useCommitmentSearch(row: PlanRow | null, remember: (item: LedgerItem) => void) {
  const { t } = useTranslation();
  const rowId = row?.id ?? null;
  return useCallback(
    async (query: string): Promise<RemoteOption[]> => {
      const result = await call('commitments.ledger', { query, limit: 20, sort: 'updated_desc' });
      if (!result.ok) return [];
      const rows = usePlanGrid.getState().detail?.rows ?? [];
      const linkedHere = new Set(rows.find((r) => r.id === rowId)?.commitmentIds ?? []);
      return result.value.items
        .filter((item) => !linkedHere.has(item.id))
        .map((item) => {
          remember(item);
          const elsewhere = rows.find((r) => r.commitmentIds.includes(item.id));
          const otherPlan = otherPlanRow(item);
          const parts = [
            item.institutionName,
            item.dueDate ? t('planRow.due', { date: formatDate(item.dueDate) }) : t('planRow.noDue'),
            t(`commitmentStatus.${item.status}`),
            ...(elsewhere ? [t('planRow.linkedTo', { number: elsewhere.position + 1 })] : []),
            ...(otherPlan ? [t('planRow.linkedToPlan', { ...otherPlan, title: otherPlan.planTitle })] : []),
          ];
          return { value: item.id, label: item.description, description: parts.join(' · ') };
        });
    },
    [rowId, remember, t],
  );
}

/**
 * A commitment can carry out one plan row only. Moving it between rows of this plan is a step that
 * Ctrl+Z takes back; taking it from another plan cannot be undone from here, so it is asked first.
 */
function MoveFromOtherPlan({
  move,
  onConfirm,
  onCancel,
}: {
  move: { description: string; link: PlanRowLink };
  onConfirm: () => void;
  onCancel: () => void;
}) {
  const { t } = useTranslation();
  return (
    <Alert color="yellow" title={t('planRow.moveTitle')} data-testid="move-from-other-plan">
      <Text size="sm" mb="xs">
        {t('planRow.moveText', {
          description: move.description,
          number: move.link.number,
          title: move.link.planTitle,
          planYear: move.link.planYear,
        })}
      </Text>
      <Group gap="xs">
        <Button size="xs" onClick={onConfirm}>
          {t('planRow.moveConfirm')}
        </Button>
        <Button size="xs" variant="default" onClick={onCancel}>
          {t('common.cancel')}
        </Button>
      </Group>
    </Alert>
  );
}

/**
 * A plan row's details and the commitments it carries out: see them, link more from the ledger,
 * unlink. Each change goes through the grid's write queue as a step that Ctrl+Z takes back.
 */
export function RowDrawer({ rowId, onClose }: { rowId: string | null; onClose: () => void }) {
  const { t } = useTranslation();
  const row = usePlanGrid((s) => (rowId ? (s.detail?.rows.find((r) => r.id === rowId) ?? null) : null));
  const adopted = usePlanGrid((s) => s.detail?.plan.status === 'adopted');
  // Another office's plan (issue 11): its rows are shown, never changed here.
  const origin = usePlanGrid((s) => s.detail?.plan.origin ?? null);
  const linkCommitments = usePlanGrid((s) => s.linkCommitments);
  const villageLabel = usePlanGrid((s) => s.villageLabel);
  const none = t('common.none');
  const ids = useMemo(() => row?.commitmentIds ?? [], [row]);
  const { cards, remember: rememberCard, failed: unread } = useCards(ids);
  const found = useRef(new Map<string, LedgerItem>());
  const remember = useCallback(
    (item: LedgerItem) => {
      found.current.set(item.id, item);
      rememberCard(item);
    },
    [rememberCard],
  );
  const search = useCommitmentSearch(row, remember);
  const [move, setMove] = useState<{ id: string; description: string; link: PlanRowLink } | null>(null);
  const [query, setQuery] = useState('');
  const [opened, setOpened] = useState(false);
  const { options, loading } = useRemoteOptions(search, query, opened && rowId !== null);
  const [failure, setFailure] = useState<string | null>(null);
  const [saving, setSaving] = useState(false);

  async function save(next: string[]): Promise<void> {
    if (!rowId) return;
    setSaving(true);
    setFailure(null);
    const done = await linkCommitments(rowId, next);
    setSaving(false);
    if (!done) {
      const [message] = usePlanGrid.getState().messages;
      setFailure(message ? translateMessage(message) : null);
    }
  }

  const full = ids.length >= PLAN_ROW_LIMITS.commitments;
  return (
    <Drawer
      opened={rowId !== null}
      onClose={() => {
        setFailure(null);
        setQuery('');
        setMove(null);
        onClose();
      }}
      position="right"
      size={480}
      title={row ? t('planRow.title', { number: row.position + 1 }) : ''}
    >
      {rowId && !row ? <Alert color="yellow">{t('planRow.rowGone')}</Alert> : null}
      {row ? (
        <Stack gap="sm" data-testid="row-drawer">
          <OriginBanner origin={origin} />
          <Fact label={t('planRow.activity')} value={row.activity} />
          <SimpleGrid cols={2} spacing="xs">
            <Fact label={t('planRow.intervention')} value={cellText(row, 'intervention', villageLabel) || none} />
            <Fact label={t('planRow.responsible')} value={cellText(row, 'responsible', villageLabel) || none} />
            <Fact label={t('planRow.amount')} value={formatRupiahWithSign(rowAmount(row))} />
            <Fact label={t('plans.columns.status')} value={t(`planRowStatus.${row.status}`)} />
          </SimpleGrid>
          <Divider />
          <Title order={5}>
            {t('planRow.commitments')} ({ids.length})
          </Title>
          {origin ? null : (
            <Text size="xs" c="dimmed">
              {t('planRow.commitmentsHint')}
            </Text>
          )}
          {adopted && !origin ? (
            <Text size="xs" c="green">
              {t('planRow.lockedNote')}
            </Text>
          ) : null}
          {failure ? (
            <Alert color="red" title={t('planRow.failed')}>
              {failure}
            </Alert>
          ) : null}
          {unread ? <LoadError error={unread.error} onRetry={unread.retry} compact /> : null}
          {ids.length === 0 ? (
            <Text size="sm" c="dimmed">
              {t('planRow.none')}
            </Text>
          ) : (
            ids.map((id) => (
              <CommitmentCard
                key={id}
                card={cards.get(id)}
                onRemove={origin ? null : () => void save(ids.filter((other) => other !== id))}
              />
            ))
          )}
          {move ? (
            <MoveFromOtherPlan
              move={move}
              onConfirm={() => {
                setMove(null);
                if (!ids.includes(move.id)) void save([...ids, move.id]);
              }}
              onCancel={() => setMove(null)}
            />
          ) : null}
          {origin ? null : (
            <Select
              label={t('planRow.add')}
              placeholder={t('planRow.addPlaceholder')}
              leftSection={<IconSearch size={16} />}
              searchable
              value={null}
              searchValue={query}
              onSearchChange={setQuery}
              data={options}
              filter={keepAllOptions}
              renderOption={renderRemoteOption}
              onDropdownOpen={() => setOpened(true)}
              nothingFoundMessage={loading ? t('app.loading') : t('common.noMatch')}
              disabled={full || saving}
              description={full ? t('planRow.limit', { max: PLAN_ROW_LIMITS.commitments }) : undefined}
              comboboxProps={{ withinPortal: true }}
              maxDropdownHeight={320}
              onChange={(id) => {
                setQuery('');
                if (!id || ids.includes(id)) return;
                const item = found.current.get(id);
                const link = item ? otherPlanRow(item) : null;
                if (item && link) setMove({ id, description: item.description, link });
                else void save([...ids, id]);
              }}
            />
          )}
        </Stack>
      ) : null}
    </Drawer>
  );
}
