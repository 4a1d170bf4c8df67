import type { ErrorCode } from './result';

/**
 * The keys of refused calls: one convention for every domain (the messages are in
 * renderer/i18n/locales; tests/unit/i18n/i18n-keys.test.ts checks each key the host can send has one).
 *
 * - `error.validation` heads a refusal about input fields (VALIDATION, or CONFLICT when a value is
 *   already in use: a NIP, a catalogue code, a plan of that year). Every such field is named in
 *   `details` by its dotted `path`, with its own key: `validation.*`, or `planImport.file.*` for
 *   the file of a plan import. A screen places each on its field without knowing the keys.
 * - `error.notFound.<entity>` (NOT_FOUND): the record the call is about, or, with a `details`
 *   path, the record a field names.
 * - `error.<reason>` in REFUSALS below: a refusal about the state of the records (locked, in use,
 *   not in that status yet) or a file, not about anything typed in a field; no `details`.
 * - `planImport.*` are not refusals: the problems an import report or a paste lists, by row and
 *   column.
 */

export const NOT_FOUND_ENTITIES = [
  'area',
  'institution',
  'person',
  'meeting',
  'agendaItem',
  'participant',
  'minutesEntry',
  'decision',
  'commitment',
  'evidence',
  'plan',
  'planRow',
  'catalogueEntry',
  'backup',
  'upload',
  'letterEntry',
  'meetingFile',
] as const;
export type NotFoundEntity = (typeof NOT_FOUND_ENTITIES)[number];

export const notFoundKey = (entity: NotFoundEntity): string => `error.notFound.${entity}`;

/** Refusals about the state of the records or of a file: the code each travels under, and its key. */
export const REFUSALS = {
  meetingLocked: { code: 'LOCKED', key: 'error.meetingLocked' },
  statusTransition: { code: 'CONFLICT', key: 'error.statusTransition' },
  cannotApprove: { code: 'CONFLICT', key: 'error.cannotApprove' },
  cannotUnlock: { code: 'CONFLICT', key: 'error.cannotUnlock' },
  meetingAhead: { code: 'CONFLICT', key: 'error.meetingAhead' },
  summaryNeedsApproval: { code: 'CONFLICT', key: 'messages.summaryNeedsApproval' },
  formStale: { code: 'CONFLICT', key: 'forms.import.staleNotAccepted' },
  letterVoided: { code: 'CONFLICT', key: 'letters.alreadyVoided' },
  meetingFileMissing: { code: 'IO', key: 'meetingFiles.missing' },
  meetingFileDamaged: { code: 'IO', key: 'meetingFiles.damaged' },
  annexPhotoUnreadable: { code: 'IO', key: 'meetingFiles.annexPhotoUnreadable' },
  institutionHasPeople: { code: 'CONFLICT', key: 'error.institutionHasPeople' },
  personErased: { code: 'CONFLICT', key: 'error.personErased' },
  officeMissing: { code: 'CONFLICT', key: 'error.officeMissing' },
  demoLoaded: { code: 'CONFLICT', key: 'error.demoLoaded' },
  demoInUse: { code: 'CONFLICT', key: 'error.demoInUse' },
  demoInUseHidden: { code: 'CONFLICT', key: 'error.demoInUseHidden' },
  planAdopted: { code: 'LOCKED', key: 'error.planAdopted' },
  catalogueInUse: { code: 'CONFLICT', key: 'error.catalogueInUse' },
  catalogueHasChildren: { code: 'CONFLICT', key: 'error.catalogueHasChildren' },
  evidenceMissing: { code: 'IO', key: 'error.notFound.evidence' },
  evidenceDamaged: { code: 'IO', key: 'error.evidenceDamaged' },
  recoveryMode: { code: 'IO', key: 'error.recoveryMode' },
  // A record of another office (issue 11): read only here; `office` names its owner.
  foreignRecord: { code: 'READ_ONLY', key: 'ownership.foreignRecord' },
  // Backups and restores: the file chosen, or the upload in parts the screen sends by itself.
  backupUnavailable: { code: 'IO', key: 'error.backup.unavailable' },
  backupCopyFailed: { code: 'IO', key: 'error.backup.copyFailed' },
  backupFailed: { code: 'IO', key: 'error.backup.failed' },
  restoreFailed: { code: 'IO', key: 'error.backup.restoreFailed' },
  backupNotDatabase: { code: 'VALIDATION', key: 'error.backup.notDatabase' },
  backupNotSirakor: { code: 'VALIDATION', key: 'error.backup.notSirakor' },
  backupCorrupt: { code: 'VALIDATION', key: 'error.backup.corrupt' },
  backupNewerSchema: { code: 'VALIDATION', key: 'error.backup.newerSchema' },
  backupUnknownSchema: { code: 'VALIDATION', key: 'error.backup.unknownSchema' },
  backupFileTooLarge: { code: 'VALIDATION', key: 'error.backup.fileTooLarge' },
  uploadOffset: { code: 'CONFLICT', key: 'error.backup.uploadOffset' },
  // The office's identity for exchange (issue 11).
  officeIdentityUnavailable: { code: 'IO', key: 'error.officeIdentity.unavailable' },
  officeKeysUsable: { code: 'CONFLICT', key: 'error.officeIdentity.keysUsable' },
  // Exchange between offices (issue 11): a picked package no longer kept (imported, dropped, or
  // the app restarted a day later), an office not trusted here, a code that is not the package's.
  exchangePackageGone: { code: 'NOT_FOUND', key: 'exchangeData.error.packageGone' },
  exchangeOfficeUnknown: { code: 'NOT_FOUND', key: 'exchangeData.error.officeUnknown' },
  exchangeKodeMismatch: { code: 'CONFLICT', key: 'exchangeData.error.kodeMismatch' },
  exchangeNothingToTrust: { code: 'CONFLICT', key: 'exchangeData.error.nothingToTrust' },
  exchangeAlreadyImported: { code: 'CONFLICT', key: 'exchangeData.error.alreadyImported' },
  exchangeHistoryUnknown: { code: 'NOT_FOUND', key: 'exchangeData.error.historyUnknown' },
  exchangeOfficeNotSet: { code: 'CONFLICT', key: 'exchangeData.error.officeNotSet' },
  exchangeFolderUnavailable: { code: 'IO', key: 'exchangeData.error.folderUnavailable' },
  // The shared directory (issue 11): two copies of one institution or person.
  duplicateSame: { code: 'VALIDATION', key: 'sharedDirectory.error.same' },
  mergeForeign: { code: 'READ_ONLY', key: 'sharedDirectory.error.mergeForeign' },
  mergeReferencedElsewhere: { code: 'CONFLICT', key: 'sharedDirectory.error.referencedElsewhere' },
  notLinked: { code: 'CONFLICT', key: 'sharedDirectory.error.notLinked' },
  // Jobs (issue 17): a job the host no longer knows (dismissed, or the app restarted), a file not there.
  jobUnknown: { code: 'NOT_FOUND', key: 'jobs.error.unknown' },
  jobNoFile: { code: 'CONFLICT', key: 'jobs.error.noFile' },
} as const satisfies Record<string, { code: ErrorCode; key: string }>;
export type Refusal = keyof typeof REFUSALS;
