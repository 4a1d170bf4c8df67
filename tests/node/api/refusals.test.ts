import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join, relative } from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { NOT_FOUND_ENTITIES, REFUSALS } from '../../../shared/api/errors';
import type { ApiError } from '../../../shared/api/result';
import { en } from '../../../renderer/i18n/locales/en';
import { id } from '../../../renderer/i18n/locales/id';
import { callerOf, type Call } from '../support/seed-rakor';
import { errorOf, startTestCore } from '../support/temp';

/**
 * Every refusal the host makes, enumerated from its source: through electron/api/errors.ts only,
 * each either about input fields (named by `details.path`, so a screen places it without mapping
 * keys to fields) or one of the REFUSALS about the records' state, each with a message in both
 * languages. The refusals that used to come without a field now name it.
 */

const root = fileURLToPath(new URL('../../../', import.meta.url));

function sourceFiles(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    if (statSync(path).isDirectory()) return sourceFiles(path);
    return path.endsWith('.ts') ? [path] : [];
  });
}

const sources = sourceFiles(join(root, 'electron')).map((file) => ({
  file: relative(root, file),
  text: readFileSync(file, 'utf8'),
}));

function lookup(tree: unknown, key: string): unknown {
  return key
    .split('.')
    .reduce<unknown>((node, part) => (node && typeof node === 'object' ? (node as never)[part] : undefined), tree);
}

const errorsModule = join('electron', 'api', 'errors.ts');

/** Each call of a refusal maker in the host (outside the module that defines them), with its literal arguments. */
function calls(maker: string): { file: string; args: string }[] {
  return sources
    .filter(({ file }) => file !== errorsModule)
    .flatMap(({ file, text }) =>
      [...text.matchAll(new RegExp(`\\b${maker}\\(([^)]*)\\)`, 'g'))].map((match) => ({ file, args: match[1] ?? '' })),
    );
}

describe('the refusals of the host', () => {
  it('are all made by the errors module', () => {
    const elsewhere = sources.filter(({ file, text }) => file !== errorsModule && /new AppError\(/.test(text));
    expect(elsewhere.map(({ file }) => file)).toEqual([]);
  });

  it('about the state of the records are each listed, used and translated', () => {
    const literal = calls('refused').flatMap(({ args }) => /^'(\w+)'/.exec(args)?.[1] ?? []);
    expect(literal.filter((reason) => !(reason in REFUSALS))).toEqual([]);
    // A reason may also be handed to a helper that refuses with it (the stored files' reader).
    const named = (reason: string) =>
      sources.some(({ file, text }) => file !== errorsModule && text.includes(`'${reason}'`));
    expect(Object.keys(REFUSALS).filter((reason) => !named(reason))).toEqual([]);
    for (const { key } of Object.values(REFUSALS)) {
      expect(typeof lookup(id, key), key).toBe('string');
      expect(typeof lookup(en, key), key).toBe('string');
    }
  });

  it('of a missing record name a known entity with a message', () => {
    const entities = [...calls('notFound'), ...calls('notFoundIn')].map(({ args }) => /'(\w+)'\s*$/.exec(args)?.[1]);
    expect(entities.filter((entity) => !NOT_FOUND_ENTITIES.includes(entity as never))).toEqual([]);
    for (const entity of NOT_FOUND_ENTITIES)
      expect(typeof lookup(id, `error.notFound.${entity}`), entity).toBe('string');
  });

  it('about a field always give its path and a field key', () => {
    const fieldCalls = [...calls('invalidField'), ...calls('conflictIn'), ...calls('notFoundIn')];
    expect(fieldCalls.length).toBeGreaterThan(40);
    for (const { file, args } of fieldCalls) {
      // The path is the first argument: a literal, a template or a variable holding one.
      expect(args.split(',')[0]?.trim(), `${file}: ${args}`).toMatch(/^(['`].+['`]|[a-zA-Z.]+)$/);
    }
    const keys = [...calls('invalidField'), ...calls('conflictIn')].flatMap(({ args }) =>
      [...args.matchAll(/'((?:validation|planImport)\.[\w.]+)'/g)].map((match) => match[1] as string),
    );
    expect(keys.filter((key) => typeof lookup(id, key) !== 'string' || typeof lookup(en, key) !== 'string')).toEqual(
      [],
    );
  });
});

describe('refusals that used to name no field', () => {
  let core: Awaited<ReturnType<typeof startTestCore>>;
  let call: Call;

  beforeAll(async () => {
    core = await startTestCore();
    call = callerOf(core.dispatch);
  });

  afterAll(() => core?.close());

  const refusal = async (method: string, input: unknown): Promise<ApiError> =>
    errorOf(await core.dispatch(method, input));

  it('a catalogue code in use names the code, on create and update', async () => {
    const first = await call('fundingSources.create', { code: 'CSR-1', name: 'CSR Bank Daerah' });
    const second = await call('fundingSources.create', { code: 'CSR-2', name: 'CSR Lain' });
    const expected = {
      code: 'CONFLICT',
      message: { key: 'error.validation' },
      details: [{ path: 'code', key: 'validation.codeTaken', params: { code: 'CSR-1' } }],
    };
    expect(await refusal('fundingSources.create', { code: 'CSR-1', name: 'Lagi' })).toEqual(expected);
    expect(await refusal('fundingSources.update', { id: second.id, code: 'CSR-1', name: 'CSR Lain' })).toEqual(
      expected,
    );
    expect(await refusal('interventions.create', { kind: 'spesifik', code: 'SP-01', name: 'Lagi' })).toMatchObject({
      code: 'CONFLICT',
      details: [{ path: 'code', key: 'validation.codeTaken' }],
    });
    expect(first.code).toBe('CSR-1');
  });

  it('a convergence action number in use names the number', async () => {
    const [action] = await call('convergenceActions.list', { scheme: 'aksi8' });
    expect(
      await refusal('convergenceActions.create', {
        scheme: 'aksi8',
        number: action?.number,
        name: 'Aksi baru',
      }),
    ).toEqual({
      code: 'CONFLICT',
      message: { key: 'error.validation' },
      details: [{ path: 'number', key: 'validation.numberTaken', params: { number: action?.number } }],
    });
  });

  it('a plan of that year names the year, on create and on copy', async () => {
    const plan = await call('plans.create', { areaCode: '73.04.05', year: 2026, title: 'Rencana Aksi Kelara 2026' });
    await call('plans.create', { areaCode: '73.04.05', year: 2027, title: 'Rencana Aksi Kelara 2027' });
    const expected = {
      code: 'CONFLICT',
      message: { key: 'error.validation' },
      details: [{ path: 'year', key: 'validation.planExists', params: { area: 'Kelara', year: 2027 } }],
    };
    expect(await refusal('plans.create', { areaCode: '73.04.05', year: 2027, title: 'Lagi' })).toEqual(expected);
    expect(await refusal('plans.copyToYear', { id: plan.id, year: 2027 })).toEqual(expected);
  });
});
