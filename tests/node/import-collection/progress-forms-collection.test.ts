import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Result } from '../../../shared/api/result';
import type { FormImportReport } from '../../../shared/domain/progress-forms';
import { bytesOf, editForm, fillRow, FIRST_ROW, importInput } from '../support/progress-forms';
import { callerOf, type Call } from '../support/seed-rakor';
import { startTestCore } from '../support/temp';
import { GOOD_FILL, hostileForms, type HostileForm } from './hostile-forms';
import { indonesianText } from '../support/indonesian';
import { jobDownload } from '../support/jobs';

/**
 * The hostile progress forms against progressForms.import: each is refused with Indonesian
 * messages, naming rows where the defect is a row's, and nothing at all is applied from it (the
 * properly filled row of every form included). The same form without the defect applies cleanly,
 * so each refusal comes from the form's own defect.
 */

type TestCore = Awaited<ReturnType<typeof startTestCore>>;
const NOW = new Date('2026-01-20T02:00:00Z');
const PUSKESMAS = 'UPT Puskesmas Rumbia';

let core: TestCore;
let otherOffice: TestCore;
let forms: HostileForm[];
let base: Uint8Array;
let refused = 0;

async function institutionId(call: Call, name: string): Promise<string> {
  const found = (await call('institutions.list', { query: name, limit: 5 })).items.find((i) => i.name === name);
  return found?.id as string;
}

beforeAll(async () => {
  core = await startTestCore({ now: () => NOW });
  otherOffice = await startTestCore({ now: () => NOW });
  const call = callerOf(core.dispatch);
  const callOther = callerOf(otherOffice.dispatch);
  await call('demo.load', {});
  await callOther('demo.load', {});
  const puskesmas = await institutionId(call, PUSKESMAS);
  const followUp = (await call('meetings.list', { limit: 5 })).items.find((m) => m.status === 'held');
  const promise = (description: string, dueDate: string) =>
    call('commitments.create', { meetingId: followUp?.id as string, institutionId: puskesmas, description, dueDate });
  await promise('Melatih kader posyandu tentang pemantauan pertumbuhan balita', '2026-02-27');
  const third = await promise('Menyediakan alat antropometri terstandar di setiap posyandu', '2026-03-31');
  base = bytesOf(await jobDownload(call, { kind: 'progressForms', input: { institutionId: puskesmas } }));
  await call('commitments.delete', { id: third.id });
  const deletedThird = base;
  forms = await hostileForms({
    base,
    otherInstitution: bytesOf(
      await jobDownload(call, {
        kind: 'progressForms',
        input: { institutionId: await institutionId(call, 'Kantor Camat Rumbia') },
      }),
    ),
    otherOffice: bytesOf(
      await jobDownload(callOther, {
        kind: 'progressForms',
        input: { institutionId: await institutionId(callOther, PUSKESMAS) },
      }),
    ),
    deletedThird,
  });
}, 120_000);

afterAll(async () => {
  console.log(`[form collection] ${refused} of ${forms.length} hostile forms refused, nothing applied from any`);
  core?.close();
  otherOffice?.close();
});

function updates(): number {
  return core.store.db.prepare('SELECT count(*) FROM commitment_updates').pluck().get() as number;
}

describe('hostile progress forms', () => {
  it('has at least 20 forms with row-level defects, each different', () => {
    expect(forms.filter((f) => f.rowLevel).length).toBeGreaterThanOrEqual(20);
    expect(new Set(forms.map((f) => Buffer.from(f.bytes).toString('base64'))).size).toBe(forms.length);
  });

  it('refuses every form with Indonesian messages naming its rows, and applies nothing from it', async () => {
    const failures: string[] = [];
    for (const form of forms) {
      const before = updates();
      const preview = await core.dispatch('progressForms.import', importInput(form.bytes));
      try {
        let messages: { key: string; text: string; row: number | null }[];
        if (!preview.ok) {
          expect(preview.error.code).toBe('VALIDATION');
          messages = (preview.error.details ?? []).map((d) => ({
            key: d.key,
            text: indonesianText(d.key, d.params),
            row: null,
          }));
        } else {
          const report = preview.value as FormImportReport;
          messages = report.problems.map((p) => ({ key: p.key, text: indonesianText(p.key, p.params), row: p.row }));
          const applied: Result<unknown> = await core.dispatch(
            'progressForms.import',
            importInput(form.bytes, 'apply', { checkedSha256: report.sha256, acceptStale: true }),
          );
          if (!applied.ok || (applied.value as FormImportReport).applied !== 0) throw new Error('applied something');
        }
        if (!messages.some((m) => m.key === form.expectKey))
          throw new Error(`expected ${form.expectKey}, got ${messages.map((m) => m.key).join(', ')}`);
        if (form.rowLevel && !messages.some((m) => m.row !== null && m.text.includes(`Baris ${m.row}`)))
          throw new Error(`no message names a row: ${messages.map((m) => m.text).join(' | ')}`);
        if (updates() !== before) throw new Error('progress was written');
        refused++;
      } catch (error) {
        failures.push(`${form.id} (${form.defect}): ${(error as Error).message}`);
      }
    }
    expect(failures).toEqual([]);
    expect(refused).toBe(forms.length);
  }, 120_000);

  it('applies the same form without its defect', async () => {
    const good = await editForm(base, (sheet) => fillRow(sheet, FIRST_ROW, GOOD_FILL));
    const preview = (await core.dispatch('progressForms.import', importInput(good))) as {
      ok: true;
      value: FormImportReport;
    };
    expect(preview.value.problems).toEqual([]);
    const before = updates();
    const applied = await core.dispatch(
      'progressForms.import',
      importInput(good, 'apply', { checkedSha256: preview.value.sha256 }),
    );
    expect(applied).toMatchObject({ ok: true, value: { applied: 1 } });
    expect(updates()).toBe(before + 1);
  });
});
