import { describe, expect, it } from 'vitest';
import { DEFAULT_AGREEMENT_WORDING, fillAgreementWording, unknownPlaceholders } from '../../../shared/domain/agreement';
import {
  lastEndedSemester,
  periodDates,
  periodDays,
  periodPhrase,
  periodTitle,
  periodYears,
} from '../../../shared/domain/report-period';
import { dateInWordsId, terbilang } from '../../../shared/format/terbilang';
import { CHART_COLORS, labelLines, rateChart } from '../../../shared/documents/charts';
import { textWidthMm } from '../../../shared/documents/metrics';
import type { DrawingText, TableBlock } from '../../../shared/documents/model';
import { plainText } from '../../../shared/documents/geometry';
import { beritaAcara } from '../../../shared/documents/reports/berita-acara';
import {
  mostBehind,
  perArea,
  perInstitution,
  perSector,
  realisationPerIntervention,
  type RealisationRow,
  type SemesterCommitment,
  type SemesterReportData,
} from '../../../shared/documents/reports/semester-data';
import { semesterReport } from '../../../shared/documents/reports/semester-report';
import { KELARA_SETTINGS, seedWorkspace } from '../../node/support/documents-fixture';

describe('terbilang', () => {
  it('writes numbers in Indonesian words', () => {
    const cases: [number, string][] = [
      [0, 'nol'],
      [1, 'satu'],
      [10, 'sepuluh'],
      [11, 'sebelas'],
      [17, 'tujuh belas'],
      [20, 'dua puluh'],
      [100, 'seratus'],
      [111, 'seratus sebelas'],
      [1000, 'seribu'],
      [1001, 'seribu satu'],
      [2025, 'dua ribu dua puluh lima'],
      [11_000, 'sebelas ribu'],
      [1_000_000, 'satu juta'],
      [
        1_234_567_890,
        'satu miliar dua ratus tiga puluh empat juta lima ratus enam puluh tujuh ribu delapan ratus sembilan puluh',
      ],
    ];
    for (const [value, words] of cases) expect(terbilang(value)).toBe(words);
    expect(() => terbilang(-1)).toThrow(RangeError);
    expect(() => terbilang(1.5)).toThrow(RangeError);
  });

  it('writes a date the way a berita acara opens', () => {
    expect(dateInWordsId('2025-10-17')).toBe('tujuh belas bulan Oktober tahun dua ribu dua puluh lima');
    expect(dateInWordsId('2026-01-01')).toBe('satu bulan Januari tahun dua ribu dua puluh enam');
  });
});

describe('report periods', () => {
  it('knows the semesters, ranges, titles and years', () => {
    expect(periodDates({ kind: 'semester', year: 2025, semester: 1 })).toEqual({
      from: '2025-01-01',
      to: '2025-06-30',
    });
    expect(periodDates({ kind: 'semester', year: 2025, semester: 2 })).toEqual({
      from: '2025-07-01',
      to: '2025-12-31',
    });
    expect(periodTitle({ kind: 'semester', year: 2025, semester: 2 })).toBe('SEMESTER II TAHUN 2025');
    const range = { kind: 'range', from: '2025-07-01', to: '2026-03-31' } as const;
    expect(periodTitle(range)).toBe('PERIODE 1 JULI 2025 S.D. 31 MARET 2026');
    expect(periodPhrase(range)).toBe('periode 1 Juli 2025 s.d. 31 Maret 2026');
    expect(periodYears(range)).toEqual([2025, 2026]);
    expect(periodDays('2024-01-01', '2024-12-31')).toBe(366);
    expect(lastEndedSemester('2026-07-06')).toEqual({ year: 2026, semester: 1 });
    expect(lastEndedSemester('2026-03-10')).toEqual({ year: 2025, semester: 2 });
  });
});

describe('agreement wording', () => {
  it('fills the known placeholders and names the unknown ones', () => {
    expect(unknownPlaceholders(DEFAULT_AGREEMENT_WORDING.opening)).toEqual([]);
    expect(unknownPlaceholders(DEFAULT_AGREEMENT_WORDING.closing)).toEqual([]);
    expect(unknownPlaceholders('Pada {hari}, {nama} dan {tanggal }')).toEqual(['nama', 'tanggal ']);
    const values = {
      hari: 'Jumat',
      tanggal: 'tujuh belas',
      tanggal_angka: '17 Oktober 2025',
      tempat: 'Aula',
      rapat: 'Rakor',
      pimpinan: 'Ketua',
      peserta: '12 orang',
    };
    expect(fillAgreementWording('Hari {hari} di {tempat}; {lain} tetap.', values)).toBe(
      'Hari Jumat di Aula; {lain} tetap.',
    );
  });
});

