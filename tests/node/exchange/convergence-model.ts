import { seeded } from '../../../bench/support/plan-dataset';
import type { Installation } from './installations';

/**
 * Random changes through the real API handlers, as the offices of the convergence test make them:
 * meetings with agenda, attendance, minutes, decisions and commitments, progress reports on any
 * commitment (other offices' too), plans with rows, directory entries, edits and deletions, and
 * attempts to edit another office's records (which must be refused).
 */

export type Random = () => number;

/** A small seeded generator (mulberry32): the same seed makes the same run. */
export const randomOf: (seed: number) => Random = seeded;

export function pick<T>(random: Random, items: readonly T[]): T | undefined {
  return items.length === 0 ? undefined : items[Math.floor(random() * items.length)];
}

export function shuffle<T>(random: Random, items: T[]): T[] {
  for (let i = items.length - 1; i > 0; i--) {
    const j = Math.floor(random() * (i + 1));
    [items[i], items[j]] = [items[j] as T, items[i] as T];
  }
  return items;
}

export interface OpTally {
  done: number;
  /** Successful changes per kind of change (index in OPS). */
  byOp: number[];
  refusedForeign: number;
}

function ids(office: Installation, sql: string, ...params: unknown[]): string[] {
  return (office.db.prepare(sql).all(...params) as { id: string }[]).map((row) => row.id);
}

const own = (table: string, extra = '') =>
  `SELECT id FROM ${table} WHERE owner_office_id = ? AND deleted_at IS NULL ${extra} ORDER BY id`;

/** Open (not approved) meetings of the office: the ones whose parts can change. */
function openMeetings(office: Installation): string[] {
  return ids(office, own('meetings', "AND status != 'approved'"), office.officeId);
}

/** A live record of `table`: another office's seven times in ten when there is one. */
function mostlyForeign(office: Installation, random: Random, table: string): string | undefined {
  const live = `SELECT id FROM ${table} WHERE deleted_at IS NULL`;
  const foreign = ids(office, `${live} AND owner_office_id != ? ORDER BY id`, office.officeId);
  return random() < 0.7 && foreign.length > 0
    ? pick(random, foreign)
    : pick(random, ids(office, `${live} ORDER BY id`));
}

async function ok(office: Installation, method: string, input: unknown): Promise<unknown> {
  const result = await office.core.dispatch(method, input);
  if (!result.ok) throw new Error(`${office.name}: ${method} failed: ${JSON.stringify(result.error)}`);
  return result.value;
}

type Op = (office: Installation, random: Random, n: number) => Promise<boolean>;

