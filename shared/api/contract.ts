import type { z } from 'zod';
import type { Area, AreaWithPath } from '../domain/areas';
import type { Institution, Page, Person } from '../domain/directory';
import type { AgendaItem } from '../domain/agenda';
import type { Commitment } from '../domain/commitments';
import type {
  CarryOver,
  CommitmentDetail,
  DashboardSummary,
  LedgerItem,
  ProgressUpdate,
  SearchGroup,
  SearchOffice,
  SearchPage,
  SearchSimilar,
} from '../domain/follow-up';
import type { FileDownload } from '../domain/files';
import type { Meeting, MeetingListItem, MeetingWorkspace } from '../domain/meetings';
import type { Decision, MinutesEntry } from '../domain/minutes';
import type { Participant } from '../domain/participants';
import type { DocumentSetup } from '../domain/document-settings';
import type { ApprovalCheck } from '../documents/signature';
import type { Settings } from '../domain/settings';
import type { ExchangeIdentity } from '../domain/office-identity';
import type {
  ExchangeFolder,
  ExchangeHistoryEntry,
  ExportSummary,
  KnownOffice,
  PackageInspection,
} from '../domain/exchange';
import { exportInput, folderInput, historyInput, inspectInput, packageRef, trustInput } from './schemas/exchange';
import type { AppInfo } from '../domain/app';
import type {
  AppStatus,
  BackupCopyResult,
  BackupDownload,
  BackupInfo,
  RestoreReport,
  UploadProgress,
} from '../domain/backups';
import { backupChunkInput, backupDownloadInput, backupRef, backupUploadInput } from './schemas/backups';
import { areasChildrenInput, areasGetInput, areasSearchInput } from './schemas/areas';
import { byId, empty } from './schemas/common';
import {
  institutionCreateInput,
  institutionListInput,
  institutionUpdateInput,
  personCreateInput,
  personListInput,
  personUpdateInput,
} from './schemas/directory';
import { meetingCreateInput, meetingListInput, meetingUpdateInput } from './schemas/meetings';
import {
  agendaCreateInput,
  agendaMoveInput,
  agendaUpdateInput,
  attendanceInput,
  commitmentCreateInput,
  commitmentUpdateInput,
  decisionCreateInput,
  decisionUpdateInput,
  meetingApproveInput,
  meetingDuplicateInput,
  meetingStatusInput,
  meetingSummaryInput,
  meetingUnlockInput,
  minutesCreateInput,
  minutesUpdateInput,
  participantAddInput,
  participantToDirectoryInput,
  participantUpdateInput,
} from './schemas/meeting-workflow';
import {
  carryOverInput,
  commitmentStatusInput,
  dashboardInput,
  ledgerInput,
  progressUpdateInput,
  searchCountInput,
  searchInput,
  searchPageInput,
  searchSimilarInput,
} from './schemas/follow-up';
import { documentSettingsInput, logoInput, meetingDocumentInput } from './schemas/documents';
import { agreementDocumentInput, agreementWordingInput } from './schemas/documents';
import type { AgreementWordingSetup } from '../domain/agreement';
import { settingsUpdateInput } from './schemas/settings';
import type { JobInfo } from '../domain/jobs';
import { jobStartInput } from './schemas/jobs';
import type {
  ActionPlan,
  ConvergenceAction,
  FundingSource,
  Intervention,
  PlanCoverage,
  PlanDetail,
  PlanImportReport,
  PlanRowsChange,
} from '../domain/plans';
import {
  convergenceActionCreateInput,
  convergenceActionListInput,
  convergenceActionUpdateInput,
  fundingSourceCreateInput,
  fundingSourceListInput,
  fundingSourceUpdateInput,
  interventionCreateInput,
  interventionListInput,
  interventionUpdateInput,
  planCopyInput,
  planCoverageInput,
  planCreateInput,
  planImportInput,
  planListInput,
  planRowBatchInput,
  planRowCreateInput,
  planRowMoveInput,
  planRowUpdateInput,
  planUpdateInput,
} from './schemas/plans';
import type { DemoBlocker, DemoStatus } from '../domain/demo';
import { demoLoadInput, demoRemoveInput } from './schemas/demo';
import type { EraseResult, PrivacyPerson, PrivacySummary } from '../domain/privacy';
import { personEraseInput, privacyPeopleInput } from './schemas/privacy';
import type { FormImportReport } from '../domain/progress-forms';
import { progressFormImportInput } from './schemas/progress-forms';
import type { ComposedMessage, MessageTemplatesSetup } from '../domain/messages';
import { meetingMessageInput, messageTemplatesInput, remindersInput, whatsappLinkInput } from './schemas/messages';
import type { LetterEntry, LetterNumberingSetup, LetterRegister, NumberCheck } from '../domain/letters';
import {
  letterCheckInput,
  letterIssueInput,
  letterNumberingInput,
  letterRecordInput,
  letterRegisterFileInput,
  letterRegisterInput,
  letterVoidInput,
} from './schemas/letters';
import type { MeetingFile } from '../domain/meeting-files';
import { meetingFileUpdateInput, meetingFileUploadInput, meetingFilesInput } from './schemas/meeting-files';
import type { DirectoryImportReport } from '../domain/directory-import';
import { directoryImportInput } from './schemas/directory-files';
import type { OfficeSummary, PlanConsolidation } from '../domain/offices';
import { planConsolidationInput } from './schemas/offices';

