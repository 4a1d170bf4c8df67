import { api } from '../../tests/e2e/support/api';
import { bareConductHtml } from '../floors/bare-screens';
import { followHash } from '../support/in-app-timing';
import { datasetRow } from '../support/preview-session';
import { screenFigure } from '../support/screen-figure';

/** The meeting with the most minutes entries. */
const LARGEST_MEETING = `SELECT meeting_id AS id FROM minutes_entries WHERE deleted_at IS NULL
  GROUP BY meeting_id ORDER BY COUNT(*) DESC LIMIT 1`;

/**
 * The conduct tab (Pelaksanaan) of the dataset's largest meeting (88 minutes entries in 26 agenda
 * items, 83 participants, 23 commitments), opened from the meetings list inside the app: from the
 * change of address until every section of the minutes is laid out and the main thread has had
 * 500 ms without a long task. Each sample loads the app in a fresh browser context first (not timed).
 */
export const uiMeetingConduct = screenFigure(
  {
    id: 'ui.meeting.conduct',
    label: 'Preview host, Chromium: the largest meeting’s conduct tab, from the meetings list until interactive',
    budget: 0.5,
    ratioBudget: 10,
    runs: 8,
    floorLabel:
      'the tab’s content (attendance, item titles, decisions, commitments) as bare HTML, a static page from the same host',
  },
  async (session) => {
    const { id } = datasetRow<{ id: string }>(session, LARGEST_MEETING);
    const workspace = await api(session.preview, 'meetings.workspace', { id });
    const general = workspace.minutes.some((entry) => entry.agendaItemId === null) || workspace.agenda.length === 0;
    // The agenda items, the general notes if any, decisions and the conclusion.
    const sections = workspace.agenda.length + (general ? 1 : 0) + 2;
    return {
      start: { hash: '#/rapat', ready: (page) => page.getByRole('row').nth(3).waitFor({ timeout: 60_000 }) },
      act: followHash,
      arg: `#/rapat/${id}/pelaksanaan`,
      content: { selector: '[data-testid="minutes"] [data-minutes-section]', min: sections },
      async check(page) {
        const rows = await page.getByTestId('attendance-row').count();
        if (rows !== workspace.participants.length) throw new Error(`the tab shows ${rows} participants`);
      },
      floor: {
        html: bareConductHtml(workspace),
        content: { selector: '[data-minutes-section]', min: workspace.agenda.length + 2 },
      },
    };
  },
);
