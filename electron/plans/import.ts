import type { ParsedInputOf } from '../../shared/api/contract';
import { MAX_PLAN_ROWS, type PlanImportReport } from '../../shared/domain/plans';
import { createResolver } from '../../shared/plans/resolve';
import { foldForSearch } from '../../shared/text/fold';
import type { Db } from '../db/connection';
import { planRepositoriesOf } from '../db/repositories/plans-repositories';
import { MAX_IMPORT_BYTES } from '../../shared/api/schemas/plans';
import { invalidField } from './errors';
import { commitmentRefs } from './links';
import { livePlan, writeRows } from './rows';
import { villageNamedInProvince, villagesUnder } from './villages';
import { readUpload, uploadBytes } from '../spreadsheets/upload';
import { parsePlanSheet, type ParsedImport } from './xlsx-import';

type Request = ParsedInputOf<'plans.importXlsx'>;

/**
 * `check` reads the file and reports every problem; `import` writes the rows only when there is
 * none; `validOnly` writes the rows without problems, and only for the file whose check the user
 * saw (`checkedSha256`). Writes are one transaction: all the rows, or none.
 */
export async function importPlanXlsx(db: Db, input: Request): Promise<PlanImportReport> {
  const repos = planRepositoriesOf(db);
  const plan = livePlan(repos, input.planId);
  const rules = { maxBytes: MAX_IMPORT_BYTES, maxRows: MAX_PLAN_ROWS, keyPrefix: 'planErrors.import.', csv: true };
  const upload = uploadBytes(input.fileName, input.dataBase64, rules);
  const { sha256 } = upload;
  if (input.mode === 'validOnly' && input.checkedSha256 !== sha256)
    throw invalidField('checkedSha256', 'planErrors.import.confirmFirst');
  const { sheets, problem } = await readUpload(upload, rules);
  const refused: ParsedImport | null = problem ? { sheet: null, problems: [problem], blocking: true, rows: [] } : null;

  const institutions = db
    .prepare<[], { id: string; name: string; short_name: string | null }>(
      'SELECT id, name, short_name FROM institutions WHERE deleted_at IS NULL',
    )
    .all()
    .map((i) => ({ id: i.id, name: i.name, shortName: i.short_name }));
  const resolver = createResolver({
    interventions: repos.catalogue.interventions.list({}),
    fundingSources: repos.catalogue.fundingSources.list(),
    villages: villagesUnder(db, plan.areaCode),
    institutions,
    villageElsewhere: (nameOrCode) =>
      /^\d/.test(nameOrCode)
        ? db.prepare('SELECT 1 FROM areas WHERE code = ?').get(nameOrCode) !== undefined
        : villageNamedInProvince(db, foldForSearch(nameOrCode), plan.areaCode),
    convergenceActions: repos.catalogue.convergenceActions.list(),
    commitments: commitmentRefs(db),
  });
  const existing = input.replaceRows ? 0 : plan.rowCount;
  const parsed = refused ?? parsePlanSheet(sheets, resolver, existing);
  const valid = parsed.rows.filter((r) => r.valid);
  const report: PlanImportReport = {
    mode: input.mode,
    sha256,
    sheet: parsed.sheet,
    rowsFound: parsed.rows.length,
    validRows: valid.length,
    problems: parsed.problems,
    clean: parsed.problems.length === 0,
    imported: 0,
  };
  const write = input.mode === 'import' ? report.clean : input.mode === 'validOnly' && !parsed.blocking;
  if (!write || valid.length === 0) return report;

  db.transaction(() => {
    const current = livePlan(repos, plan.id);
    writeRows(db, current, {
      deletes: input.replaceRows ? repos.planRows.order(plan.id).map((r) => ({ id: r.id, path: 'replaceRows' })) : [],
      upserts: valid.map((row) => ({ fields: row.fields, path: `rows.${row.sheetRow}.` })),
    });
  })();
  return { ...report, imported: valid.length };
}
