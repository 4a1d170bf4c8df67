/**
 * The demo dataset (sample data built around the seed Rakor): whether it is loaded and what it
 * put in, so the first-run screen can offer it and the app can offer to remove it again.
 */
export interface DemoStatus {
  loaded: boolean;
  loadedAt: string | null;
  /** The seed Rakor (17 October 2025) first, then the follow-up meeting. */
  meetingIds: string[];
  counts: { institutions: number; people: number; meetings: number; plans: number };
}
