import { foldForSearch } from '../text/fold';
import { MONTH_SHORT_ID, monthOfName, quarterOfName } from './schedule';

/**
 * The columns of a plan in the printed order (DOCUMENTS.md "Matriks rencana aksi": No, Kegiatan,
 * Intervensi, Sasaran, Indikator, Target, Lokasi, Penanggung jawab, Jadwal, Sumber dana,
 * Anggaran), with the extra fields of a row placed beside the printed column they belong to.
 * The grid, the clipboard, the XLSX export and the import all use this one list.
 */

const MONTH_KEYS = ['m1', 'm2', 'm3', 'm4', 'm5', 'm6', 'm7', 'm8', 'm9', 'm10', 'm11', 'm12'] as const;
type MonthKey = (typeof MONTH_KEYS)[number];

export type PlanColumnKey =
  | 'activity'
  | 'budgetCode'
  | 'intervention'
  | 'interventionKind'
  | 'targetGroup'
  | 'indicator'
  | 'targetVolume'
  | 'targetUnit'
  | 'locations'
  | 'responsible'
  | 'supporters'
  | MonthKey
  | 'fundingSource'
  | 'amount'
  | 'status'
  | 'realisationPercent'
  | 'realisationAmount'
  | 'notes';

interface PlanColumn {
  key: PlanColumnKey;
  /** The Indonesian header of the export (and of the grid). */
  header: string;
  /** Width in the XLSX export, characters. */
  width: number;
}

export const PLAN_COLUMNS: readonly PlanColumn[] = [
  { key: 'activity', header: 'Kegiatan', width: 42 },
  { key: 'budgetCode', header: 'Kode Sub Kegiatan', width: 20 },
  { key: 'intervention', header: 'Intervensi', width: 30 },
  { key: 'interventionKind', header: 'Jenis Intervensi', width: 12 },
  { key: 'targetGroup', header: 'Sasaran', width: 18 },
  { key: 'indicator', header: 'Indikator', width: 36 },
  { key: 'targetVolume', header: 'Target', width: 10 },
  { key: 'targetUnit', header: 'Satuan', width: 12 },
  { key: 'locations', header: 'Lokasi (Desa)', width: 28 },
  { key: 'responsible', header: 'Penanggung Jawab', width: 26 },
  { key: 'supporters', header: 'Instansi Pendukung', width: 26 },
  ...MONTH_KEYS.map((key, i) => ({ key, header: MONTH_SHORT_ID[i] as string, width: 5 })),
  { key: 'fundingSource', header: 'Sumber Dana', width: 18 },
  { key: 'amount', header: 'Anggaran (Rp)', width: 16 },
  { key: 'status', header: 'Status', width: 12 },
  { key: 'realisationPercent', header: 'Realisasi (%)', width: 11 },
  { key: 'realisationAmount', header: 'Realisasi (Rp)', width: 16 },
  { key: 'notes', header: 'Catatan', width: 30 },
];

export const PLAN_COLUMN_KEYS: readonly PlanColumnKey[] = PLAN_COLUMNS.map((c) => c.key);

/**
 * The columns still filled in on an adopted plan: how the activity is going, not what was
 * adopted (the host refuses any other change while the plan is adopted, electron/plans/rows.ts).
 */
export const TRACKING_COLUMNS: ReadonlySet<PlanColumnKey> = new Set([
  'status',
  'realisationPercent',
  'realisationAmount',
  'notes',
]);

/** Fields of a row kept outside the grid's columns: the XLSX carries them after the printed ones. */
export type LinkColumnKey = 'convergenceAction' | 'commitments';

export const LINK_COLUMNS: readonly { key: LinkColumnKey; header: string; width: number }[] = [
  { key: 'convergenceAction', header: 'Aksi Konvergensi', width: 32 },
  { key: 'commitments', header: 'Komitmen Terkait', width: 60 },
];

const LINK_SYNONYMS: Record<LinkColumnKey, readonly string[]> = {
  convergenceAction: ['aksi konvergensi', 'konvergensi'],
  commitments: ['komitmen terkait', 'komitmen', 'komitmen rapat', 'tindak lanjut komitmen'],
};

const BY_LINK_SYNONYM = new Map<string, LinkColumnKey>(
  Object.entries(LINK_SYNONYMS).flatMap(([key, names]) => names.map((name) => [name, key as LinkColumnKey] as const)),
);

export function isMonthKey(key: string): key is MonthKey {
  return (MONTH_KEYS as readonly string[]).includes(key);
}

/** 0-based month of a month column. */
export function monthOfKey(key: MonthKey): number {
  return MONTH_KEYS.indexOf(key);
}

/** What a header of an imported sheet (or of a pasted block) may mean. */
type HeaderMeaning =
  | { kind: 'column'; key: PlanColumnKey }
  | { kind: 'link'; key: LinkColumnKey }
  | { kind: 'number' }
  | { kind: 'schedule' }
  | { kind: 'quarter'; quarter: number };