import {
  ENTITIES,
  method,
  type ChangeEvent,
  type Entity,
  type EntityIds,
  type MethodSpec,
  type ReadSpec,
} from './changes';

export { ENTITIES, type ChangeEvent, type Entity, type EntityIds, type MethodSpec };

// Which records a read holds or a write touched, from its input or its answer (see changes.ts).
const meetingInput = (input: { id: string }): EntityIds => ({ meetings: [input.id] });
const meetingOutput = (_input: unknown, output: { id: string }): EntityIds => ({ meetings: [output.id] });
/** A part of a meeting (agenda item, participant, minutes entry, decision): its meeting. */
const partOfMeeting = (_input: unknown, output: { meetingId: string }): EntityIds => ({ meetings: [output.meetingId] });
const commitmentTouched = (_input: unknown, output: { id: string; meetingId: string | null }): EntityIds => ({
  commitments: [output.id],
  meetings: output.meetingId ? [output.meetingId] : [],
});
const planInput = (input: { id: string }): EntityIds => ({ plans: [input.id] });
const planOutput = (_input: unknown, output: { id: string }): EntityIds => ({ plans: [output.id] });
const planOfRows = (_input: unknown, output: { plan: { id: string } }): EntityIds => ({ plans: [output.plan.id] });
const letterOutput = (_input: unknown, output: { id: string }): EntityIds => ({ letters: [output.id] });
/** A letter of the register; an undangan's number is also its meeting's invitation number. */
const letterTouched = (_input: unknown, output: { id: string; meetingId: string | null }): EntityIds => ({
  letters: [output.id],
  ...(output.meetingId ? { meetings: [output.meetingId] } : {}),
});
/** The commitments a returned progress form reported on (none while it is only previewed). */
const formReportsTouched = (_input: unknown, output: FormImportReport): EntityIds => {
  const commitments =
    output.applied > 0
      ? output.rows.flatMap((row) => (row.commitmentId && row.outcome === 'new' ? [row.commitmentId] : []))
      : [];
  // Their meetings are not in the report: every meeting shown reloads after an apply.
  return output.applied > 0 ? { commitments } : { commitments, meetings: [] };
};