const OPS: Op[] = [
  async (office, _random, n) => {
    await ok(office, 'meetings.create', {
      title: `Rakor ${office.name} ${n}`,
      kind: 'rakor_tpps',
      hostLevel: office.level,
      areaCodes: [office.areaCode],
      date: '2026-01-15',
      startTime: '09:00',
      venue: `Aula ${n}`,
    });
    return true;
  },
  async (office, random, n) => {
    const meetingId = pick(random, openMeetings(office));
    if (!meetingId) return false;
    await ok(office, 'agenda.create', { meetingId, kind: 'discussion', title: `Agenda ${n}` });
    return true;
  },
  async (office, random) => {
    const meetingId = pick(random, openMeetings(office));
    const institutionId = pick(random, ids(office, 'SELECT id FROM institutions WHERE deleted_at IS NULL ORDER BY id'));
    if (!meetingId || !institutionId) return false;
    const result = await office.core.dispatch('participants.add', { meetingId, institutionId });
    return result.ok;
  },
  async (office, random, n) => {
    const meetingId = pick(random, openMeetings(office));
    if (!meetingId) return false;
    await ok(office, 'minutes.create', { meetingId, body: `Catatan ${n}` });
    return true;
  },
  async (office, random, n) => {
    const meetingId = pick(random, openMeetings(office));
    if (!meetingId) return false;
    await ok(office, 'decisions.create', { meetingId, body: `Keputusan ${n}` });
    return true;
  },
  async (office, random, n) => {
    // A commitment names an institution of another office (the kabupaten's dinas) when there is one.
    const meetingId = pick(random, openMeetings(office));
    const institutionId = mostlyForeign(office, random, 'institutions');
    if (!meetingId || !institutionId) return false;
    await ok(office, 'commitments.create', {
      meetingId,
      institutionId,
      description: `Komitmen ${n}`,
      dueDate: '2026-03-31',
    });
    return true;
  },
  async (office, random, n) => {
    // Progress on any commitment this office sees, another office's more often than its own.
    const commitmentId = mostlyForeign(office, random, 'commitments');
    if (!commitmentId) return false;
    const statusAfter = pick(random, ['in_progress', 'done', null] as const) ?? null;
    await ok(office, 'commitments.addUpdate', {
      commitmentId,
      reportedOn: `2026-02-${String(1 + (n % 27)).padStart(2, '0')}`,
      note: `Laporan ${n}`,
      percent: Math.floor(random() * 101),
      statusAfter,
      evidence: [],
    });
    return true;
  },
  async (office, _random, n) => {
    await ok(office, 'institutions.create', {
      name: `Dinas ${office.name} ${n}`,
      sector: 'kesehatan',
      level: office.level,
      areaCode: null,
    });
    return true;
  },
  async (office, random, n) => {
    const institutionId = pick(random, ids(office, 'SELECT id FROM institutions WHERE deleted_at IS NULL ORDER BY id'));
    await ok(office, 'people.create', {
      name: `Petugas ${n}`,
      institutionId: institutionId ?? null,
      phone: '081234567890',
    });
    return true;
  },
  async (office, random, n) => {
    const id = pick(random, ids(office, own('institutions'), office.officeId));
    if (!id) return false;
    await ok(office, 'institutions.update', {
      id,
      name: `Dinas diperbarui ${n}`,
      shortName: null,
      sector: 'pendidikan',
      level: office.level,
      areaCode: null,
      address: `Jalan ${n}`,
      phone: null,
      email: null,
    });
    return true;
  },
  async (office, random) => {
    const id = pick(random, ids(office, own('people'), office.officeId));
    if (!id) return false;
    await ok(office, 'people.delete', { id });
    return true;
  },
  async (office, random, n) => {
    const id = pick(random, ids(office, own('commitments'), office.officeId));
    const institutionId = pick(random, ids(office, 'SELECT id FROM institutions WHERE deleted_at IS NULL ORDER BY id'));
    if (!id || !institutionId) return false;
    const result = await office.core.dispatch('commitments.update', {
      id,
      institutionId,
      description: `Komitmen diubah ${n}`,
    });
    return result.ok;
  },
  async (office, random) => {
    const id = pick(random, ids(office, own('commitments'), office.officeId));
    if (!id) return false;
    return (await office.core.dispatch('commitments.delete', { id })).ok;
  },
  async (office, random) => {
    const id = pick(random, ids(office, own('decisions'), office.officeId));
    if (!id) return false;
    return (await office.core.dispatch('decisions.delete', { id })).ok;
  },
  async (office, random) => {
    const id = pick(random, ids(office, own('agenda_items'), office.officeId));
    if (!id) return false;
    return (await office.core.dispatch('agenda.delete', { id })).ok;
  },
  async (office, random, n) => {
    const years = ids(office, 'SELECT year AS id FROM action_plans WHERE owner_office_id = ?', office.officeId);
    const year = 2026 + years.length;
    const plan = (await ok(office, 'plans.create', {
      areaCode: office.areaCode,
      year,
      title: `Rencana Aksi ${office.name} ${year}`,
      priorityVillageCodes: [],
    })) as { id: string };
    await ok(office, 'planRows.create', {
      planId: plan.id,
      activity: `Kegiatan ${n}`,
      interventionId: null,
      locations: [],
      supporterIds: [],
      funding: [],
    });
    void random;
    return true;
  },
  async (office, random, n) => {
    // A plan row whose supporters and funding are parts and children: supporters of any office.
    const planId = pick(random, ids(office, own('action_plans'), office.officeId));
    const supporter = pick(random, ids(office, 'SELECT id FROM institutions WHERE deleted_at IS NULL ORDER BY id'));
    const funding = ids(
      office,
      'SELECT id FROM funding_sources WHERE is_seeded = 1 AND deleted_at IS NULL ORDER BY id',
    );
    if (!planId) return false;
    const rowId = pick(
      random,
      ids(office, 'SELECT id FROM plan_rows WHERE plan_id = ? AND deleted_at IS NULL ORDER BY id', planId),
    );
    const fields = {
      activity: `Kegiatan diubah ${n}`,
      interventionId: null,
      locations: [],
      supporterIds: supporter ? [supporter] : [],
      funding: funding[0] ? [{ fundingSourceId: funding[0], amount: 1000 * n }] : [],
    };
    const result = rowId
      ? await office.core.dispatch('planRows.update', { id: rowId, ...fields })
      : await office.core.dispatch('planRows.create', { planId, ...fields });
    return result.ok;
  },
];

