export const COMMITMENT_STATUSES = ['not_started', 'in_progress', 'done', 'cancelled'] as const;
export type CommitmentStatus = (typeof COMMITMENT_STATUSES)[number];

/**
 * The statuses in Indonesian, as the host writes them into what it makes itself (the ledger's
 * XLSX, the reports); the renderer's Indonesian `commitmentStatus.*` are these.
 */
export const COMMITMENT_STATUS_LABELS_ID: Record<CommitmentStatus, string> = {
  not_started: 'Belum mulai',
  in_progress: 'Berjalan',
  done: 'Selesai',
  cancelled: 'Dibatalkan',
};

/**
 * An institution's promise made in a meeting: what, by when, measured how. The same record is
 * followed up across meetings (ledger, progress updates); its wording is locked with the meeting.
 */
export interface Commitment {
  id: string;
  meetingId: string | null;
  agendaItemId: string | null;
  institutionId: string;
  institutionName: string;
  contactPersonId: string | null;
  contactPersonName: string | null;
  description: string;
  dueDate: string | null;
  indicator: string | null;
  target: string | null;
  status: CommitmentStatus;
  position: number;
  updatedAt: string;
}
