import { ESLint } from 'eslint';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';

/**
 * The project's own lint rules fire: each sample is linted with eslint.config.js as if it stood at
 * a real path of the tree, so a rule that stopped matching (a renamed folder, a changed selector)
 * fails here instead of letting the code drift.
 */

const root = fileURLToPath(new URL('../../../', import.meta.url));
const eslint = new ESLint({ cwd: root });

async function ruleIds(code: string, filePath: string): Promise<string[]> {
  const [result] = await eslint.lintText(code, { filePath: `${root}${filePath}` });
  return (result?.messages ?? []).map((message) => message.ruleId ?? message.message);
}

describe('lint rules', () => {
  it('refuse an import cycle (import-x/no-cycle)', async () => {
    // db/ids.ts is imported by the repositories, which the handler table reaches.
    const code = "import { handlers } from '../api/handlers';\nexport const table = handlers;\n";
    expect(await ruleIds(code, 'electron/db/ids.ts')).toContain('import-x/no-cycle');
  }, 60_000);

  it('accept the same import where it makes no cycle', async () => {
    const code = "import { handlers } from '../api/handlers';\nexport const table = handlers;\n";
    expect(await ruleIds(code, 'electron/preview/lint-sample.ts')).not.toContain('import-x/no-cycle');
  }, 60_000);

  it('keep SQL in repositories: prepare, pragma and exec fire in a handler or a service, not in a repository', async () => {
    const code = [
      "import type { Db } from '../db/connection';",
      "export const one = (db: Db) => db.prepare('SELECT 1').get();",
      "export const mode = (db: Db) => db.pragma('journal_mode');",
      "export const run = (ctx: { db: Db }) => ctx.db.exec('SELECT 1');",
      'export const words = (text: string) => /\\w+/.exec(text);',
      '',
    ].join('\n');
    const inService = (await ruleIds(code, 'electron/meetings/lint-sample.ts')).filter(
      (id) => id === 'no-restricted-syntax',
    );
    expect(inService).toHaveLength(3);
    expect(await ruleIds(code, 'electron/meetings/repository.ts')).not.toContain('no-restricted-syntax');
    expect(await ruleIds(code, 'electron/meetings/repositories/lint-sample.ts')).not.toContain('no-restricted-syntax');
    expect(await ruleIds(code, 'electron/db/lint-sample.ts')).not.toContain('no-restricted-syntax');
  }, 60_000);

  it('make refusals only in the errors module', async () => {
    const code =
      "import { AppError } from '../../shared/api/result';\nexport const no = () => new AppError('CONFLICT', 'error.x');\n";
    expect(await ruleIds(code, 'electron/meetings/lint-sample.ts')).toContain('no-restricted-syntax');
    expect(await ruleIds(code, 'electron/db/lint-sample.ts')).toContain('no-restricted-syntax');
    expect(await ruleIds(code, 'electron/api/errors.ts')).not.toContain('no-restricted-syntax');
  }, 60_000);

  it('let only the handler table import handlers', async () => {
    const code =
      "import { peopleHandlers } from '../directory/handlers/people';\nexport const table = peopleHandlers;\n";
    expect(await ruleIds(code, 'electron/meetings/lint-sample.ts')).toContain('no-restricted-imports');
    expect(await ruleIds(code, 'electron/api/lint-sample.ts')).toContain('no-restricted-imports');
    const table =
      "import { peopleHandlers } from '../directory/handlers/people';\nexport const table = peopleHandlers;\n";
    expect(await ruleIds(table, 'electron/api/handlers.ts')).not.toContain('no-restricted-imports');
  }, 60_000);
});
