/**
 * The demo dataset (sample data built around the seed Rakor): whether it is loaded and what it
 * put in, so the app can offer it, mark its records wherever they are shown or picked, and
 * offer to remove it again.
 */
export interface DemoStatus {
  loaded: boolean;
  loadedAt: string | null;
  /** The seed Rakor (17 October 2025) first, then the follow-up meeting. */
  meetingIds: string[];
  counts: { institutions: number; people: number; meetings: number; plans: number };
  /** The ids of every sample record, so that lists and pickers can mark them. */
  ids: { institutions: string[]; people: string[]; meetings: string[]; plans: string[] };
}

/** How an office's own record can use a sample record, which keeps the sample from being removed. */
export const DEMO_USES = [
  'chair',
  'minuteTaker',
  'presenter',
  'presenterInstitution',
  'participant',
  'participantInstitution',
  'speaker',
  'commitmentInstitution',
  'commitmentContact',
  'commitmentPlanRow',
  'personInstitution',
  'planAdoptedIn',
  'rowResponsible',
  'rowSupporter',
] as const;
export type DemoUse = (typeof DEMO_USES)[number];

/** Where the office's record lives: a meeting, a commitment without a meeting, a person, an action plan. */
type DemoBlockerKind = 'meeting' | 'commitment' | 'person' | 'plan';

/** One of the office's own records that uses a sample record, named so the user can go and fix it. */
export interface DemoBlocker {
  kind: DemoBlockerKind;
  id: string;
  /** The record's title or name. */
  name: string;
  /** Deleted by the user already: it cannot be opened, but still refers to the sample. */
  deleted: boolean;
  use: DemoUse;
  /** The name or title of the sample record it uses. */
  sample: string;
}