/** What the data folder's copies are about; a restore replaces everything (but the jobs). */
export const EVERYTHING = ENTITIES.filter((entity) => entity !== 'jobs');
/** What an exchange package carries and an import changes: every exchanged record. */
const EXCHANGED: readonly Entity[] = ['institutions', 'people', 'meetings', 'commitments', 'plans', 'catalogue'];
/** What documents about meetings print: the meeting, who was there, and the office's letterhead. */
const MEETING_DOCUMENT: readonly Entity[] = ['meetings', 'people', 'institutions', 'settings'];
/** The ledger's rows: a commitment with its institution, contact, meeting and plan row. */
const LEDGER: readonly Entity[] = ['commitments', 'meetings', 'institutions', 'people', 'plans'];

/**
 * The one description of every operation. The renderer's typed client and query layer and the
 * hosts' handler table are derived from it, so a method cannot exist on one side only. Reads
 * name what they read (the renderer refetches them when it changes), writes what they change.
 */
export const api = {
  'app.info': method(empty).reads([]).returns<AppInfo>(),

  'settings.get': method(empty).reads(['settings']).returns<Settings>(),
  'settings.update': method(settingsUpdateInput).changes(['settings']).returns<Settings>(),

  /** The office as other offices see it: id, name, level, area and kode verifikasi (issue 11). */
  'exchange.identity': method(empty).reads(['settings']).returns<ExchangeIdentity>(),
  /** New keys for an office whose key file cannot be used; the old file is kept aside. */
  'exchange.replaceKeys': method(empty).changes(['settings']).returns<ExchangeIdentity>(),
  /** The other offices were told the new code: the notice about it goes. */
  'exchange.acknowledgeKodeChange': method(empty).changes(['settings']).returns<ExchangeIdentity>(),
  // Kirim data / Terima data (issue 11). A package is made and applied by jobs (exchangeExport,
  // exchangeImport); a picked one is sent in parts (backups.uploadChunk), checked, and kept by the
  // host under a `ref` until it is imported or declined.
  /** The other offices known here, trusted ones first. */
  'exchange.offices': method(empty).reads(['exchange']).returns<KnownOffice[]>(),
  /** What a package would carry, before it is made: counts per kind, date range, files' size. */
  'exchange.exportSummary': method(exportInput)
    .reads(['exchange', ...EXCHANGED])
    .returns<ExportSummary>(),
  /** Checks a picked package whole: ready, needs-trust (compare the kode), key-changed, already-imported. */
  'exchange.inspect': method(inspectInput).changes([]).returns<PackageInspection>(),
  /** The user compared the sender's kode verifikasi by phone: the sender is trusted with these keys. */
  'exchange.trust': method(trustInput).changes(['exchange']).returns<PackageInspection>(),
  /** Batal on the trust step: logged, the package dropped. */
  'exchange.decline': method(packageRef).changes(['exchange']).returns<{ ref: string }>(),
  /** A kept package no longer wanted (only looked at, or already imported): dropped, nothing decided. */
  'exchange.discard': method(packageRef).changes([]).returns<{ ref: string }>(),
  /** The folder pertukaran and its packages (looked at twice, so a file being written is left alone). */
  'exchange.folder': method(empty).reads(['exchange', 'settings']).returns<ExchangeFolder>(),
  'exchange.setFolder': method(folderInput).changes(['settings', 'exchange']).returns<ExchangeFolder>(),
  'exchange.history': method(historyInput).reads(['exchange']).returns<ExchangeHistoryEntry[]>(),
  'exchange.historyEntry': method(byId).reads(['exchange']).returns<ExchangeHistoryEntry>(),

  'documents.setup': method(empty).reads(['settings', 'people']).returns<DocumentSetup>(),
  'documents.updateSetup': method(documentSettingsInput).changes(['settings']).returns<DocumentSetup>(),
  'documents.setLogo': method(logoInput).changes(['settings']).returns<DocumentSetup>(),
  'documents.removeLogo': method(empty).changes(['settings']).returns<DocumentSetup>(),
  'documents.meeting': method(meetingDocumentInput).reads(MEETING_DOCUMENT).returns<FileDownload>(),
  /** Berita acara kesepakatan of a meeting with commitments; its wording is the office's unless given. */
  'documents.agreement': method(agreementDocumentInput)
    .reads([...MEETING_DOCUMENT, 'commitments'])
    .returns<FileDownload>(),
  'documents.agreementWording': method(empty).reads(['settings']).returns<AgreementWordingSetup>(),
  'documents.setAgreementWording': method(agreementWordingInput).changes(['settings']).returns<AgreementWordingSetup>(),

  'areas.search': method(areasSearchInput).reads(['areas']).returns<AreaWithPath[]>(),
  'areas.children': method(areasChildrenInput).reads(['areas']).returns<Area[]>(),
  'areas.get': method(areasGetInput).reads(['areas']).returns<AreaWithPath>(),

  'institutions.list': method(institutionListInput).reads(['institutions']).returns<Page<Institution>>(),
  'institutions.get': method(byId)
    .reads(['institutions'], (input) => ({ institutions: [input.id] }))
    .returns<Institution>(),
  'institutions.create': method(institutionCreateInput).changes(['institutions']).returns<Institution>(),
  'institutions.update': method(institutionUpdateInput).changes(['institutions', 'people']).returns<Institution>(),
  'institutions.delete': method(byId).changes(['institutions', 'people']).returns<{ id: string }>(),

  'people.list': method(personListInput).reads(['people', 'institutions']).returns<Page<Person>>(),
  'people.get': method(byId)
    .reads(['people', 'institutions'], (input) => ({ people: [input.id] }))
    .returns<Person>(),
  'people.create': method(personCreateInput).changes(['people']).returns<Person>(),
  'people.update': method(personUpdateInput).changes(['people', 'meetings']).returns<Person>(),
  'people.delete': method(byId).changes(['people', 'meetings']).returns<{ id: string }>(),
  // Personal data (UU 27/2022): what is held, and erasing a person while their meeting records stay.
  // people.erase also works on people already deleted from the directory, and on approved meetings.
  'people.erase': method(personEraseInput).changes(['people', 'meetings', 'commitments']).returns<EraseResult>(),
  'privacy.summary': method(empty).reads(['people', 'meetings']).returns<PrivacySummary>(),
  'privacy.people': method(privacyPeopleInput)
    .reads(['people', 'meetings', 'institutions'])
    .returns<Page<PrivacyPerson>>(),

  'meetings.list': method(meetingListInput).reads(['meetings', 'people']).returns<Page<MeetingListItem>>(),
  'meetings.get': method(byId).reads(['meetings'], meetingInput).returns<Meeting>(),
  'meetings.create': method(meetingCreateInput).changes(['meetings']).returns<Meeting>(meetingOutput),
  'meetings.update': method(meetingUpdateInput).changes(['meetings']).returns<Meeting>(meetingOutput),
  'meetings.delete': method(byId).changes(['meetings', 'commitments']).returns<{ id: string }>(meetingInput),
  'meetings.workspace': method(byId)
    .reads(['meetings', 'people', 'institutions'], meetingInput)
    .returns<MeetingWorkspace>(),
  'meetings.setStatus': method(meetingStatusInput).changes(['meetings']).returns<Meeting>(meetingOutput),
  /** Before approval: signers of the minutes whose pangkat or NIP the directory lacks. */
  'meetings.approvalCheck': method(byId)
    .reads(['meetings', 'people', 'institutions'], meetingInput)
    .returns<ApprovalCheck>(),
  'meetings.approve': method(meetingApproveInput).changes(['meetings', 'commitments']).returns<Meeting>(meetingOutput),
  'meetings.unlock': method(meetingUnlockInput).changes(['meetings', 'commitments']).returns<Meeting>(meetingOutput),
  'meetings.updateSummary': method(meetingSummaryInput).changes(['meetings']).returns<Meeting>(meetingOutput),
  'meetings.duplicate': method(meetingDuplicateInput).changes(['meetings']).returns<Meeting>(meetingOutput),

  // Every write below belongs to one meeting and is refused with LOCKED once it is approved.
  'agenda.create': method(agendaCreateInput).changes(['meetings']).returns<AgendaItem>(partOfMeeting),
  'agenda.update': method(agendaUpdateInput).changes(['meetings']).returns<AgendaItem>(partOfMeeting),
  'agenda.delete': method(byId).changes(['meetings', 'commitments']).returns<{ id: string }>(),
  'agenda.move': method(agendaMoveInput)
    .changes(['meetings'])
    .returns<AgendaItem[]>((_input, items) => ({ meetings: [...new Set(items.map((item) => item.meetingId))] })),

  'participants.add': method(participantAddInput).changes(['meetings', 'people']).returns<Participant>(partOfMeeting),
  'participants.update': method(participantUpdateInput).changes(['meetings']).returns<Participant>(partOfMeeting),
  'participants.remove': method(byId).changes(['meetings']).returns<{ id: string }>(),
  'participants.setAttendance': method(attendanceInput).changes(['meetings']).returns<Participant>(partOfMeeting),
  'participants.toDirectory': method(participantToDirectoryInput)
    .changes(['meetings', 'people'])
    .returns<Participant>(partOfMeeting),

  'minutes.create': method(minutesCreateInput).changes(['meetings']).returns<MinutesEntry>(partOfMeeting),
  'minutes.update': method(minutesUpdateInput).changes(['meetings']).returns<MinutesEntry>(partOfMeeting),
  'minutes.delete': method(byId).changes(['meetings']).returns<{ id: string }>(),

  'decisions.create': method(decisionCreateInput).changes(['meetings']).returns<Decision>(partOfMeeting),
  'decisions.update': method(decisionUpdateInput).changes(['meetings']).returns<Decision>(partOfMeeting),
  'decisions.delete': method(byId).changes(['meetings']).returns<{ id: string }>(),

  'commitments.create': method(commitmentCreateInput)
    .changes(['meetings', 'commitments'])
    .returns<Commitment>(commitmentTouched),
  'commitments.update': method(commitmentUpdateInput)
    .changes(['meetings', 'commitments'])
    .returns<Commitment>(commitmentTouched),
  'commitments.delete': method(byId).changes(['meetings', 'commitments']).returns<{ id: string }>(),

  // Follow-up: these move a commitment's status and progress even after its meeting is approved.
  'commitments.ledger': method(ledgerInput).reads(LEDGER).returns<Page<LedgerItem>>(),
  'commitments.detail': method(byId)
    .reads(['commitments', 'meetings', 'institutions', 'people'], (input) => ({ commitments: [input.id] }))
    .returns<CommitmentDetail>(),
  'commitments.setStatus': method(commitmentStatusInput)
    .changes(['commitments', 'meetings'])
    .returns<Commitment>(commitmentTouched),
  // The update may be reported during another meeting than the commitment's: every meeting may show it.
  'commitments.addUpdate': method(progressUpdateInput)
    .changes(['commitments', 'meetings'])
    .returns<ProgressUpdate>((_input, update) => ({ commitments: [update.commitmentId] })),
  'commitments.carryOver': method(carryOverInput).reads(LEDGER).returns<CarryOver>(),
  'evidence.download': method(byId).reads(['commitments']).returns<FileDownload>(),
  'dashboard.summary': method(dashboardInput)
    .reads(['commitments', 'meetings', 'institutions', 'people'])
    .returns<DashboardSummary>(),
  'search.query': method(searchInput)
    .reads(['meetings', 'commitments', 'people', 'institutions', 'plans'])
    .returns<SearchGroup[]>(),
  'search.count': method(searchCountInput)
    .reads(['meetings', 'commitments', 'people', 'institutions', 'plans'])
    .returns<number>(),
  'search.page': method(searchPageInput)
    .reads(['meetings', 'commitments', 'people', 'institutions', 'plans'])
    .returns<SearchPage>(),
  'search.similar': method(searchSimilarInput)
    .reads(['meetings', 'commitments', 'people', 'institutions', 'plans'])
    .returns<SearchSimilar>(),
  'search.offices': method(empty).reads(['meetings', 'people', 'plans', 'settings']).returns<SearchOffice[]>(),

  // Views across offices (issue 11): the offices whose records are held here, for the filters
  // (shown when there is more than one), and a year's action plans of all of them side by side.
  'offices.list': method(empty).reads(['settings', 'meetings', 'commitments', 'plans']).returns<OfficeSummary[]>(),
  'plans.consolidated': method(planConsolidationInput).reads(['plans', 'catalogue']).returns<PlanConsolidation>(),

  // Sample data around the seed Rakor, loaded beside the office's own records and marked;
  // removable exactly, unless the office's records use it (demo.blockers names them).
  'demo.status': method(empty).reads(['settings']).returns<DemoStatus>(),
  'demo.blockers': method(empty)
    .reads(['settings', 'institutions', 'people', 'meetings', 'commitments', 'plans', 'catalogue'])
    .returns<DemoBlocker[]>(),
  'demo.load': method(demoLoadInput)
    .changes(['settings', 'institutions', 'people', 'meetings', 'commitments', 'plans'])
    .returns<DemoStatus>(),
  'demo.remove': method(demoRemoveInput)
    .changes(['settings', 'institutions', 'people', 'meetings', 'commitments', 'plans'])
    .returns<DemoStatus>(),

  // Integrated action plans (issue 5). Rows of an adopted plan keep their planned content (LOCKED)
  // until the plan is set to `revising`; status, realisation, notes and commitment links stay open.
  'plans.list': method(planListInput).reads(['plans', 'meetings']).returns<Page<ActionPlan>>(),
  'plans.get': method(byId)
    .reads(['plans', 'institutions', 'commitments', 'catalogue'], planInput)
    .returns<PlanDetail>(),
  'plans.create': method(planCreateInput).changes(['plans']).returns<ActionPlan>(planOutput),
  'plans.update': method(planUpdateInput).changes(['plans']).returns<ActionPlan>(planOutput),
  'plans.delete': method(byId)
    .changes(['plans', 'commitments'])
    .returns<{ id: string }>((input) => ({ plans: [input.id] })),
  'plans.copyToYear': method(planCopyInput).changes(['plans']).returns<ActionPlan>(planOutput),
  'plans.coverage': method(planCoverageInput)
    .reads(['plans', 'catalogue'], (input) => ({ plans: [input.planId] }))
    .returns<PlanCoverage>(),
  'plans.importXlsx': method(planImportInput)
    .changes(['plans'])
    .returns<PlanImportReport>((input) => ({ plans: [input.planId] })),
  'planRows.create': method(planRowCreateInput).changes(['plans', 'commitments']).returns<PlanRowsChange>(planOfRows),
  'planRows.update': method(planRowUpdateInput).changes(['plans', 'commitments']).returns<PlanRowsChange>(planOfRows),
  'planRows.delete': method(byId).changes(['plans', 'commitments']).returns<PlanRowsChange>(planOfRows),
  'planRows.move': method(planRowMoveInput).changes(['plans']).returns<PlanRowsChange>(planOfRows),
  'planRows.applyBatch': method(planRowBatchInput)
    .changes(['plans', 'commitments'])
    .returns<PlanRowsChange>(planOfRows),
  // The catalogue: plans show the names of its entries, so its writes change plans too.
  'interventions.list': method(interventionListInput).reads(['catalogue']).returns<Intervention[]>(),
  'interventions.create': method(interventionCreateInput).changes(['catalogue', 'plans']).returns<Intervention>(),
  'interventions.update': method(interventionUpdateInput).changes(['catalogue', 'plans']).returns<Intervention>(),
  'interventions.delete': method(byId).changes(['catalogue', 'plans']).returns<{ id: string }>(),
  'convergenceActions.list': method(convergenceActionListInput).reads(['catalogue']).returns<ConvergenceAction[]>(),
  'convergenceActions.create': method(convergenceActionCreateInput)
    .changes(['catalogue', 'plans'])
    .returns<ConvergenceAction>(),
  'convergenceActions.update': method(convergenceActionUpdateInput)
    .changes(['catalogue', 'plans'])
    .returns<ConvergenceAction>(),
  'convergenceActions.delete': method(byId).changes(['catalogue', 'plans']).returns<{ id: string }>(),
  'fundingSources.list': method(fundingSourceListInput).reads(['catalogue']).returns<FundingSource[]>(),
  'fundingSources.create': method(fundingSourceCreateInput).changes(['catalogue', 'plans']).returns<FundingSource>(),
  'fundingSources.update': method(fundingSourceUpdateInput).changes(['catalogue', 'plans']).returns<FundingSource>(),
  'fundingSources.delete': method(byId).changes(['catalogue', 'plans']).returns<{ id: string }>(),

  // Data safety (issue 7). While the database is damaged (app.status says 'recovery') only
  // app.info, app.status, backups.list, backups.uploadChunk, backups.restore and
  // backups.restoreUpload answer; every other method answers IO error.recoveryMode. A restore
  // replaces everything: all entities change. Large files travel in parts (download, uploadChunk).
  'app.status': method(empty).reads([]).returns<AppStatus>(),
  // Jobs (issue 17): long work followed with progress, cancelled, collected from any screen.
  // Their progress is announced as changes of `jobs`; a finished job also announces what it changed.
  'jobs.start': method(jobStartInput).changes(['jobs']).returns<JobInfo>(),
  'jobs.list': method(empty).reads(['jobs']).returns<JobInfo[]>(),
  'jobs.cancel': method(byId).changes(['jobs']).returns<JobInfo>(),
  /** The file a finished job wrote, to save. */
  'jobs.file': method(byId).reads(['jobs']).returns<FileDownload>(),
  /** Forgets a finished job (its notice is closed) and removes its file. */
  'jobs.dismiss': method(byId).changes(['jobs']).returns<{ id: string }>(),

  'backups.list': method(empty).reads(['backups']).returns<BackupInfo[]>(),
  'backups.create': method(empty).changes(['backups']).returns<BackupInfo>(),
  'backups.download': method(backupDownloadInput).reads(['backups']).returns<BackupDownload>(),
  'backups.saveCopy': method(backupRef).reads(['backups']).returns<BackupCopyResult>(),
  'backups.delete': method(backupRef).changes(['backups']).returns<{ id: string }>(),
  // A part of an upload is kept aside until the restore: nothing a screen shows changes.
  'backups.uploadChunk': method(backupChunkInput).changes([]).returns<UploadProgress>(),
  'backups.restore': method(backupRef).changes(EVERYTHING).returns<RestoreReport>(),
  'backups.restoreUpload': method(backupUploadInput).changes(EVERYTHING).returns<RestoreReport>(),

  // Follow-up that reaches the institutions (issue 12). Progress forms: one institution's, or a
  // ZIP of every institution's with open commitments; a returned form is previewed, then applied.
  'progressForms.institutions': method(empty)
    .reads(['commitments', 'meetings', 'institutions'])
    .returns<{ id: string; name: string; open: number }[]>(),
  // A preview applies nothing: it announces no record.
  'progressForms.import': method(progressFormImportInput)
    .changes(['commitments', 'meetings'])
    .returns<FormImportReport>(formReportsTouched),
  // WhatsApp-ready texts: the office's wording, a meeting's invitation or (approved) summary, the
  // reminders of every institution with open commitments, and a wa.me link for a chosen recipient.
  'messages.templates': method(empty).reads(['settings']).returns<MessageTemplatesSetup>(),
  'messages.setTemplates': method(messageTemplatesInput).changes(['settings']).returns<MessageTemplatesSetup>(),
  'messages.meeting': method(meetingMessageInput)
    .reads([...MEETING_DOCUMENT, 'commitments'], (input) => ({ meetings: [input.meetingId] }))
    .returns<ComposedMessage>(),
  'messages.reminders': method(remindersInput)
    .reads([...LEDGER, 'settings'])
    .returns<ComposedMessage[]>(),
  'messages.whatsappLink': method(whatsappLinkInput).reads(['people', 'institutions']).returns<{ url: string }>(),
  // Letter numbers: the office's pattern, the buku agenda surat keluar, a number issued (an
  // undangan's becomes its meeting's invitation number) or typed by hand and recorded, voided.
  'letters.numbering': method(empty).reads(['settings', 'letters']).returns<LetterNumberingSetup>(),
  'letters.setNumbering': method(letterNumberingInput).changes(['settings', 'letters']).returns<LetterNumberingSetup>(),
  'letters.register': method(letterRegisterInput).reads(['letters', 'meetings']).returns<LetterRegister>(),
  'letters.issue': method(letterIssueInput).changes(['letters', 'meetings']).returns<LetterEntry>(letterTouched),
  'letters.record': method(letterRecordInput).changes(['letters', 'meetings']).returns<LetterEntry>(letterTouched),
  'letters.check': method(letterCheckInput).reads(['letters', 'meetings', 'settings']).returns<NumberCheck>(),
  'letters.void': method(letterVoidInput).changes(['letters']).returns<LetterEntry>(letterOutput),
  'letters.registerFile': method(letterRegisterFileInput)
    .reads(['letters', 'meetings', 'settings'])
    .returns<FileDownload>(),
  // Photos and materials of a meeting or of one of its agenda items; locked with the meeting.
  // Photos chosen for the annex print in the notulen's Lampiran dokumentasi.
  'meetingFiles.list': method(meetingFilesInput)
    .reads(['meetings'], (input) => ({ meetings: [input.meetingId] }))
    .returns<MeetingFile[]>(),
  'meetingFiles.upload': method(meetingFileUploadInput).changes(['meetings']).returns<MeetingFile>(partOfMeeting),
  'meetingFiles.update': method(meetingFileUpdateInput).changes(['meetings']).returns<MeetingFile>(partOfMeeting),
  'meetingFiles.delete': method(byId).changes(['meetings']).returns<{ id: string }>(),
  // A stored file's bytes never change (a new upload is a new file): its answer is never stale.
  'meetingFiles.download': method(byId).reads([]).returns<FileDownload>(),
  // The directory from Excel or CSV (checked, then imported whole or not at all) and to Excel.
  'directory.importXlsx': method(directoryImportInput)
    .changes(['institutions', 'people'])
    .returns<DirectoryImportReport>(),
} as const;

export type Api = typeof api;
export type MethodName = keyof Api;
/** What a caller sends (before defaults and trimming). */
export type InputOf<M extends MethodName> = z.input<Api[M]['input']>;
/** What a handler receives (validated, defaults applied). */
export type ParsedInputOf<M extends MethodName> = z.output<Api[M]['input']>;
export type OutputOf<M extends MethodName> = Api[M]['output'];

/** The methods that only read: the ones the renderer's query layer serves. */
export type ReadMethod = {
  [M in MethodName]: Api[M] extends ReadSpec<z.ZodType, unknown> ? M : never;
}[MethodName];

export const METHOD_NAMES = Object.keys(api) as MethodName[];

export function isMethodName(name: string): name is MethodName {
  return Object.prototype.hasOwnProperty.call(api, name);
}
