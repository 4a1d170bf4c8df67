import type { ParsedInputOf } from '../../shared/api/contract';
import { AppError } from '../../shared/api/result';
import { MAX_DIRECTORY_FILE_BYTES } from '../../shared/api/schemas/directory-files';
import type { DirectoryImportReport } from '../../shared/domain/directory-import';
import type { InstitutionLevel } from '../../shared/domain/directory';
import type { OfficeIdentity } from '../../shared/domain/settings';
import { foldForSearch } from '../../shared/text/fold';
import { createPerson } from '../api/handlers/people';
import type { Db } from '../db/connection';
import { repositoriesOf } from '../db/repositories';
import { readUpload, uploadBytes, type UploadRules } from '../spreadsheets/upload';
import { checkDirectory, type DirectoryPlan } from './check';
import { readDirectoryBook } from './read';

const RULES: UploadRules = {
  maxBytes: MAX_DIRECTORY_FILE_BYTES,
  maxRows: 20_000,
  keyPrefix: 'directoryImport.',
  csv: true,
};

function refused(path: string, key: string): AppError {
  return new AppError('VALIDATION', 'error.validation', undefined, [{ path, key }]);
}

function lookups(db: Db) {
  const institutionsByName = new Map<string, { id: string; name: string }>();
  for (const row of db
    .prepare<[], { id: string; name: string; short_name: string | null }>(
      'SELECT id, name, short_name FROM institutions WHERE deleted_at IS NULL ORDER BY created_at',
    )
    .all()) {
    for (const key of [row.name, row.short_name ?? ''].map(foldForSearch).filter(Boolean))
      if (!institutionsByName.has(key)) institutionsByName.set(key, { id: row.id, name: row.name });
  }
  const peopleByNamePosition = new Map<string, string>();
  for (const row of db
    .prepare<[], { name: string; position: string | null }>(
      'SELECT name, position FROM people WHERE deleted_at IS NULL',
    )
    .all())
    peopleByNamePosition.set(`${foldForSearch(row.name)}|${foldForSearch(row.position ?? '')}`, row.name);
  return { institutionsByName, peopleByNamePosition };
}

function countsOf(plan: DirectoryPlan): DirectoryImportReport['counts'] {
  const count = (kind: 'institution' | 'person', outcome: 'new' | 'duplicate') =>
    plan.rows.filter((r) => r.kind === kind && r.outcome === outcome).length;
  return {
    institutions: { new: count('institution', 'new'), duplicate: count('institution', 'duplicate') },
    people: { new: count('person', 'new'), duplicate: count('person', 'duplicate') },
    errors: plan.problems.length,
  };
}

/** Writes the plan: institutions first, then the people, pointed at their institution (a new one too). */
function writePlan(db: Db, plan: DirectoryPlan): { institutions: number; people: number } {
  const repos = repositoriesOf(db);
  const created = new Map<string, string>();
  for (const fields of plan.institutions) {
    const { id } = repos.institutions.create(fields);
    for (const name of [fields.name, fields.shortName ?? '']) if (name) created.set(foldForSearch(name), id);
  }
  for (const { newInstitution, ...fields } of plan.people) {
    const institutionId = fields.institutionId ?? (newInstitution ? (created.get(newInstitution) ?? null) : null);
    createPerson(repos, { ...fields, institutionId });
  }
  return { institutions: plan.institutions.length, people: plan.people.length };
}

/**
 * `check` reads the file and reports every row; `import` writes every new institution and person
 * in one transaction, only for the file whose check the user saw and only when it has no problem.
 */
export async function importDirectory(
  db: Db,
  input: ParsedInputOf<'directory.importXlsx'>,
): Promise<DirectoryImportReport> {
  const upload = uploadBytes(input.fileName, input.dataBase64, RULES);
  if (input.mode === 'import' && input.checkedSha256 !== upload.sha256)
    throw refused('checkedSha256', 'directoryImport.confirmFirst');
  const { sheets, problem } = await readUpload(upload, RULES);
  const book = readDirectoryBook(sheets);
  const repos = repositoriesOf(db);
  const defaultLevel: InstitutionLevel = repos.settings.get<OfficeIdentity>('office')?.level ?? 'kecamatan';
  const run = (): { plan: DirectoryPlan; imported: { institutions: number; people: number } } => {
    const plan = checkDirectory(book, repos, { defaultLevel, ...lookups(db) });
    if (problem) plan.problems.unshift(problem);
    if (!problem && book.institutions.length === 0 && book.people.length === 0)
      plan.problems.push({ row: null, column: null, key: 'directoryImport.noSheet', params: {} });
    const write = input.mode === 'import' && plan.problems.length === 0;
    return { plan, imported: write ? writePlan(db, plan) : { institutions: 0, people: 0 } };
  };
  // Checked again inside the transaction that writes: what is written is what was judged.
  const { plan, imported } = db.transaction(run)();
  return {
    mode: input.mode,
    sha256: upload.sha256,
    rows: plan.rows,
    problems: plan.problems,
    counts: countsOf(plan),
    imported,
  };
}
