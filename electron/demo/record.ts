import type { DemoStatus } from '../../shared/domain/demo';
import type { OfficeIdentity } from '../../shared/domain/settings';
import type { Repositories } from '../db/repositories';

/** The settings key listing every row the demo created, so that removal takes exactly those. */
export const DEMO_SETTINGS_KEY = 'demo';

export interface DemoRecord {
  loadedAt: string;
  /** The office the demo set up because none was set; removed with the demo while unchanged. */
  office: OfficeIdentity | null;
  institutions: string[];
  people: string[];
  /** The seed Rakor first, then the follow-up meeting. */
  meetings: string[];
  plans: string[];
}

export function readDemoRecord(repos: Repositories): DemoRecord | null {
  return repos.settings.get<DemoRecord>(DEMO_SETTINGS_KEY);
}

export function statusOf(record: DemoRecord | null): DemoStatus {
  return {
    loaded: record !== null,
    loadedAt: record?.loadedAt ?? null,
    meetingIds: record?.meetings ?? [],
    counts: {
      institutions: record?.institutions.length ?? 0,
      people: record?.people.length ?? 0,
      meetings: record?.meetings.length ?? 0,
      plans: record?.plans.length ?? 0,
    },
    ids: {
      institutions: record?.institutions ?? [],
      people: record?.people ?? [],
      meetings: record?.meetings ?? [],
      plans: record?.plans ?? [],
    },
  };
}
