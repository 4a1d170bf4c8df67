import type { Page } from 'playwright-core';
import { en } from '../../../renderer/i18n/locales/en';
import { id } from '../../../renderer/i18n/locales/id';
import { api } from './api';
import { outreachData, type OutreachFiles, type PickedFile } from './outreach-data';
import type { RunningPreview } from './preview-host';

export type Locale = typeof id;
export const LOCALES = { id, en: en as Locale } as const;
export type Language = keyof typeof LOCALES;

/** One screen of the app, reached by its address, with the demo dataset loaded. */
export interface Screen {
  name: string;
  path: string;
}

/** A dialog or drawer, opened from a screen the way a user opens it (with files picked from `files`). */
export interface Dialog {
  screen: string;
  name: string;
  open: (page: Page, L: Locale, files: OutreachFiles) => Promise<void>;
}

/**
 * Every screen of the shell, addressed through the demo's own records (both meetings, the plan),
 * with what the demo lacks for issue 12's screens made through the API first (letters in the
 * register, files of the follow-up Rakor).
 */
export async function demoScreens(preview: RunningPreview): Promise<Screen[]> {
  await outreachData(preview);
  const status = await api(preview, 'demo.status', {});
  const [seed = '', followUp = ''] = status.meetingIds;
  const plan = (await api(preview, 'plans.list', {})).items[0]?.id ?? '';
  return [
    { name: 'home', path: '/' },
    { name: 'meetings', path: '/rapat' },
    { name: 'meeting-prepare', path: `/rapat/${followUp}/persiapan` },
    { name: 'meeting-conduct', path: `/rapat/${followUp}/pelaksanaan` },
    { name: 'meeting-approve', path: `/rapat/${followUp}/pengesahan` },
    { name: 'meeting-approved', path: `/rapat/${seed}/persiapan` },
    { name: 'meeting-approved-approval', path: `/rapat/${seed}/pengesahan` },
    { name: 'commitments', path: '/komitmen' },
    { name: 'plans', path: '/rencana-aksi' },
    { name: 'plan-grid', path: `/rencana-aksi/${plan}/tabel` },
    { name: 'plan-coverage', path: `/rencana-aksi/${plan}/cakupan` },
    { name: 'catalogue-interventions', path: '/rencana-aksi/katalog/intervensi' },
    { name: 'catalogue-actions', path: '/rencana-aksi/katalog/aksi-konvergensi' },
    { name: 'catalogue-sources', path: '/rencana-aksi/katalog/sumber-dana' },
    { name: 'directory', path: '/direktori' },
    { name: 'letters', path: '/surat-keluar' },
    { name: 'exchange', path: '/pertukaran' },
    { name: 'settings', path: '/pengaturan' },
    { name: 'privacy', path: '/pengaturan/data-pribadi' },
    { name: 'backups', path: '/pengaturan/cadangan' },
  ];
}

const button = (page: Page, name: string | RegExp) =>
  page
    .getByRole('button', { name, exact: typeof name === 'string' })
    .first()
    .click();

/** Picks `option` in the select labelled `label` (a dialog's document choice). */
async function choose(page: Page, label: string, option: string): Promise<void> {
  await page
    .getByRole('dialog')
    .getByRole('textbox', { name: label })
    .or(page.getByRole('dialog').getByRole('combobox', { name: label }))
    .first()
    .click();
  await page.getByRole('option', { name: option, exact: true }).click();
}

/** Opens an import dialog, gives it `file` and asks for its preview, which shows in `shown`. */
async function previewImport(
  page: Page,
  opener: string,
  dialogId: string,
  file: PickedFile,
  check: string,
  shown: string,
): Promise<void> {
  await button(page, opener);
  const dialog = page.getByTestId(dialogId);
  await dialog.locator('input[type="file"]').setInputFiles(file);
  await dialog.getByRole('button', { name: check }).click();
  await dialog.getByTestId(shown).waitFor();
}

