import { strFromU8, unzipSync } from 'fflate';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { FileDownload } from '../../../shared/domain/files';
import type { FormImportReport } from '../../../shared/domain/progress-forms';
import {
  bytesOf,
  editForm,
  fillRow,
  formsInZip,
  importInput,
  loadForm,
  previewAndApply,
  rowOf,
} from '../support/progress-forms';
import { callerOf, type Call } from '../support/seed-rakor';
import { errorOf, startTestCore, valueOf } from '../support/temp';
import { jobDownload } from '../support/jobs';

type TestCore = Awaited<ReturnType<typeof startTestCore>>;

/** 20 January 2026, 10.00 WITA: after the demo's last report (12 January). */
const NOW = new Date('2026-01-20T02:00:00Z');

let core: TestCore;
let call: Call;
let institutions: Record<string, string>;

const DPPKB = 'Dinas Pengendalian Penduduk dan Keluarga Berencana Kabupaten Jeneponto';
const TPK = 'Memperkuat TPPS Desa/Kelurahan dan Tim Pendamping Keluarga';

beforeAll(async () => {
  core = await startTestCore({ now: () => NOW });
  call = callerOf(core.dispatch);
  await call('demo.load', {});
  institutions = Object.fromEntries((await call('institutions.list', { limit: 100 })).items.map((i) => [i.name, i.id]));
}, 60_000);

afterAll(async () => {
  core.close();
});

async function formOf(name: string): Promise<Uint8Array> {
  const file = await jobDownload(call, {
    kind: 'progressForms',
    input: { institutionId: institutions[name] as string },
  });
  expect(file.fileName).toBe(`Formulir Progres - ${name}.xlsx`);
  return bytesOf(file);
}

function preview(bytes: Uint8Array): Promise<FormImportReport> {
  return call('progressForms.import', importInput(bytes));
}

