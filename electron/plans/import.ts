import { createHash } from 'node:crypto';
import type { Worksheet } from 'exceljs';
import type { ParsedInputOf } from '../../shared/api/contract';
import type { PlanImportReport } from '../../shared/domain/plans';
import { createResolver } from '../../shared/plans/resolve';
import { foldForSearch } from '../../shared/text/fold';
import type { DataContext } from '../db/clock';
import { repositoriesOf } from '../db/repositories';
import { MAX_IMPORT_BYTES } from '../../shared/api/schemas/plans';
import { livePlan, writeRows } from './rows';
import { csvWorksheets, isCsvFileName } from './csv-import';
import { parsePlanSheet, type ParsedImport } from './xlsx-import';
import { MAX_UNPACKED_BYTES, unpacksWithin } from './zip-guard';
import { invalidField } from '../api/errors';

type Request = ParsedInputOf<'plans.importXlsx'>;

const ZIP_MAGIC = [0x50, 0x4b, 0x03, 0x04];

/**
 * The bytes of the upload: base64, at most 5 MB, a ZIP container (every XLSX is one), or text
 * when the file is named `.csv`.
 */
function bytesOf(input: Request): { bytes: Buffer; csv: boolean } {
  const bytes = Buffer.from(input.dataBase64, 'base64');
  if (bytes.length > MAX_IMPORT_BYTES)
    throw invalidField('dataBase64', 'planImport.file.fileTooLarge', { maxMb: MAX_IMPORT_BYTES / 1024 / 1024 });
  if (bytes.length === 0) throw invalidField('dataBase64', 'planImport.file.empty');
  const zip = ZIP_MAGIC.every((byte, i) => bytes[i] === byte);
  if (!zip && !isCsvFileName(input.fileName)) throw invalidField('dataBase64', 'planImport.file.notXlsx');
  if (zip && !unpacksWithin(bytes))
    throw invalidField('dataBase64', 'planImport.file.unpacksTooLarge', { maxMb: MAX_UNPACKED_BYTES / 1024 / 1024 });
  return { bytes, csv: !zip };
}

/**
 * `check` reads the file and reports every problem; `import` writes the rows only when there is
 * none; `validOnly` writes the rows without problems, and only for the file whose check the user
 * saw (`checkedSha256`). Writes are one transaction: all the rows, or none.
 */
export async function importPlanXlsx(ctx: DataContext, input: Request): Promise<PlanImportReport> {
  const repos = repositoriesOf(ctx);
  const plan = livePlan(repos, input.planId);
  const { bytes, csv } = bytesOf(input);
  const sha256 = createHash('sha256').update(bytes).digest('hex');
  if (input.mode === 'validOnly' && input.checkedSha256 !== sha256)
    throw invalidField('checkedSha256', 'planImport.file.confirmFirst');

  const { default: ExcelJS } = await import('exceljs');
  let sheets: Worksheet[];
  let refused: ParsedImport | null = null;
  if (csv) {
    const read = csvWorksheets(bytes, () => new ExcelJS.Workbook());
    if ('problem' in read) {
      refused = { sheet: null, problems: [read.problem], blocking: true, rows: [] };
      sheets = [];
    } else sheets = read.sheets;
  } else {
    const workbook = new ExcelJS.Workbook();
    try {
      await workbook.xlsx.load(bytes as unknown as ArrayBuffer);
    } catch {
      throw invalidField('dataBase64', 'planImport.file.notXlsx');
    }
    sheets = workbook.worksheets;
  }

  const resolver = createResolver({
    interventions: repos.catalogue.interventions.list({}),
    fundingSources: repos.catalogue.fundingSources.list(),
    villages: repos.villages.under(plan.areaCode),
    institutions: repos.institutions.names(),
    villageElsewhere: (nameOrCode) =>
      /^\d/.test(nameOrCode)
        ? repos.areas.exists(nameOrCode)
        : repos.villages.namedInProvince(foldForSearch(nameOrCode), plan.areaCode),
    convergenceActions: repos.catalogue.convergenceActions.list(),
    commitments: repos.commitmentRefs.of(),
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

  ctx.db.transaction(() => {
    const current = livePlan(repos, plan.id);
    writeRows(ctx, current, {
      deletes: input.replaceRows ? repos.planRows.order(plan.id).map((r) => ({ id: r.id, path: 'replaceRows' })) : [],
      upserts: valid.map((row) => ({ fields: row.fields, path: `rows.${row.sheetRow}.` })),
    });
  })();
  return { ...report, imported: valid.length };
}
