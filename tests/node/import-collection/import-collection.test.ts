import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Result } from '../../../shared/api/result';
import type { ActionPlan, PlanImportReport } from '../../../shared/domain/plans';
import { callerOf } from '../support/seed-rakor';
import { startTestCore } from '../support/temp';
import { controlFiles, malformedFiles, type MalformedFile } from './generate';
import { indonesianText } from '../support/indonesian';

/**
 * The malformed-file collection against plans.importXlsx in `import` mode: each file is refused
 * with Indonesian messages (naming the row where the problem has one), and the plan has exactly
 * the rows it had before: nothing partial. A valid XLSX and valid CSVs (`;` with a byte-order
 * mark, `,` without) import cleanly, so the refusals come from each file's own defect.
 */

type TestCore = Awaited<ReturnType<typeof startTestCore>>;

let core: TestCore;
let plan: ActionPlan;
let files: MalformedFile[];
let rejected = 0;

beforeAll(async () => {
  core = await startTestCore();
  const call = callerOf(core.dispatch);
  await call('institutions.create', { name: 'Puskesmas Tolo', sector: 'kesehatan', level: 'kecamatan' });
  plan = await call('plans.create', { areaCode: '73.04.05', year: 2026, title: 'Rencana Aksi Kelara 2026' });
  files = await malformedFiles();
}, 60_000);

afterAll(() => {
  console.log(`[import collection] ${rejected} of ${files.length} malformed files rejected, nothing imported from any`);
  core.close();
});

function importFile(fileName: string, bytes: Uint8Array, mode = 'import'): Promise<Result<unknown>> {
  return core.dispatch('plans.importXlsx', {
    planId: plan.id,
    fileName,
    dataBase64: Buffer.from(bytes).toString('base64'),
    mode,
  });
}

function planRowCount(): number {
  return (core.store.db.prepare('SELECT count(*) AS n FROM plan_rows').get() as { n: number }).n;
}

/** The messages a refusal shows: report problems, or the field messages of a refused call. */
function messagesOf(result: Result<unknown>): { text: string; row: number | null }[] {
  if (!result.ok) {
    expect(result.error.code).toBe('VALIDATION');
    return (result.error.details ?? []).map((d) => ({ text: indonesianText(d.key, d.params), row: null }));
  }
  const report = result.value as PlanImportReport;
  expect(report.clean).toBe(false);
  expect(report.imported).toBe(0);
  return report.problems.map((p) => {
    if (p.row !== null) expect(p.params.row).toBe(p.row);
    return { text: indonesianText(p.key, p.params), row: p.row };
  });
}

describe('the malformed import collection', () => {
  it('has at least 50 distinct files, XLSX and CSV', () => {
    expect(files.length).toBeGreaterThanOrEqual(50);
    expect(new Set(files.map((f) => f.id)).size).toBe(files.length);
    // Distinct inputs: the name decides XLSX or CSV (a zero-byte file exists as both).
    expect(
      new Set(files.map((f) => `${f.fileName.split('.').pop()}:${Buffer.from(f.bytes).toString('base64')}`)).size,
    ).toBe(files.length);
    expect(files.filter((f) => f.fileName.endsWith('.csv')).length).toBeGreaterThanOrEqual(15);
  });

  it('the valid XLSX and CSV files they are broken from import cleanly', async () => {
    const control = await controlFiles();
    for (const [name, bytes] of [
      ['rencana.xlsx', control.xlsx],
      ['rencana.csv', control.csv],
      ['rencana-koma.csv', control.csvComma],
    ] as const) {
      const result = await importFile(name, bytes, 'check');
      if (!result.ok) throw new Error(`${name}: ${JSON.stringify(result.error)}`);
      const report = result.value as PlanImportReport;
      expect(report.problems, name).toEqual([]);
      expect(report.rowsFound, name).toBe(2);
    }
  });

  it('refuses every file with Indonesian messages, rows named, and imports nothing from it', async () => {
    const failures: string[] = [];
    for (const file of files) {
      const before = planRowCount();
      const result = await importFile(file.fileName, file.bytes);
      try {
        if (!result.ok && result.error.code !== 'VALIDATION') throw new Error(`code ${result.error.code}`);
        const messages = messagesOf(result);
        if (messages.length === 0) throw new Error('refused without a message');
        if (file.rowLevel && !messages.some((m) => m.row !== null && m.text.includes(String(m.row))))
          throw new Error(`no message names a row: ${messages.map((m) => m.text).join(' | ')}`);
        if (planRowCount() !== before) throw new Error('rows were written');
        // One message per defect: a cell already reported (too long, a formula) is not reported again as missing.
        if (result.ok) {
          const cells = (result.value as PlanImportReport).problems
            .filter((p) => p.row !== null && p.column !== null)
            .map((p) => `${p.column}${p.row}`);
          const repeated = cells.filter((cell, index) => cells.indexOf(cell) !== index);
          if (repeated.length > 0) throw new Error(`more than one message for ${repeated.join(', ')}`);
        }
        rejected++;
      } catch (error) {
        failures.push(`${file.fileName} (${file.defect}): ${(error as Error).message} ${JSON.stringify(result)}`);
      }
    }
    expect(failures).toEqual([]);
    expect(rejected).toBe(files.length);
    expect(planRowCount()).toBe(0);
  }, 120_000);

  it('validOnly never takes a file whose check was not confirmed, and a confirmed one takes its valid rows only', async () => {
    const file = files.find((f) => f.id === 'amount-words') as MalformedFile;
    const unconfirmed = await importFile(file.fileName, file.bytes, 'validOnly');
    expect(unconfirmed.ok).toBe(false);
    expect(planRowCount()).toBe(0);
    const check = (await importFile(file.fileName, file.bytes, 'check')) as { ok: true; value: PlanImportReport };
    const confirmed = await core.dispatch('plans.importXlsx', {
      planId: plan.id,
      fileName: file.fileName,
      dataBase64: Buffer.from(file.bytes).toString('base64'),
      mode: 'validOnly',
      checkedSha256: check.value.sha256,
    });
    expect(confirmed).toMatchObject({ ok: true, value: { imported: 2, validRows: 2 } });
    expect(planRowCount()).toBe(2);
  });
});