describe('rateChart', () => {
  const bars = [
    { label: 'Kesehatan', rate: 2 / 3, caption: '(2/3)' },
    { label: 'Dinas Pengendalian Penduduk dan Keluarga Berencana Kabupaten Jeneponto', rate: 0, caption: '(0/4)' },
    { label: 'Pemberdayaan Masyarakat dan Desa', rate: null, caption: '(0/0)' },
    { label: 'PKK', rate: 1, caption: '(1/1)' },
  ];

  it('labels every bar with its percentage, in at most two lines that fit the label column', () => {
    const chart = rateChart(bars, 160, 'Capaian per sektor');
    const texts = chart.shapes.filter((s): s is DrawingText => s.type === 'text');
    expect(texts.map((t) => t.text)).toEqual(expect.arrayContaining(['66,7%', '0%', '–', '100%', '(2/3)']));
    const labelRight = Math.max(...texts.filter((t) => t.align === 'right').map((t) => t.x));
    for (const text of texts.filter((t) => t.align === 'right')) {
      expect(textWidthMm(text.text, text.size)).toBeLessThanOrEqual(labelRight + 0.01);
    }
    // Shapes stay inside the drawing.
    for (const shape of chart.shapes) {
      if (shape.type === 'rect') expect(shape.x + shape.width).toBeLessThanOrEqual(chart.width);
      if (shape.type === 'text' && shape.align !== 'right' && shape.align !== 'center') {
        expect(shape.x + textWidthMm(shape.text, shape.size, shape.bold)).toBeLessThanOrEqual(chart.width);
      }
    }
    const barsDrawn = chart.shapes.filter((s) => s.type === 'rect' && s.fill === CHART_COLORS.done);
    expect(barsDrawn).toHaveLength(3);
    const widths = barsDrawn.map((s) => (s.type === 'rect' ? s.width : 0));
    expect(widths[2]).toBeCloseTo((widths[0] as number) * 1.5, 1);
    expect(widths[1]).toBeGreaterThan(0);
  });

  it('cuts a label past two lines with an ellipsis, never inside a word on the first line', () => {
    const lines = labelLines('Dinas Pengendalian Penduduk dan Keluarga Berencana Kabupaten Jeneponto', 30);
    expect(lines).toHaveLength(2);
    expect(lines[1]?.endsWith('…')).toBe(true);
    // The ellipsis is an em wide (the metrics table counts it as an `n`).
    const width = (line: string) => textWidthMm(line.replace('…', ''), 8) + (line.endsWith('…') ? (8 * 25.4) / 72 : 0);
    for (const line of lines) expect(width(line)).toBeLessThanOrEqual(30);
    expect(labelLines('PKK', 30)).toEqual(['PKK']);
  });
});

function commitment(over: Partial<SemesterCommitment>): SemesterCommitment {
  return {
    institutionId: 'i-dppkb',
    institutionName: 'DPPKB',
    sectorName: 'Keluarga Berencana',
    description: 'Komitmen',
    dueDate: '2025-12-31',
    status: 'not_started',
    overdue: false,
    lastUpdateOn: null,
    lastUpdateNote: null,
    lastUpdatePercent: null,
    meetingId: 'm1',
    meetingTitle: 'Rakor',
    meetingDate: '2025-10-17',
    areas: [
      { code: '73.04.05', name: 'Kelara' },
      { code: '73.04.10', name: 'Rumbia' },
    ],
    ...over,
  };
}

const COMMITMENTS: SemesterCommitment[] = [
  commitment({ status: 'done' }),
  commitment({ status: 'in_progress', overdue: true }),
  commitment({ institutionId: 'i-pkm', institutionName: 'Puskesmas', sectorName: 'Kesehatan', status: 'cancelled' }),
  commitment({
    institutionId: 'i-pkm',
    institutionName: 'Puskesmas',
    sectorName: 'Kesehatan',
    areas: [{ code: '73.04.05', name: 'Kelara' }],
  }),
];

