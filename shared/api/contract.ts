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
  SearchHit,
} from '../domain/follow-up';
import type { FileDownload } from '../domain/files';
import type { Meeting, MeetingListItem, MeetingWorkspace } from '../domain/meetings';
import type { Decision, MinutesEntry } from '../domain/minutes';
import type { Participant } from '../domain/participants';
import type { DocumentSetup } from '../domain/document-settings';
import type { ApprovalCheck } from '../documents/signature';
import type { Settings } from '../domain/settings';
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
  ledgerExportInput,
  ledgerInput,
  progressUpdateInput,
  searchInput,
} from './schemas/follow-up';
import { commitmentReportInput, documentSettingsInput, logoInput, meetingDocumentInput } from './schemas/documents';
import { agreementDocumentInput, agreementWordingInput, semesterReportInput } from './schemas/documents';
import type { AgreementWordingSetup } from '../domain/agreement';
import { settingsUpdateInput } from './schemas/settings';
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
  planDocumentInput,
  planExportInput,
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
import { progressFormImportInput, progressFormsInput } from './schemas/progress-forms';
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
import { directoryExportInput, directoryImportInput } from './schemas/directory-files';

/** What a write changed; stores listening to change events reload what they show of it. */
const ENTITIES = [
  'settings',
  'areas',
  'institutions',
  'people',
  'meetings',
  'commitments',
  'plans',
  'letters',
] as const;
export type Entity = (typeof ENTITIES)[number];

export interface ChangeEvent {
  entities: Entity[];
}

interface MethodSpec<I extends z.ZodType, O> {
  input: I;
  /** Entities announced as changed after the call succeeds; empty for reads. */
  changes: readonly Entity[];
  /** Phantom: carries the output type only. */
  output: O;
}

function method<I extends z.ZodType>(input: I, changes: readonly Entity[] = []) {
  return {
    returns<O>(): MethodSpec<I, O> {
      return { input, changes, output: undefined as O };
    },
  };
}

/**
 * The one description of every operation. The renderer's typed client and the hosts' handler
 * table are both derived from it, so a method cannot exist on one side only.
 */