/**
 * How often each change is made: commitments, progress reports and plan rows (the records that
 * name other offices' records) more often than the rest.
 */
const WEIGHTS = [2, 1, 1, 1, 1, 4, 4, 1, 1, 1, 1, 2, 1, 1, 1, 1, 2];
const WEIGHTED = WEIGHTS.flatMap((weight, index) => Array.from({ length: weight }, () => index));

/** Tries to change another office's commitment: must be refused (READ_ONLY). */
async function foreignEdit(office: Installation, random: Random, tally: OpTally): Promise<void> {
  const id = pick(
    random,
    ids(
      office,
      'SELECT id FROM commitments WHERE owner_office_id != ? AND deleted_at IS NULL ORDER BY id',
      office.officeId,
    ),
  );
  if (!id) return;
  const result = await office.core.dispatch('commitments.delete', { id });
  if (result.ok || result.error.code !== 'READ_ONLY')
    throw new Error(`${office.name} changed another office's commitment: ${JSON.stringify(result)}`);
  tally.refusedForeign++;
}

export async function randomChange(office: Installation, random: Random, n: number, tally: OpTally): Promise<void> {
  if (random() < 0.08) return foreignEdit(office, random, tally);
  const index = pick(random, WEIGHTED) as number;
  const op = OPS[index] as Op;
  if (await op(office, random, n)) {
    tally.done++;
    tally.byOp[index] = (tally.byOp[index] ?? 0) + 1;
  }
}

/**
 * A meeting, then its agenda item and a commitment (naming another office's institution when
 * there is one), then an edit of the commitment, with a package after each step (`between`):
 * delivered newest first, each package refers to records only its predecessor brings, and the
 * older packages bring older versions of records the receiver already has.
 */
export async function meetingChain(
  office: Installation,
  random: Random,
  n: number,
  between: () => void,
): Promise<void> {
  const meeting = (await ok(office, 'meetings.create', {
    title: `Rakor lanjutan ${n}`,
    kind: 'rakor_tpps',
    hostLevel: office.level,
    areaCodes: [office.areaCode],
    date: '2026-02-12',
    startTime: '10:00',
  })) as { id: string };
  between();
  const item = (await ok(office, 'agenda.create', {
    meetingId: meeting.id,
    kind: 'discussion',
    title: `Agenda ${n}`,
  })) as {
    id: string;
  };
  const foreign = ids(
    office,
    'SELECT id FROM institutions WHERE deleted_at IS NULL AND owner_office_id != ? ORDER BY id',
    office.officeId,
  );
  const institutionId = pick(random, foreign) ?? pick(random, ids(office, own('institutions'), office.officeId));
  if (!institutionId) return;
  const commitment = (await ok(office, 'commitments.create', {
    meetingId: meeting.id,
    agendaItemId: item.id,
    institutionId,
    description: `Komitmen ${n}`,
  })) as { id: string };
  between();
  await ok(office, 'commitments.update', {
    id: commitment.id,
    institutionId,
    description: `Komitmen ${n}, diperbaiki`,
  });
}
