import type { HostLevel, MeetingKind } from '../../shared/domain/meetings';
import { apportion } from './apportion';
import { DATASET_TODAY, dayOf } from './calendar';
import { scaled, type GenContext } from './context';
import type { GenMeeting } from './write/meetings';

/** Target row counts of the full set (issue 8); every scale gets its share exactly. */
export const FULL_COUNTS = {
  agenda: 60_000,
  participants: 120_000,
  minutes: 200_000,
  decisions: 18_000,
  commitments: 50_000,
  updates: 150_000,
} as const;

export interface ContentCounts {
  agenda: number;
  participants: number;
  minutes: number;
  decisions: number;
  commitments: number;
  /** Progress updates shared among the meeting's commitments (a few more may be added for consistency). */
  updates: number;
}

const KIND_SIZE: Record<MeetingKind, number> = {
  rembuk_stunting: 1.5,
  rakor_tpps: 1.2,
  monev: 0.9,
  rapat_teknis: 0.8,
  lainnya: 0.7,
};
const LEVEL_SIZE: Record<HostLevel, number> = { kabupaten: 1.3, kecamatan: 1, desa: 0.8 };
/** Kabupaten meetings invite many more institutions than a desa meeting. */
const LEVEL_INVITEES: Record<HostLevel, number> = { kabupaten: 1.6, kecamatan: 1, desa: 0.7 };

function isHeld(m: GenMeeting): boolean {
  return m.status === 'held' || m.status === 'approved';
}

/**
 * Shares the target counts among meetings by their size (kind, level, a random factor). Only
 * meetings that took place get minutes, decisions and commitments; older commitments have had
 * more time for progress updates.
 */
export function allocateContent(ctx: GenContext, meetings: readonly GenMeeting[]): ContentCounts[] {
  const rng = ctx.rng.fork('allocate');
  const size = meetings.map((m) => KIND_SIZE[m.kind] * LEVEL_SIZE[m.hostLevel] * (0.6 + rng.float() * 0.8));
  const held = meetings.map(isHeld);
  const agenda = apportion(scaled(ctx, FULL_COUNTS.agenda), size);
  const participants = apportion(
    scaled(ctx, FULL_COUNTS.participants),
    meetings.map((m, i) => (size[i] as number) * LEVEL_INVITEES[m.hostLevel]),
  );
  const minutes = apportion(
    scaled(ctx, FULL_COUNTS.minutes),
    agenda.map((n, i) => (held[i] ? n : 0)),
  );
  const heldSize = size.map((s, i) => (held[i] ? s : 0));
  const decisions = apportion(scaled(ctx, FULL_COUNTS.decisions), heldSize);
  const commitments = apportion(scaled(ctx, FULL_COUNTS.commitments), heldSize);
  const today = dayOf(DATASET_TODAY);
  const updates = apportion(
    scaled(ctx, FULL_COUNTS.updates),
    meetings.map((m, i) => (commitments[i] as number) * (0.3 + Math.min(1, (today - dayOf(m.date)) / 240))),
  );
  return meetings.map((_, i) => ({
    agenda: agenda[i] as number,
    participants: participants[i] as number,
    minutes: minutes[i] as number,
    decisions: decisions[i] as number,
    commitments: commitments[i] as number,
    updates: updates[i] as number,
  }));
}
