import type { ParsedInputOf } from '../../../shared/api/contract';
import { MAX_DIRECTORY_FILE_BYTES } from '../../../shared/api/schemas/directory-files';
import type { DirectoryImportReport } from '../../../shared/domain/directory-import';
import type { InstitutionLevel } from '../../../shared/domain/directory';
import type { OfficeIdentity } from '../../../shared/domain/settings';
import { foldForSearch } from '../../../shared/text/fold';
import { invalidField } from '../../api/errors';
import type { DataContext } from '../../db/clock';
import { repositoriesOf, type Repositories } from '../../db/repositories';
import { createPerson } from '../people';
import { readUpload, uploadBytes, type UploadRules } from '../../spreadsheets/upload';
import { checkDirectory, type DirectoryPlan } from './check';
import { readDirectoryBook } from './read';

const RULES: UploadRules = {
  maxBytes: MAX_DIRECTORY_FILE_BYTES,
  maxRows: 20_000,
  keyPrefix: 'directoryImport.',
  csv: true,
};

function lookups(repos: Repositories) {
  const institutionsByName = new Map<string, { id: string; name: string; origin: string | null }>();
  for (const row of repos.directorySheets.institutionNames()) {
    for (const key of [row.name, row.short_name ?? ''].map(foldForSearch).filter(Boolean))
      if (!institutionsByName.has(key)) institutionsByName.set(key, { id: row.id, name: row.name, origin: row.origin });
  }
  const peopleByNamePosition = new Map<string, { name: string; origin: string | null }>();
  for (const row of repos.directorySheets.peopleNames())
    peopleByNamePosition.set(`${foldForSearch(row.name)}|${foldForSearch(row.position ?? '')}`, {
      name: row.name,
      origin: row.origin,
    });
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
function writePlan(repos: Repositories, plan: DirectoryPlan): { institutions: number; people: number } {
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
  ctx: DataContext,
  input: ParsedInputOf<'directory.importXlsx'>,
): Promise<DirectoryImportReport> {
  const upload = uploadBytes(input.fileName, input.dataBase64, RULES);
  if (input.mode === 'import' && input.checkedSha256 !== upload.sha256)
    throw invalidField('checkedSha256', 'directoryImport.confirmFirst');
  const { sheets, problem } = await readUpload(upload, RULES);
  const book = readDirectoryBook(sheets);
  const repos = repositoriesOf(ctx);
  const defaultLevel: InstitutionLevel = repos.settings.get<OfficeIdentity>('office')?.level ?? 'kecamatan';
  const run = (): { plan: DirectoryPlan; imported: { institutions: number; people: number } } => {
    const plan = checkDirectory(book, repos, { defaultLevel, ...lookups(repos) });
    if (problem) plan.problems.unshift(problem);
    if (!problem && book.institutions.length === 0 && book.people.length === 0)
      plan.problems.push({ row: null, column: null, key: 'directoryImport.noSheet', params: {} });
    const write = input.mode === 'import' && plan.problems.length === 0;
    return { plan, imported: write ? writePlan(repos, plan) : { institutions: 0, people: 0 } };
  };
  // Checked again inside the transaction that writes: what is written is what was judged.
  const { plan, imported } = ctx.db.transaction(run)();
  return {
    mode: input.mode,
    sha256: upload.sha256,
    rows: plan.rows,
    problems: plan.problems,
    counts: countsOf(plan),
    imported,
  };
}