export const api = {
  'app.info': method(empty).returns<AppInfo>(),

  'settings.get': method(empty).returns<Settings>(),
  'settings.update': method(settingsUpdateInput, ['settings']).returns<Settings>(),

  'documents.setup': method(empty).returns<DocumentSetup>(),
  'documents.updateSetup': method(documentSettingsInput, ['settings']).returns<DocumentSetup>(),
  'documents.setLogo': method(logoInput, ['settings']).returns<DocumentSetup>(),
  'documents.removeLogo': method(empty, ['settings']).returns<DocumentSetup>(),
  'documents.meeting': method(meetingDocumentInput).returns<FileDownload>(),
  /** Laporan tindak lanjut komitmen over the ledger's filters; at most 5,000 commitments. */
  'documents.commitments': method(commitmentReportInput).returns<FileDownload>(),
  /** Berita acara kesepakatan of a meeting with commitments; its wording is the office's unless given. */
  'documents.agreement': method(agreementDocumentInput).returns<FileDownload>(),
  'documents.agreementWording': method(empty).returns<AgreementWordingSetup>(),
  'documents.setAgreementWording': method(agreementWordingInput, ['settings']).returns<AgreementWordingSetup>(),
  /** Laporan semester for the Bupati: meetings, commitments, completion charts, plan realisation, overdue list. */
  'documents.semester': method(semesterReportInput).returns<FileDownload>(),

  'areas.search': method(areasSearchInput).returns<AreaWithPath[]>(),
  'areas.children': method(areasChildrenInput).returns<Area[]>(),
  'areas.get': method(areasGetInput).returns<AreaWithPath>(),

  'institutions.list': method(institutionListInput).returns<Page<Institution>>(),
  'institutions.get': method(byId).returns<Institution>(),
  'institutions.create': method(institutionCreateInput, ['institutions']).returns<Institution>(),
  'institutions.update': method(institutionUpdateInput, ['institutions', 'people']).returns<Institution>(),
  'institutions.delete': method(byId, ['institutions', 'people']).returns<{ id: string }>(),

  'people.list': method(personListInput).returns<Page<Person>>(),
  'people.get': method(byId).returns<Person>(),
  'people.create': method(personCreateInput, ['people']).returns<Person>(),
  'people.update': method(personUpdateInput, ['people', 'meetings']).returns<Person>(),
  'people.delete': method(byId, ['people', 'meetings']).returns<{ id: string }>(),
  // Personal data (UU 27/2022): what is held, and erasing a person while their meeting records stay.
  // people.erase also works on people already deleted from the directory, and on approved meetings.
  'people.erase': method(personEraseInput, ['people', 'meetings', 'commitments']).returns<EraseResult>(),
  'privacy.summary': method(empty).returns<PrivacySummary>(),
  'privacy.people': method(privacyPeopleInput).returns<Page<PrivacyPerson>>(),

  'meetings.list': method(meetingListInput).returns<Page<MeetingListItem>>(),
  'meetings.get': method(byId).returns<Meeting>(),
  'meetings.create': method(meetingCreateInput, ['meetings']).returns<Meeting>(),
  'meetings.update': method(meetingUpdateInput, ['meetings']).returns<Meeting>(),
  'meetings.delete': method(byId, ['meetings', 'commitments']).returns<{ id: string }>(),
  'meetings.workspace': method(byId).returns<MeetingWorkspace>(),
  'meetings.setStatus': method(meetingStatusInput, ['meetings']).returns<Meeting>(),
  /** Before approval: signers of the minutes whose pangkat or NIP the directory lacks. */
  'meetings.approvalCheck': method(byId).returns<ApprovalCheck>(),
  'meetings.approve': method(meetingApproveInput, ['meetings', 'commitments']).returns<Meeting>(),
  'meetings.unlock': method(meetingUnlockInput, ['meetings', 'commitments']).returns<Meeting>(),
  'meetings.updateSummary': method(meetingSummaryInput, ['meetings']).returns<Meeting>(),
  'meetings.duplicate': method(meetingDuplicateInput, ['meetings']).returns<Meeting>(),

  // Every write below belongs to one meeting and is refused with LOCKED once it is approved.
  'agenda.create': method(agendaCreateInput, ['meetings']).returns<AgendaItem>(),
  'agenda.update': method(agendaUpdateInput, ['meetings']).returns<AgendaItem>(),
  'agenda.delete': method(byId, ['meetings', 'commitments']).returns<{ id: string }>(),
  'agenda.move': method(agendaMoveInput, ['meetings']).returns<AgendaItem[]>(),

  'participants.add': method(participantAddInput, ['meetings', 'people']).returns<Participant>(),
  'participants.update': method(participantUpdateInput, ['meetings']).returns<Participant>(),
  'participants.remove': method(byId, ['meetings']).returns<{ id: string }>(),
  'participants.setAttendance': method(attendanceInput, ['meetings']).returns<Participant>(),
  'participants.toDirectory': method(participantToDirectoryInput, ['meetings', 'people']).returns<Participant>(),

  'minutes.create': method(minutesCreateInput, ['meetings']).returns<MinutesEntry>(),
  'minutes.update': method(minutesUpdateInput, ['meetings']).returns<MinutesEntry>(),
  'minutes.delete': method(byId, ['meetings']).returns<{ id: string }>(),

  'decisions.create': method(decisionCreateInput, ['meetings']).returns<Decision>(),
  'decisions.update': method(decisionUpdateInput, ['meetings']).returns<Decision>(),
  'decisions.delete': method(byId, ['meetings']).returns<{ id: string }>(),

  'commitments.create': method(commitmentCreateInput, ['meetings', 'commitments']).returns<Commitment>(),
  'commitments.update': method(commitmentUpdateInput, ['meetings', 'commitments']).returns<Commitment>(),
  'commitments.delete': method(byId, ['meetings', 'commitments']).returns<{ id: string }>(),

  // Follow-up: these move a commitment's status and progress even after its meeting is approved.
  'commitments.ledger': method(ledgerInput).returns<Page<LedgerItem>>(),
  'commitments.detail': method(byId).returns<CommitmentDetail>(),
  'commitments.setStatus': method(commitmentStatusInput, ['commitments', 'meetings']).returns<Commitment>(),
  'commitments.addUpdate': method(progressUpdateInput, ['commitments', 'meetings']).returns<ProgressUpdate>(),
  'commitments.carryOver': method(carryOverInput).returns<CarryOver>(),
  'commitments.exportXlsx': method(ledgerExportInput).returns<FileDownload>(),
  'evidence.download': method(byId).returns<FileDownload>(),
  'dashboard.summary': method(dashboardInput).returns<DashboardSummary>(),
  'search.query': method(searchInput).returns<SearchHit[]>(),

  // Sample data around the seed Rakor, loaded beside the office's own records and marked;
  // removable exactly, unless the office's records use it (demo.blockers names them).
  'demo.status': method(empty).returns<DemoStatus>(),
  'demo.blockers': method(empty).returns<DemoBlocker[]>(),
  'demo.load': method(demoLoadInput, [
    'settings',
    'institutions',
    'people',
    'meetings',
    'commitments',
    'plans',
  ]).returns<DemoStatus>(),
  'demo.remove': method(demoRemoveInput, [
    'settings',
    'institutions',
    'people',
    'meetings',
    'commitments',
    'plans',
  ]).returns<DemoStatus>(),

  // Integrated action plans (issue 5). Rows of an adopted plan keep their planned content (LOCKED)
  // until the plan is set to `revising`; status, realisation, notes and commitment links stay open.
  'plans.list': method(planListInput).returns<Page<ActionPlan>>(),
  'plans.get': method(byId).returns<PlanDetail>(),
  'plans.create': method(planCreateInput, ['plans']).returns<ActionPlan>(),
  'plans.update': method(planUpdateInput, ['plans']).returns<ActionPlan>(),
  'plans.delete': method(byId, ['plans', 'commitments']).returns<{ id: string }>(),
  'plans.copyToYear': method(planCopyInput, ['plans']).returns<ActionPlan>(),
  'plans.coverage': method(planCoverageInput).returns<PlanCoverage>(),
  'plans.exportXlsx': method(planExportInput).returns<FileDownload>(),
  'plans.importXlsx': method(planImportInput, ['plans']).returns<PlanImportReport>(),
  'planRows.create': method(planRowCreateInput, ['plans', 'commitments']).returns<PlanRowsChange>(),
  'planRows.update': method(planRowUpdateInput, ['plans', 'commitments']).returns<PlanRowsChange>(),
  'planRows.delete': method(byId, ['plans', 'commitments']).returns<PlanRowsChange>(),
  'planRows.move': method(planRowMoveInput, ['plans']).returns<PlanRowsChange>(),
  'planRows.applyBatch': method(planRowBatchInput, ['plans', 'commitments']).returns<PlanRowsChange>(),
  'interventions.list': method(interventionListInput).returns<Intervention[]>(),
  'interventions.create': method(interventionCreateInput, ['plans']).returns<Intervention>(),
  'interventions.update': method(interventionUpdateInput, ['plans']).returns<Intervention>(),
  'interventions.delete': method(byId, ['plans']).returns<{ id: string }>(),
  'convergenceActions.list': method(convergenceActionListInput).returns<ConvergenceAction[]>(),
  'convergenceActions.create': method(convergenceActionCreateInput, ['plans']).returns<ConvergenceAction>(),
  'convergenceActions.update': method(convergenceActionUpdateInput, ['plans']).returns<ConvergenceAction>(),
  'convergenceActions.delete': method(byId, ['plans']).returns<{ id: string }>(),
  'fundingSources.list': method(fundingSourceListInput).returns<FundingSource[]>(),
  'fundingSources.create': method(fundingSourceCreateInput, ['plans']).returns<FundingSource>(),
  'fundingSources.update': method(fundingSourceUpdateInput, ['plans']).returns<FundingSource>(),
  'fundingSources.delete': method(byId, ['plans']).returns<{ id: string }>(),
  'documents.plan': method(planDocumentInput).returns<FileDownload>(),

  // Data safety (issue 7). While the database is damaged (app.status says 'recovery') only
  // app.info, app.status, backups.list, backups.uploadChunk, backups.restore and
  // backups.restoreUpload answer; every other method answers IO error.recoveryMode. A restore
  // replaces everything: all entities change. Large files travel in parts (download, uploadChunk).
  'app.status': method(empty).returns<AppStatus>(),
  'backups.list': method(empty).returns<BackupInfo[]>(),
  'backups.create': method(empty).returns<BackupInfo>(),
  'backups.download': method(backupDownloadInput).returns<BackupDownload>(),
  'backups.saveCopy': method(backupRef).returns<BackupCopyResult>(),
  'backups.delete': method(backupRef).returns<{ id: string }>(),
  'backups.uploadChunk': method(backupChunkInput).returns<UploadProgress>(),
  'backups.restore': method(backupRef, ENTITIES).returns<RestoreReport>(),
  'backups.restoreUpload': method(backupUploadInput, ENTITIES).returns<RestoreReport>(),

  // Follow-up that reaches the institutions (issue 12). Progress forms: one institution's, or a
  // ZIP of every institution's with open commitments; a returned form is previewed, then applied.
  'progressForms.institutions': method(empty).returns<{ id: string; name: string; open: number }[]>(),
  'progressForms.generate': method(progressFormsInput).returns<FileDownload>(),
  'progressForms.import': method(progressFormImportInput, ['commitments', 'meetings']).returns<FormImportReport>(),
  // WhatsApp-ready texts: the office's wording, a meeting's invitation or (approved) summary, the
  // reminders of every institution with open commitments, and a wa.me link for a chosen recipient.
  'messages.templates': method(empty).returns<MessageTemplatesSetup>(),
  'messages.setTemplates': method(messageTemplatesInput, ['settings']).returns<MessageTemplatesSetup>(),
  'messages.meeting': method(meetingMessageInput).returns<ComposedMessage>(),
  'messages.reminders': method(remindersInput).returns<ComposedMessage[]>(),
  'messages.whatsappLink': method(whatsappLinkInput).returns<{ url: string }>(),
  // Letter numbers: the office's pattern, the buku agenda surat keluar, a number issued (an
  // undangan's becomes its meeting's invitation number) or typed by hand and recorded, voided.
  'letters.numbering': method(empty).returns<LetterNumberingSetup>(),
  'letters.setNumbering': method(letterNumberingInput, ['settings', 'letters']).returns<LetterNumberingSetup>(),
  'letters.register': method(letterRegisterInput).returns<LetterRegister>(),
  'letters.issue': method(letterIssueInput, ['letters', 'meetings']).returns<LetterEntry>(),
  'letters.record': method(letterRecordInput, ['letters', 'meetings']).returns<LetterEntry>(),
  'letters.check': method(letterCheckInput).returns<NumberCheck>(),
  'letters.void': method(letterVoidInput, ['letters']).returns<LetterEntry>(),
  'letters.registerFile': method(letterRegisterFileInput).returns<FileDownload>(),
  // Photos and materials of a meeting or of one of its agenda items; locked with the meeting.
  // Photos chosen for the annex print in the notulen's Lampiran dokumentasi.
  'meetingFiles.list': method(meetingFilesInput).returns<MeetingFile[]>(),
  'meetingFiles.upload': method(meetingFileUploadInput, ['meetings']).returns<MeetingFile>(),
  'meetingFiles.update': method(meetingFileUpdateInput, ['meetings']).returns<MeetingFile>(),
  'meetingFiles.delete': method(byId, ['meetings']).returns<{ id: string }>(),
  'meetingFiles.download': method(byId).returns<FileDownload>(),
  // The directory from Excel or CSV (checked, then imported whole or not at all) and to Excel.
  'directory.importXlsx': method(directoryImportInput, ['institutions', 'people']).returns<DirectoryImportReport>(),
  'directory.exportXlsx': method(directoryExportInput).returns<FileDownload>(),
} as const;

type Api = typeof api;
export type MethodName = keyof Api;
/** What a caller sends (before defaults and trimming). */
export type InputOf<M extends MethodName> = z.input<Api[M]['input']>;
/** What a handler receives (validated, defaults applied). */
export type ParsedInputOf<M extends MethodName> = z.output<Api[M]['input']>;
export type OutputOf<M extends MethodName> = Api[M]['output'];

export const METHOD_NAMES = Object.keys(api) as MethodName[];

export function isMethodName(name: string): name is MethodName {
  return Object.prototype.hasOwnProperty.call(api, name);
}