function row(over: Partial<RealisationRow>): RealisationRow {
  return {
    kind: 'spesifik',
    interventionId: 'sp8',
    interventionCode: 'SP-08',
    interventionName: 'Tambahan asupan gizi bagi balita gizi kurang',
    amount: 36_000_000,
    realisation: 0,
    status: 'planned',
    scheduled: true,
    linked: 0,
    linkedDone: 0,
    ...over,
  };
}

describe('laporan semester figures', () => {
  it('counts per sector, kecamatan and institution as the dashboard does', () => {
    const sectors = perSector(COMMITMENTS);
    expect(sectors.map((s) => [s.label, s.counts.total, s.counts.done])).toEqual([
      ['Keluarga Berencana', 2, 1],
      ['Kesehatan', 2, 0],
    ]);
    // A two-kecamatan meeting counts for both.
    expect(perArea(COMMITMENTS).map((a) => [a.label, a.counts.total])).toEqual([
      ['Kelara', 4],
      ['Rumbia', 3],
    ]);
    const institutions = perInstitution(COMMITMENTS);
    expect(institutions.map((i) => i.label)).toEqual(['DPPKB', 'Puskesmas']);
    expect(mostBehind(institutions, 1).map((i) => i.label)).toEqual(['DPPKB']);
  });

  it('sums the plan per intervention, cancelled activities left out, activities without one last', () => {
    const groups = realisationPerIntervention([
      row({ status: 'done', realisation: 30_000_000, linked: 2, linkedDone: 1 }),
      row({ amount: 28_800_000, scheduled: false }),
      row({ status: 'cancelled', amount: 999 }),
      row({ kind: 'lainnya', interventionId: null, interventionCode: null, interventionName: null, amount: 8_000_000 }),
      row({ interventionId: 'sp1', interventionCode: 'SP-01', interventionName: 'KEK', amount: 22_500_000 }),
    ]);
    expect(groups.map((g) => [g.code, g.activities, g.scheduled, g.done, g.amount, g.realisation, g.linked])).toEqual([
      ['SP-01', 1, 1, 0, 22_500_000, 0, 0],
      ['SP-08', 2, 1, 1, 64_800_000, 30_000_000, 2],
      [null, 1, 1, 0, 8_000_000, 0, 0],
    ]);
  });
});

function semesterData(over: Partial<SemesterReportData> = {}): SemesterReportData {
  return {
    period: { kind: 'semester', year: 2025, semester: 2 },
    asOf: '2026-01-15',
    team: 'TIM PERCEPATAN PENURUNAN STUNTING KECAMATAN KELARA',
    addressee: 'Bupati Jeneponto',
    meetings: [
      {
        id: 'm1',
        date: '2025-10-17',
        title: 'Rakor',
        kind: 'rakor_tpps',
        areaNames: ['Kelara', 'Rumbia'],
        commitments: 4,
      },
    ],
    commitments: COMMITMENTS,
    plans: [
      {
        title: 'Rencana Aksi 2025',
        year: 2025,
        status: 'adopted',
        rows: [row({ status: 'done', realisation: 30_000_000 }), row({ kind: 'sensitif', interventionCode: 'SN-07' })],
      },
    ],
    ...over,
  };
}

