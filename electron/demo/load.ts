import type { DemoStatus } from '../../shared/domain/demo';
import type { OfficeIdentity } from '../../shared/domain/settings';
import type { HandlerContext } from '../api/context';
import { repositoriesOf } from '../db/repositories';
import { demoCaller, demoReporter, onDay, type DemoHandlers } from './call';
import { enterFollowUp } from './follow-up';
import { enterDemoPlan } from './plan';
import { DEMO_SETTINGS_KEY, readDemoRecord, statusOf, type DemoRecord } from './record';
import { removeDemo } from './remove';
import { enterSeedRakor } from './seed-rakor';
import { refused } from '../api/errors';

/** The office a newcomer trying the demo works as: the camat's secretariat that hosted the seed Rakor. */
const DEMO_OFFICE = {
  level: 'kecamatan',
  kabupatenCode: '73.04',
  kecamatanCode: '73.04.05',
  officeName: 'Kantor Camat Kelara',
} as const;

/** The days of the sample's story: the seed Rakor, its approval, and the follow-up Rakor. */
const STORY = {
  seedRakor: new Date('2025-10-17T01:00:00Z'),
  approval: new Date('2025-10-20T01:00:00Z'),
  followUp: new Date('2025-11-21T01:00:00Z'),
};

/**
 * Loads the demo through the real handlers, in one transaction, beside whatever the office has
 * entered already (its own office identity is kept): every row it creates is listed in the
 * `demo` settings key, so the screens can mark sample records and `removeDemo` can take exactly
 * them. Refused with CONFLICT while a demo is loaded.
 *
 * The chair's approval of the seed Rakor comes last, after the commit: meetings.approve commits
 * with `synchronous = FULL`, which SQLite cannot switch inside a transaction. Should it fail, the
 * demo is removed again, so the load stays all or nothing.
 */
export function loadDemo(ctx: HandlerContext, handlers: DemoHandlers): DemoStatus {
  const repos = repositoriesOf(ctx);
  const record = ctx.db.transaction((): DemoRecord => {
    if (readDemoRecord(repos)) throw refused('demoLoaded');
    let office: OfficeIdentity | null = null;
    if (!repos.settings.get<OfficeIdentity>('office'))
      office = demoCaller(ctx, handlers)('settings.update', { office: DEMO_OFFICE }).office;
    // Each part is stamped with its day in the story (09.00 WITA), not with the moment of loading.
    const seed = enterSeedRakor(demoCaller(onDay(ctx, STORY.seedRakor), handlers));
    const followUpDay = onDay(ctx, STORY.followUp);
    const followUp = enterFollowUp(demoCaller(followUpDay, handlers), demoReporter(ctx), seed);
    const planId = enterDemoPlan(demoCaller(followUpDay, handlers), seed, followUp.id);
    const record: DemoRecord = {
      loadedAt: ctx.now().toISOString(),
      office,
      institutions: Object.values(seed.institutions).map((institution) => institution.id),
      // The minute-taker was typed in while inviting, which added them to the directory.
      people: [...Object.values(seed.people).map((person) => person.id), seed.minuteTaker.personId ?? ''],
      meetings: [seed.meeting.id, followUp.id],
      plans: planId ? [planId] : [],
    };
    repos.settings.set(DEMO_SETTINGS_KEY, record);
    return record;
  })();
  try {
    demoCaller(onDay(ctx, STORY.approval), handlers)('meetings.approve', { id: record.meetings[0] ?? '' });
  } catch (error) {
    removeDemo(ctx);
    throw error;
  }
  return statusOf(record);
}
