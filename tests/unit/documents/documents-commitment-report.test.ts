import { describe, expect, it } from 'vitest';
import type { DocumentSettings } from '../../../shared/domain/document-settings';
import type { TableBlock, TextRun } from '../../../shared/documents/model';
import {
  commitmentReport,
  completionRate,
  formatPercentId,
  groupCommitments,
  MAX_NOTE_CHARS,
  type CommitmentReportItem,
} from '../../../shared/documents/reports/commitment-report';

const SETTINGS: DocumentSettings = {
  letterhead: {
    lines: [{ text: 'PEMERINTAH KABUPATEN JENEPONTO', size: 14, bold: true }],
    address: null,
    phone: null,
    email: null,
    website: null,
    logoFile: null,
  },
  paper: 'F4',
  margins: { top: 20, right: 20, bottom: 25, left: 30 },
  placeName: 'Kelara',
};

function item(p: Partial<CommitmentReportItem> & Pick<CommitmentReportItem, 'description'>): CommitmentReportItem {
  return {
    institutionId: 'i-dinkes',
    institutionName: 'Dinas Kesehatan',
    dueDate: '2025-12-31',
    status: 'not_started',
    overdue: false,
    lastUpdateOn: null,
    lastUpdateNote: null,
    lastUpdatePercent: null,
    meetingId: 'm-1',
    meetingTitle: 'Rakor TPPS',
    meetingDate: '2025-10-17',
    ...p,
  };
}

const ITEMS: CommitmentReportItem[] = [
  item({ description: 'C', dueDate: null }),
  item({ description: 'A', dueDate: '2025-11-30', status: 'in_progress', overdue: true }),
  item({ description: 'B', institutionId: 'i-bappeda', institutionName: 'Bappeda', status: 'done' }),
  item({ description: 'D', institutionId: 'i-bappeda', institutionName: 'Bappeda', status: 'cancelled' }),
  item({ description: 'E', meetingId: null, meetingTitle: null, meetingDate: null }),
  item({ description: 'F', meetingId: 'm-0', meetingTitle: 'Rakor awal', meetingDate: '2025-09-01' }),
];

describe('commitment report', () => {
  it('groups by institution name and by meeting date (no meeting last), due dates first to last', () => {
    const byInstitution = groupCommitments(ITEMS, 'institution');
    expect(byInstitution.map((g) => g.label)).toEqual(['Bappeda', 'Dinas Kesehatan']);
    expect(byInstitution[1]?.items.map((i) => i.description)).toEqual(['A', 'E', 'F', 'C']);
    expect(byInstitution[1]?.counts).toEqual({
      total: 4,
      done: 0,
      inProgress: 1,
      notStarted: 3,
      cancelled: 0,
      overdue: 1,
    });
    const byMeeting = groupCommitments(ITEMS, 'meeting');
    expect(byMeeting.map((g) => g.label)).toEqual([
      'Rakor awal (1 September 2025)',
      'Rakor TPPS (17 Oktober 2025)',
      'Tanpa rapat asal',
    ]);
  });

  it('counts completion without the cancelled ones, with a decimal comma', () => {
    const bappeda = groupCommitments(ITEMS, 'institution')[0];
    expect(completionRate(bappeda?.counts as never)).toBe(1);
    expect(formatPercentId(2 / 3)).toBe('66,7');
    expect(formatPercentId(0.5)).toBe('50');
    expect(formatPercentId(null)).toBe('–');
  });

  it('marks the overdue one in bold, clips long notes, and prints a total row', () => {
    const model = commitmentReport(
      [
        ...ITEMS,
        item({ description: 'G', lastUpdateOn: '2025-11-01', lastUpdatePercent: 40, lastUpdateNote: 'x'.repeat(5000) }),
      ],
      SETTINGS,
      { groupBy: 'institution', asOf: '2025-12-15', scope: [], signer: null, logo: null },
    );
    expect(model.page).toEqual({ paper: 'F4', orientation: 'landscape', margins: SETTINGS.margins });
    const tables = model.body.filter((b): b is TableBlock => b.kind === 'table');
    const [summary, detail] = tables as [TableBlock, TableBlock];
    expect(
      summary.totals?.[0]?.cells.map((c) => (typeof c.content === 'string' ? c.content : (c.content as TextRun).text)),
    ).toEqual(['JUMLAH', '7', '1', '1', '4', '1', '1', '16,7']);
    const overdue = detail.rows.find((r) => r.cells[1]?.content === 'A');
    expect(overdue?.cells[4]?.content).toEqual([
      { text: 'Berjalan\n' },
      { text: 'Terlambat', bold: true },
      { text: '\n(15 hari)' },
    ]);
    const clipped = detail.rows.find((r) => r.cells[1]?.content === 'G')?.cells[5]?.content as TextRun[];
    expect(clipped[0]).toEqual({ text: '1 November 2025 · 40%', bold: true });
    expect(clipped[1]?.text.length).toBeLessThanOrEqual(MAX_NOTE_CHARS + 1);
    expect(clipped[1]?.text.endsWith('…')).toBe(true);
  });
});