/** Each kind of dialog and drawer of the app, once. */
export const DIALOGS: Dialog[] = [
  { screen: 'home', name: 'search', open: (page, L) => button(page, new RegExp(`^${L.search.button}`)) },
  { screen: 'home', name: 'semester-report', open: (page, L) => button(page, L.semesterReport.open) },
  { screen: 'meetings', name: 'new-meeting', open: (page, L) => button(page, L.meetings.new) },
  { screen: 'meeting-prepare', name: 'edit-details', open: (page, L) => button(page, L.workspace.editDetails) },
  { screen: 'meeting-prepare', name: 'agenda-item', open: (page, L) => button(page, L.agenda.add) },
  { screen: 'meeting-prepare', name: 'new-person', open: (page, L) => button(page, L.participants.newPerson) },
  { screen: 'meeting-prepare', name: 'print-export', open: (page, L) => button(page, L.documents.open) },
  {
    screen: 'meeting-prepare',
    name: 'print-undangan-number',
    open: async (page, L) => {
      await button(page, L.documents.open);
      await choose(page, L.documents.document, L.documents.kinds.undangan);
      await page.getByTestId('invitation-number').getByText(L.letters.invitationNumber).waitFor();
    },
  },
  { screen: 'meeting-prepare', name: 'whatsapp-invitation', open: (page, L) => button(page, L.messages.button) },
  { screen: 'meeting-conduct', name: 'commitment', open: (page, L) => button(page, L.commitmentsUi.add) },
  { screen: 'meeting-approved', name: 'whatsapp-summary', open: (page, L) => button(page, L.messages.button) },
  {
    screen: 'meeting-approved',
    name: 'print-berita-acara',
    open: async (page, L) => {
      await button(page, L.documents.open);
      await choose(page, L.documents.document, L.agreementDoc.kind);
      await page.getByTestId('agreement-fields').getByRole('textbox', { name: L.agreementDoc.opening }).waitFor();
    },
  },
  { screen: 'meeting-approved-approval', name: 'unlock', open: (page, L) => button(page, L.approval.unlock) },
  {
    screen: 'commitments',
    name: 'commitment-drawer',
    open: async (page) => {
      await page.getByTestId('ledger-scroller').getByRole('row').first().click();
    },
  },
  { screen: 'commitments', name: 'ledger-report', open: (page, L) => button(page, L.ledger.report) },
  { screen: 'commitments', name: 'semester-report', open: (page, L) => button(page, L.semesterReport.open) },
  { screen: 'commitments', name: 'reminders', open: (page, L) => button(page, L.messages.remindersButton) },
  { screen: 'commitments', name: 'progress-forms', open: (page, L) => button(page, L.forms.button) },
  {
    screen: 'commitments',
    name: 'progress-form-preview',
    open: (page, L, files) =>
      previewImport(page, L.forms.button, 'progress-forms', files.progressForm, L.forms.preview, 'form-report'),
  },
  {
    // Last of the ledger's: the institution filter stays set while the page lives.
    screen: 'commitments',
    name: 'institution-reminders',
    open: async (page, L, files) => {
      await page.getByRole('main').getByRole('combobox', { name: L.ledger.institution }).first().click();
      await page.getByRole('option', { name: files.institution }).first().click();
      await button(page, L.messages.remindersButton);
      await page.getByTestId('reminders').getByTestId('message-text').waitFor();
    },
  },
  { screen: 'plans', name: 'new-plan', open: (page, L) => button(page, L.plans.new) },
  {
    screen: 'plan-grid',
    name: 'row-drawer',
    open: async (page) => {
      await page.getByRole('rowgroup').getByRole('button').first().click();
    },
  },
  { screen: 'plan-grid', name: 'plan-print', open: (page, L) => button(page, L.documents.open) },
  {
    screen: 'plan-coverage',
    name: 'coverage-cell',
    open: async (page) => {
      await page.getByTestId('coverage-summary').waitFor();
      await page.locator('[data-testid^="coverage-cell"], table button').first().click();
    },
  },
  {
    screen: 'catalogue-interventions',
    name: 'intervention',
    open: (page, L) => button(page, L.catalogue.interventions.new),
  },
  { screen: 'catalogue-actions', name: 'convergence-action', open: (page, L) => button(page, L.catalogue.actions.new) },
  { screen: 'catalogue-sources', name: 'funding-source', open: (page, L) => button(page, L.catalogue.sources.new) },
  { screen: 'directory', name: 'institution', open: (page, L) => button(page, L.directory.newInstitution) },
  {
    screen: 'directory',
    name: 'delete-institution',
    open: (page, L) => button(page, new RegExp(`^${L.common.delete} `)),
  },
  {
    screen: 'directory',
    name: 'person',
    open: async (page, L) => {
      await page.getByRole('tab', { name: L.directory.people }).click();
      await button(page, L.directory.newPerson);
    },
  },
  { screen: 'directory', name: 'directory-import', open: (page, L) => button(page, L.directoryImport.importButton) },
  {
    screen: 'directory',
    name: 'directory-import-preview',
    open: (page, L, files) =>
      previewImport(
        page,
        L.directoryImport.importButton,
        'directory-import',
        files.directory,
        L.directoryImport.check,
        'directory-import-summary',
      ),
  },
  { screen: 'directory', name: 'directory-export', open: (page, L) => button(page, L.directoryImport.exportButton) },
  { screen: 'letters', name: 'letter-issue', open: (page, L) => button(page, L.letters.issue) },
  {
    screen: 'letters',
    name: 'letter-record',
    open: async (page, L, files) => {
      await button(page, L.letters.record);
      // A number the register already holds: the field says whose it is.
      await page.getByRole('textbox', { name: L.letters.number }).fill(files.registeredNumber);
      await page.getByTestId('letter-entry').locator('[aria-invalid="true"]').waitFor();
    },
  },
  { screen: 'letters', name: 'letter-void', open: (page, L) => button(page, new RegExp(`^${L.letters.voidAction} `)) },
  { screen: 'settings', name: 'demo-remove', open: (page, L) => button(page, L.demo.remove) },
  { screen: 'privacy', name: 'erase', open: (page, L) => button(page, new RegExp(`^${L.privacy.erase}`)) },
];