/** Headers as offices write them, folded (see `normaliseHeader`). */
const SYNONYMS: Record<Exclude<PlanColumnKey, MonthKey>, readonly string[]> = {
  activity: [
    'kegiatan',
    'nama kegiatan',
    'uraian kegiatan',
    'rincian kegiatan',
    'kegiatan sub kegiatan',
    'program kegiatan',
    'aktivitas',
    'uraian',
  ],
  budgetCode: [
    'kode',
    'kode sub kegiatan',
    'kode subkegiatan',
    'kode kegiatan',
    'kode program',
    'kode program kegiatan sub kegiatan',
    'kode rekening',
    'kode apbd',
    'kode anggaran',
  ],
  intervention: ['intervensi', 'nama intervensi', 'intervensi prioritas', 'jenis kegiatan intervensi'],
  interventionKind: ['jenis intervensi', 'jenis', 'kelompok intervensi', 'spesifik sensitif'],
  targetGroup: ['sasaran', 'kelompok sasaran', 'sasaran kegiatan', 'penerima manfaat'],
  indicator: ['indikator', 'indikator kinerja', 'indikator output', 'indikator keluaran'],
  targetVolume: ['target', 'volume', 'target volume', 'jumlah sasaran', 'vol', 'target kinerja'],
  targetUnit: ['satuan', 'satuan target', 'sat', 'unit'],
  locations: [
    'lokasi',
    'lokasi desa',
    'lokasi desa kelurahan',
    'desa',
    'desa lokus',
    'lokus',
    'desa kelurahan',
    'lokasi kegiatan',
  ],
  responsible: [
    'penanggung jawab',
    'penanggungjawab',
    'pj',
    'opd penanggung jawab',
    'instansi penanggung jawab',
    'pelaksana',
    'opd pelaksana',
    'opd',
  ],
  supporters: ['instansi pendukung', 'pendukung', 'opd pendukung', 'mitra', 'instansi terkait'],
  fundingSource: ['sumber dana', 'sumber', 'sumber anggaran', 'sumber pendanaan', 'sumber pembiayaan'],
  amount: [
    'anggaran',
    'anggaran rp',
    'pagu',
    'pagu rp',
    'pagu anggaran',
    'jumlah anggaran',
    'jumlah rp',
    'nilai',
    'nilai rp',
    'biaya',
    'dana',
    'anggaran rupiah',
  ],
  status: ['status', 'status kegiatan', 'status pelaksanaan'],
  realisationPercent: [
    'realisasi %',
    'realisasi persen',
    'capaian %',
    'realisasi fisik',
    'realisasi fisik %',
    'progres %',
  ],
  realisationAmount: [
    'realisasi rp',
    'realisasi anggaran',
    'realisasi keuangan',
    'realisasi keuangan rp',
    'realisasi anggaran rp',
    'realisasi',
  ],
  notes: ['catatan', 'keterangan', 'ket'],
};

const BY_SYNONYM = new Map<string, PlanColumnKey>(
  Object.entries(SYNONYMS).flatMap(([key, names]) => names.map((name) => [name, key as PlanColumnKey] as const)),
);

/** Case, accents, brackets and punctuation do not matter: `Anggaran (Rp)` → `anggaran rp`. */
function normaliseHeader(text: string): string {
  return foldForSearch(text)
    .replace(/[()[\]{}:.,/\\_\-–—*]+/g, ' ')
    .replace(/\s+/g, ' ')
    .trim();
}

/** The meaning of a header cell, or null when it names nothing Sirakor knows. */
export function headerMeaning(text: string): HeaderMeaning | null {
  const header = normaliseHeader(text);
  if (header === '') return null;
  if (header === 'no' || header === 'nomor' || header === 'no urut') return { kind: 'number' };
  if (['jadwal', 'jadwal pelaksanaan', 'waktu pelaksanaan', 'waktu', 'bulan pelaksanaan'].includes(header))
    return { kind: 'schedule' };
  const key = BY_SYNONYM.get(header);
  if (key) return { kind: 'column', key };
  const link = BY_LINK_SYNONYM.get(header);
  if (link) return { kind: 'link', key: link };
  const month = monthOfName(header);
  if (month !== null) return { kind: 'column', key: MONTH_KEYS[month] as MonthKey };
  const quarter = quarterOfName(header);
  if (quarter !== null) return { kind: 'quarter', quarter };
  return null;
}

/** Whether a pasted first line is a header row (most non-empty cells name known columns). */
export function looksLikeHeaderRow(cells: readonly string[]): boolean {
  const filled = cells.filter((c) => c.trim() !== '');
  if (filled.length === 0) return false;
  const known = filled.filter((c) => headerMeaning(c) !== null).length;
  return known >= Math.max(2, Math.ceil(filled.length * 0.6));
}