describe('progress forms', () => {
  it('lists the institutions with open commitments and makes one XLSX each, as a ZIP', async () => {
    const open = await call('progressForms.institutions', {});
    expect(open.map((i) => [i.name, i.open])).toEqual([
      ['Badan Perencanaan Pembangunan Daerah Kabupaten Jeneponto', 1],
      [DPPKB, 1],
      ['Kantor Camat Rumbia', 1],
      ['UPT Puskesmas Rumbia', 1],
    ]);
    const zip: FileDownload = await jobDownload(call, { kind: 'progressForms', input: {} });
    expect(zip.fileName).toBe('Formulir Progres Komitmen 2026-01-20.zip');
    expect(zip.mediaType).toBe('application/zip');
    const files = formsInZip(zip);
    expect(Object.keys(files).sort()).toEqual(open.map((i) => `Formulir Progres - ${i.name}.xlsx`).sort());
    const workbook = await loadForm(files[`Formulir Progres - ${DPPKB}.xlsx`] as Uint8Array);
    const sheet = workbook.worksheets[0];
    expect(sheet?.name).toBe('Formulir Progres');
    expect(sheet?.getCell('A2').text).toBe(`Instansi: ${DPPKB}`);
    expect(sheet?.getCell('B7').text).toContain(TPK);
    expect(sheet?.getCell('C7').text).toContain('Rapat Koordinasi TPPS Kecamatan Kelara dan Rumbia\n(17 Oktober 2025)');
    expect(sheet?.getCell('E7').text).toBe('Berjalan\nTerlambat');
    expect(sheet?.getCell('F7').text).toContain('21 November 2025');
  });

  it('protects what the institution must not change: sheet protection, unlocked input cells, a hidden code column', async () => {
    const files = unzipSync(await formOf(DPPKB));
    const sheet = strFromU8(files['xl/worksheets/sheet1.xml'] as Uint8Array);
    const styles = strFromU8(files['xl/styles.xml'] as Uint8Array);
    expect(sheet).toMatch(/<sheetProtection sheet="1"[^>]*\/>/);
    expect(sheet).toMatch(/<col min="12" max="12" [^>]*hidden="1"\/>/);
    const xfs = [...styles.matchAll(/<xf [^>]*?(?:\/>|>.*?<\/xf>)/gs)].map((m) => m[0]).slice(1);
    const unlocked = (cell: string) => {
      const style = Number(new RegExp(`<c r="${cell}" s="(\\d+)"`).exec(sheet)?.[1]);
      return (xfs[style] as string).includes('<protection locked="0"/>');
    };
    expect(['G7', 'H7', 'I7', 'J7', 'K7'].map(unlocked)).toEqual([true, true, true, true, true]);
    expect(['A7', 'B7', 'C7', 'D7', 'E7', 'F7', 'L7', 'L1', 'G6'].map(unlocked)).toEqual(Array(9).fill(false));
    expect(sheet).toContain('<formula1>"Belum mulai,Berjalan,Selesai,Dibatalkan"</formula1>');
  });

  it('imports a filled form: preview, apply as reported by the institution through its form, then nothing new', async () => {
    const filled = await editForm(await formOf(DPPKB), (sheet) =>
      fillRow(sheet, rowOf(sheet, TPK), {
        status: 'Selesai',
        percent: 100,
        reportedOn: new Date(Date.UTC(2026, 0, 16)),
        done: 'TPK mendampingi seluruh keluarga berisiko stunting di 22 desa/kelurahan.',
        reporter: 'Sekretaris DPPKB',
      }),
    );
    const { preview: seen, applied } = await previewAndApply(core.dispatch, filled);
    expect(seen.problems).toEqual([]);
    expect(seen.institutionName).toBe(DPPKB);
    expect(seen.counts).toEqual({ new: 1, unchanged: 0, empty: 0, error: 0, stale: 0 });
    expect(seen.rows[0]).toMatchObject({
      outcome: 'new',
      statusBefore: 'in_progress',
      status: 'done',
      percent: 100,
      reportedOn: '2026-01-16',
      reporter: 'Sekretaris DPPKB',
    });
    expect(valueOf(applied)).toMatchObject({ mode: 'apply', applied: 1 });

    const ledger = await call('commitments.ledger', { institutionId: institutions[DPPKB] as string });
    expect(ledger.items[0]).toMatchObject({
      status: 'done',
      lastUpdateOn: '2026-01-16',
      lastUpdatePercent: 100,
      lastUpdateNote: 'TPK mendampingi seluruh keluarga berisiko stunting di 22 desa/kelurahan.',
    });
    const detail = await call('commitments.detail', { id: ledger.items[0]?.id as string });
    expect(detail.updates[0]).toMatchObject({
      source: 'form',
      reportedByInstitutionName: DPPKB,
      reportedByText: 'Sekretaris DPPKB',
      statusAfter: 'done',
    });
    expect(detail.history[0]).toMatchObject({ action: 'status', changes: { from: 'in_progress', to: 'done' } });

    const again = await previewAndApply(core.dispatch, filled);
    expect(again.preview.counts).toMatchObject({ new: 0, unchanged: 1 });
    expect(valueOf(again.applied)).toMatchObject({ applied: 0 });
    expect((await call('commitments.detail', { id: ledger.items[0]?.id as string })).updates).toHaveLength(
      detail.updates.length,
    );
  });

  it('flags rows whose commitment changed after the form was made, and applies them only when the user accepts', async () => {
    const form = await formOf('Kantor Camat Rumbia');
    const id = (await call('commitments.ledger', { institutionId: institutions['Kantor Camat Rumbia'] as string }))
      .items[0]?.id as string;
    await call('commitments.addUpdate', {
      commitmentId: id,
      reportedOn: '2026-01-19',
      percent: 90,
      note: 'Sebelas desa.',
    });
    const filled = await editForm(form, (sheet) =>
      fillRow(sheet, 7, { percent: 80, reportedOn: '18/01/2026', done: 'Sepuluh desa sudah menganggarkan.' }),
    );
    const seen = await preview(filled);
    // The later report was stamped by the system clock (records are), not the handlers' fixed one.
    expect(seen.rows[0]).toMatchObject({ outcome: 'new', stale: true, changedOn: expect.stringMatching(/^\d{4}-/) });
    const refused = await core.dispatch(
      'progressForms.import',
      importInput(filled, 'apply', { checkedSha256: seen.sha256 }),
    );
    expect(errorOf(refused)).toMatchObject({ code: 'CONFLICT', message: { key: 'forms.import.staleNotAccepted' } });
    const accepted = await call(
      'progressForms.import',
      importInput(filled, 'apply', { checkedSha256: seen.sha256, acceptStale: true }),
    );
    expect(accepted.applied).toBe(1);
  });

  it('applies only the previewed file, and nothing at all from a form with a problem', async () => {
    const bad = await editForm(await formOf('UPT Puskesmas Rumbia'), (sheet) =>
      fillRow(sheet, 7, { status: 'Hampir', reportedOn: '2026-01-10' }),
    );
    expect(errorOf(await core.dispatch('progressForms.import', importInput(bad, 'apply')))).toMatchObject({
      details: [{ path: 'checkedSha256', key: 'forms.import.confirmFirst' }],
    });
    const { preview: seen, applied } = await previewAndApply(core.dispatch, bad);
    expect(seen.problems.map((p) => [p.key, p.row, p.column])).toEqual([['forms.import.status', 7, 'G']]);
    expect(valueOf(applied)).toMatchObject({ applied: 0 });
  });
});