describe('semesterReport', () => {
  it('prints the summary, three charts with their tables, the plan and the overdue list on its own page', () => {
    const model = semesterReport(semesterData(), KELARA_SETTINGS, { signer: null, logo: null });
    expect(model.page.orientation).toBe('portrait');
    const kinds = model.body.map((block) => block.kind);
    expect(kinds.filter((kind) => kind === 'drawing')).toHaveLength(3);
    const pageBreak = kinds.indexOf('pageBreak');
    expect(pageBreak).toBeGreaterThan(0);
    const after = model.body[pageBreak + 1];
    expect(after?.kind === 'heading' && after.text).toBe('LAMPIRAN: DAFTAR KOMITMEN TERLAMBAT');
    const overdue = model.body.at(-1) as TableBlock;
    expect(overdue.rows.map((r) => plainText(r.cells[0]?.content ?? ''))).toEqual(['DPPKB (1 terlambat)', '1']);
    // The kecamatan table has no JUMLAH row: a two-kecamatan meeting counts for both.
    const tables = model.body.filter((block): block is TableBlock => block.kind === 'table');
    const areaTable = tables.find((t) => plainText(t.header[0]?.cells[1]?.content ?? '') === 'Kecamatan');
    expect(areaTable?.totals).toBeUndefined();
    const sectorTable = tables.find((t) => plainText(t.header[0]?.cells[1]?.content ?? '') === 'Sektor');
    expect(sectorTable?.totals?.[0]?.cells.map((c) => plainText(c.content))).toEqual([
      'JUMLAH',
      '4',
      '1',
      '1',
      '1',
      '1',
      '1',
      '33,3',
    ]);
  });

  it.each([
    ['F4', 215],
    ['A4', 210],
  ] as const)('gives every column on %s room for the longest word of its header', (paper, sheetWidth) => {
    const model = semesterReport(semesterData(), { ...KELARA_SETTINGS, paper }, { signer: null, logo: null });
    const textWidth = sheetWidth - KELARA_SETTINGS.margins.left - KELARA_SETTINGS.margins.right;
    for (const table of model.body.filter((block): block is TableBlock => block.kind === 'table')) {
      const total = table.columns.reduce((sum, column) => sum + column.width, 0);
      table.header[0]?.cells.forEach((cell, index) => {
        const width = ((table.columns[index]?.width ?? 0) / total) * textWidth - 3;
        for (const word of plainText(cell.content).split(/\s+/)) {
          expect(textWidthMm(word, table.size ?? 8, true), `${word} in ${width.toFixed(1)} mm`).toBeLessThan(width);
        }
      });
    }
  });

  it('says so when the period has nothing', () => {
    const model = semesterReport(semesterData({ meetings: [], commitments: [], plans: [] }), KELARA_SETTINGS, {
      signer: null,
      logo: null,
    });
    const text = model.body.map((block) => (block.kind === 'paragraph' ? plainText(block.content) : '')).join(' ');
    expect(text).toContain('Tidak ada rapat yang terlaksana dalam periode ini.');
    expect(text).toContain('Belum ada rencana aksi untuk tahun periode laporan ini.');
    expect(text).toContain('Tidak ada komitmen yang terlambat.');
    expect(model.body.some((block) => block.kind === 'drawing')).toBe(false);
  });
});

describe('beritaAcara', () => {
  it('fills the wording, groups commitments per institution and gives each a signature place', () => {
    const workspace = seedWorkspace();
    const model = beritaAcara(workspace, KELARA_SETTINGS, {
      wording: DEFAULT_AGREEMENT_WORDING,
      number: '400.5.7/12/KLR/X/2025',
      parties: {},
      chair: { name: 'H. Islam Iskandar, S.Sos.', position: 'Wakil Bupati Jeneponto', rank: null, nip: null },
      logo: null,
    });
    const paragraphs = model.body.flatMap((block) => (block.kind === 'paragraph' ? [plainText(block.content)] : []));
    expect(paragraphs[0]).toBe('Nomor: 400.5.7/12/KLR/X/2025');
    expect(paragraphs[1]).toContain(
      'Pada hari ini Jumat tanggal tujuh belas bulan Oktober tahun dua ribu dua puluh lima (17 Oktober 2025)',
    );
    expect(paragraphs[1]).not.toMatch(/\{\w+\}/);
    const [commitments, parties] = model.body.filter((block): block is TableBlock => block.kind === 'table');
    const institutions = new Set(workspace.commitments.map((c) => c.institutionName));
    expect(
      commitments?.rows.filter((r) => r.kind === 'group').map((r) => plainText(r.cells[0]?.content ?? '')),
    ).toEqual([...institutions]);
    // One row per institution (blank name lines without a known signer), then the chair's.
    expect(parties?.rows).toHaveLength(institutions.size + 1);
    expect(plainText(parties?.rows[0]?.cells[2]?.content ?? '')).toMatch(/^\(\.+\)\n\.+$/);
    expect(plainText(parties?.rows.at(-1)?.cells[2]?.content ?? '')).toBe(
      'H. Islam Iskandar, S.Sos.\nWakil Bupati Jeneponto',
    );
    expect(parties?.rows.every((r) => r.cells[3]?.signature !== undefined)).toBe(true);
  });
});
