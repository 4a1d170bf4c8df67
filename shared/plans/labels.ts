import type {
  ConvergenceAction,
  ConvergenceScheme,
  InterventionKind,
  PlanRowStatus,
  PlanStatus,
} from '../domain/plans';
import { formatDateId } from '../format/dates';

/**
 * Indonesian names the host writes into what it produces (the XLSX export, the printed matrix)
 * and reads back on import; the renderer shows the same words through its locales.
 */
export const INTERVENTION_KIND_LABELS_ID: Record<InterventionKind, string> = {
  spesifik: 'Spesifik',
  sensitif: 'Sensitif',
  lainnya: 'Lainnya',
};

/** Group titles of the printed matrix. */
export const INTERVENTION_KIND_GROUPS_ID: Record<InterventionKind, string> = {
  spesifik: 'INTERVENSI SPESIFIK',
  sensitif: 'INTERVENSI SENSITIF',
  lainnya: 'LAINNYA',
};

export const PLAN_ROW_STATUS_LABELS_ID: Record<PlanRowStatus, string> = {
  planned: 'Direncanakan',
  in_progress: 'Berjalan',
  done: 'Selesai',
  cancelled: 'Dibatalkan',
};

export const PLAN_STATUS_LABELS_ID: Record<PlanStatus, string> = {
  draft: 'Draf',
  adopted: 'Ditetapkan',
  revising: 'Dalam perubahan',
};

/** Words accepted on import and paste besides the labels above (folded). */
export const ROW_STATUS_WORDS: Record<string, PlanRowStatus> = {
  direncanakan: 'planned',
  rencana: 'planned',
  'belum mulai': 'planned',
  'belum dilaksanakan': 'planned',
  planned: 'planned',
  berjalan: 'in_progress',
  'sedang berjalan': 'in_progress',
  proses: 'in_progress',
  'dalam proses': 'in_progress',
  'in progress': 'in_progress',
  selesai: 'done',
  terlaksana: 'done',
  done: 'done',
  dibatalkan: 'cancelled',
  batal: 'cancelled',
  cancelled: 'cancelled',
};

export const KIND_WORDS: Record<string, InterventionKind> = {
  spesifik: 'spesifik',
  'intervensi spesifik': 'spesifik',
  specific: 'spesifik',
  sensitif: 'sensitif',
  'intervensi sensitif': 'sensitif',
  sensitive: 'sensitif',
  lainnya: 'lainnya',
  'lain lain': 'lainnya',
  lain: 'lainnya',
  pendukung: 'lainnya',
  other: 'lainnya',
};

const CONVERGENCE_SCHEME_LABELS_ID: Record<ConvergenceScheme, string> = {
  aksi8: '8 Aksi Konvergensi',
  skema2025: 'Skema 2025',
};

/** `5. Rembuk Stunting (8 Aksi Konvergensi)`: a convergence action as the XLSX names it. */
export function convergenceActionLabel(action: Pick<ConvergenceAction, 'scheme' | 'number' | 'name'>): string {
  return `${action.number}. ${action.name} (${CONVERGENCE_SCHEME_LABELS_ID[action.scheme]})`;
}

/** What names a commitment in a file: what was promised, by whom, at the meeting of which day. */
export interface CommitmentRef {
  description: string;
  institutionName: string;
  /** The date of the meeting it was made in; null for a commitment without one. */
  meetingDate: string | null;
}

/**
 * `Memutakhirkan data KRS … — DPPKB Kabupaten Jeneponto, 17 Oktober 2025`: a linked commitment
 * as the XLSX names it, one per line, read back by the import.
 */
export function commitmentLabel(ref: CommitmentRef): string {
  const where = [ref.institutionName, ref.meetingDate ? formatDateId(ref.meetingDate) : null].filter(Boolean);
  return `${ref.description.replace(/\s*\n\s*/g, ' ')} — ${where.join(', ')}`;
}