/** Opens a dialog from its screen and waits until it has drawn. */
export async function openDialog(
  page: Page,
  preview: RunningPreview,
  screen: Screen,
  dialog: Dialog,
  L: Locale,
  files: OutreachFiles,
): Promise<void> {
  await openScreen(page, preview, screen);
  await dialog.open(page, L, files);
  await page.getByRole('dialog').last().waitFor();
  await page.waitForTimeout(300);
}

/** Esc, and when the dialog holds a file or typed value, "drop the changes" as well. */
export async function closeDialog(page: Page, L: Locale): Promise<void> {
  await page.keyboard.press('Escape');
  await page.waitForTimeout(150);
  const discard = page.getByRole('button', { name: L.formGuard.discard });
  if (await discard.isVisible()) await discard.click();
}

/** The shell's address of a screen, for a page already opened on the preview's URL (which holds the token). */
export function screenUrl(preview: RunningPreview, screen: Screen): string {
  return `${preview.url}#${screen.path}`;
}

/**
 * Opens a screen and waits until it has drawn its data: its heading is there and no loader or
 * skeleton is left in the main area.
 */
export async function openScreen(page: Page, preview: RunningPreview, screen: Screen): Promise<void> {
  await page.goto(screenUrl(preview, screen));
  await page.locator('main h1, main h2').first().waitFor();
  await page.waitForFunction(
    () =>
      !document.querySelector(
        'main .mantine-Loader-root, main .mantine-Skeleton-root, main [aria-busy="true"], main .recharts-responsive-container:empty',
      ),
  );
  // Charts and virtual lists measure themselves once after the first paint.
  await page.waitForTimeout(250);
}

/** The language of the screens, switched as the user does it: stored in the settings. */
export async function setLanguage(preview: RunningPreview, language: Language): Promise<void> {
  await api(preview, 'settings.update', { language });
}

function stringsOf(value: unknown, out: string[]): void {
  if (typeof value === 'string') out.push(value);
  else if (Array.isArray(value)) for (const item of value) stringsOf(item, out);
  else if (value && typeof value === 'object') for (const item of Object.values(value)) stringsOf(item, out);
}

/**
 * Everything the office (here the demo) typed, and the catalogue's official names: text that
 * stays as written in either language. The dashboard's summary is left out on purpose: its
 * labels are the app's own words.
 */
export async function dataCorpus(preview: RunningPreview): Promise<string> {
  const files = await outreachData(preview);
  const status = await api(preview, 'demo.status', {});
  const plans = (await api(preview, 'plans.list', {})).items;
  const ledger = await api(preview, 'commitments.ledger', { limit: 200 } as never);
  const parts: unknown[] = [
    await api(preview, 'settings.get', {}),
    await api(preview, 'institutions.list', { limit: 200 }),
    await api(preview, 'people.list', { limit: 200 }),
    await api(preview, 'privacy.people', { limit: 200 } as never),
    await api(preview, 'interventions.list', {}),
    await api(preview, 'convergenceActions.list', {}),
    await api(preview, 'fundingSources.list', {}),
    ledger,
    ...(await Promise.all(status.meetingIds.map((id) => api(preview, 'meetings.workspace', { id })))),
    ...(await Promise.all(plans.map((plan) => api(preview, 'plans.get', { id: plan.id })))),
    ...(await Promise.all(ledger.items.map((item) => api(preview, 'commitments.detail', { id: item.id })))),
    // Issue 12: the register, the meetings' files, the messages' recipients and the files the imports are given.
    ...(await Promise.all(
      (await api(preview, 'letters.register', {})).years.map((year) => api(preview, 'letters.register', { year })),
    )),
    ...(await Promise.all(status.meetingIds.map((meetingId) => api(preview, 'meetingFiles.list', { meetingId })))),
    await api(preview, 'messages.reminders', {}),
    ...(await Promise.all(
      status.meetingIds.map((meetingId) => api(preview, 'messages.meeting', { meetingId, kind: 'invitation' })),
    )),
    files.typed,
  ];
  const out: string[] = [];
  stringsOf(parts, out);
  return out.join('\n');
}
