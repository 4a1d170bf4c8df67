import type { InputOf } from '../../../shared/api/contract';
import type { Commitment } from '../../../shared/domain/commitments';
import type { Institution } from '../../../shared/domain/directory';
import type { Meeting } from '../../../shared/domain/meetings';
import { KELARA_MEETING } from './meetings';
import type { Call } from './seed-rakor';
import { startTestCore } from './temp';

export type TestCore = Awaited<ReturnType<typeof startTestCore>>;

/** A core whose handlers read "now" from a clock the test moves. */
export async function startClockedCore(start: string) {
  const clock = { now: new Date(start) };
  const core = await startTestCore({ now: () => clock.now });
  return {
    core,
    clock,
    setNow(iso: string) {
      clock.now = new Date(iso);
    },
  };
}

export const AREAS = {
  jeneponto: '73.04',
  bangkala: '73.04.01',
  kelara: '73.04.05',
  gantarang: '73.04.05.2006',
  tolo: '73.04.05.1001',
  rumbia: '73.04.10',
  rumbiaDesa: '73.04.10.2001',
} as const;

export function meetingIn(
  call: Call,
  areaCodes: string[],
  date: string,
  input: Partial<InputOf<'meetings.create'>> = {},
): Promise<Meeting> {
  return call('meetings.create', {
    ...KELARA_MEETING,
    title: `Rakor ${areaCodes.join(' + ')} ${date}`,
    areaCodes,
    date,
    ...input,
  });
}

export function commitmentIn(
  call: Call,
  meeting: Meeting,
  institution: Institution,
  description: string,
  input: Partial<InputOf<'commitments.create'>> = {},
): Promise<Commitment> {
  return call('commitments.create', { meetingId: meeting.id, institutionId: institution.id, description, ...input });
}

export async function institutionsOf(call: Call) {
  return {
    dinkes: await call('institutions.create', {
      name: 'Dinas Kesehatan Kabupaten Jeneponto',
      shortName: 'Dinkes',
      sector: 'kesehatan',
      level: 'kabupaten',
    }),
    dppkb: await call('institutions.create', {
      name: 'DPPKB Kabupaten Jeneponto',
      sector: 'keluarga_berencana',
      level: 'kabupaten',
    }),
    bappeda: await call('institutions.create', {
      name: 'Bappeda Kabupaten Jeneponto',
      sector: 'perencanaan',
      level: 'kabupaten',
    }),
  };
}
