import { ESLint } from 'eslint';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';

/**
 * The project's own lint rules fire: each sample is linted with eslint.config.js as if it stood at
 * a real path of the tree, so a rule that stopped matching (a renamed folder, a changed selector)
 * fails here instead of letting the code drift.
 */

const root = fileURLToPath(new URL('../../', import.meta.url));
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
});
