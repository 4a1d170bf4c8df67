import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join, relative } from 'node:path';
import { fileURLToPath } from 'node:url';
import ts from 'typescript';
import { describe, expect, it } from 'vitest';

const root = fileURLToPath(new URL('../../../', import.meta.url));
const RENDERER = join(root, 'renderer');

/** Attributes whose value a user reads or hears. */
const VISIBLE_ATTRIBUTES = new Set([
  'label',
  'placeholder',
  'title',
  'aria-label',
  'alt',
  'description',
  'nothingFoundMessage',
]);

function tsxFiles(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    if (statSync(path).isDirectory()) return tsxFiles(path);
    return path.endsWith('.tsx') ? [path] : [];
  });
}

/** Text in JSX and visible attributes given as literals: both must come from the locale files. */
export function literalUiStrings(file: string, source: string): string[] {
  const found: string[] = [];
  const sourceFile = ts.createSourceFile(file, source, ts.ScriptTarget.Latest, true, ts.ScriptKind.TSX);
  const visit = (node: ts.Node): void => {
    if (ts.isJsxText(node) && /\p{L}/u.test(node.text)) found.push(node.text.trim());
    if (ts.isJsxAttribute(node) && node.initializer && VISIBLE_ATTRIBUTES.has(node.name.getText(sourceFile))) {
      const value = node.initializer;
      const literal = ts.isStringLiteral(value)
        ? value
        : ts.isJsxExpression(value) && value.expression && ts.isStringLiteral(value.expression)
          ? value.expression
          : null;
      if (literal && /\p{L}/u.test(literal.text)) found.push(`${node.name.getText(sourceFile)}="${literal.text}"`);
    }
    ts.forEachChild(node, visit);
  };
  visit(sourceFile);
  return found;
}

describe('user-visible strings', () => {
  it('finds literals in a sample, so the check itself works', () => {
    const sample = 'export const X = () => <div title="Halo">Teks keras<span aria-label={"a b"}>{t("k")}</span></div>;';
    expect(literalUiStrings('x.tsx', sample)).toEqual(['title="Halo"', 'Teks keras', 'aria-label="a b"']);
  });

  it('are never hard-coded in renderer components', () => {
    const offenders = tsxFiles(RENDERER).flatMap((file) =>
      literalUiStrings(file, readFileSync(file, 'utf8')).map((text) => `${relative(root, file)}: ${text}`),
    );
    expect(offenders).toEqual([]);
  });
});
