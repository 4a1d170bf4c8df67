import type { ParsedJobInputOf } from '../../shared/api/schemas/jobs';
import { MEDIA_TYPES } from '../../shared/domain/files';
import type { ParsedInputOf } from '../../shared/api/contract';
import type { FormImportReport } from '../../shared/domain/progress-forms';
import { localDateIn } from '../../shared/domain/overdue';
import type { OfficeIdentity } from '../../shared/domain/settings';
import { MAX_FORM_BYTES } from '../../shared/api/schemas/progress-forms';
import type { HandlerContext } from '../api/context';
import { invalidField, notFound, refused } from '../api/errors';
import { officeZoneOf } from '../commitments/follow-up';
import { writeProgressUpdate } from '../commitments/progress';
import { repositoriesOf } from '../db/repositories';
import { readUpload, uploadBytes, type UploadRules } from '../spreadsheets/upload';
import { checkForm, type CheckedForm } from './form-check';
import { formSheets, type FormSheet } from './form-data';
import type { DataContext } from '../db/clock';
import { readForm } from './form-read';
import { formFileName } from './form-xlsx';

import { MAX_FORM_ROWS } from './layout';
import { formSigningOf } from './signing';

const FORM_RULES: UploadRules = {
  maxBytes: MAX_FORM_BYTES,
  maxRows: MAX_FORM_ROWS,
  keyPrefix: 'forms.import.',
  csv: false,
};

/** The forms to write (read in one transaction), and the file's name and type: one XLSX, or a ZIP. */
export function formsToMake(
  ctx: DataContext,
  input: ParsedJobInputOf<'progressForms'>,
): { forms: FormSheet[]; fileName: string; mediaType: string } {
  const repos = repositoriesOf(ctx);
  const now = ctx.now();
  if (input.institutionId && !repos.institutions.get(input.institutionId)) throw notFound('institution');
  const officeZone = officeZoneOf(repos);
  const forms = ctx.db.transaction(() =>
    formSheets(repos.openCommitments.rows(input.institutionId), {
      signing: formSigningOf(repos),
      officeName: repos.settings.get<OfficeIdentity>('office')?.officeName ?? 'Sirakor',
      officeZone,
      now,
    }),
  )();
  if (forms.length === 0) throw invalidField('institutionId', 'forms.noOpenCommitments');
  const single = forms.length === 1 && input.institutionId;
  return {
    forms,
    fileName: single
      ? formFileName(forms[0]?.institutionName ?? '')
      : `Formulir Progres Komitmen ${localDateIn(officeZone, now)}.zip`,
    mediaType: single ? MEDIA_TYPES.xlsx : MEDIA_TYPES.zip,
  };
}

function countsOf(checked: CheckedForm): FormImportReport['counts'] {
  const counts = { new: 0, unchanged: 0, empty: 0, error: 0, stale: 0 };
  for (const row of checked.rows) {
    counts[row.outcome]++;
    if (row.stale) counts.stale++;
  }
  return counts;
}

/**
 * Reads a returned form and reports, row by row, what it would change. `apply` writes the new
 * reports, each as a progress update of the commitment marked as reported by the institution
 * through its form, with the status it moves to, in one transaction; only for the file the user
 * previewed (`checkedSha256`), only when it has no problem, and, when commitments changed after
 * the form was made, only with `acceptStale`. The same report is never written twice.
 */
export async function importForm(
  ctx: HandlerContext,
  input: ParsedInputOf<'progressForms.import'>,
): Promise<FormImportReport> {
  const repos = repositoriesOf(ctx);
  const upload = uploadBytes(input.fileName, input.dataBase64, FORM_RULES);
  if (input.mode === 'apply' && input.checkedSha256 !== upload.sha256)
    throw invalidField('checkedSha256', 'forms.import.confirmFirst');
  const { sheets } = await readUpload(upload, FORM_RULES);
  const raw = readForm(sheets);
  if (!raw) throw invalidField('dataBase64', 'forms.import.notAForm');
  const check = (): CheckedForm =>
    checkForm(raw, {
      repos,
      signing: formSigningOf(repos),
      now: ctx.now(),
      officeZone: officeZoneOf(repos),
      recorded: (fingerprint) => repos.progress.hasFingerprint(fingerprint),
    });
  const report = (checked: CheckedForm, applied: number): FormImportReport => ({
    mode: input.mode,
    sha256: upload.sha256,
    institutionId: checked.institutionId,
    institutionName: checked.institutionName,
    formDate: checked.formDate,
    rows: checked.rows,
    problems: checked.problems,
    counts: countsOf(checked),
    applied,
  });
  if (input.mode === 'preview') return report(ctx.db.transaction(check)(), 0);

  // Checked again inside the transaction that writes: what is written is what was judged.
  let applied = 0;
  const checked = ctx.db.transaction(() => {
    const found = check();
    if (found.problems.length > 0 || found.writes.length === 0) return found;
    const stale = found.rows.filter((row) => row.outcome === 'new' && row.stale).length;
    if (stale > 0 && !input.acceptStale) throw refused('formStale', { count: stale });
    for (const write of found.writes) {
      writeProgressUpdate(
        repos,
        {
          commitmentId: write.commitmentId,
          reportedOn: write.reportedOn,
          note: write.note,
          percent: write.percent,
          statusAfter: write.status,
          reportedByPersonId: null,
          reportedByText: write.reporter,
          meetingId: null,
          evidence: [],
        },
        [],
        { source: 'form', reportedByInstitutionId: found.institutionId, fingerprint: write.fingerprint },
      );
      applied++;
    }
    return found;
  })();
  return report(checked, applied);
}
