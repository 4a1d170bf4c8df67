import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { en } from '../../../renderer/i18n/locales/en';
import { id } from '../../../renderer/i18n/locales/id';

const root = fileURLToPath(new URL('../../../', import.meta.url));

function sourceFiles(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    if (statSync(path).isDirectory()) return sourceFiles(path);
    return /\.tsx?$/.test(path) ? [path] : [];
  });
}

function lookup(tree: unknown, key: string): unknown {
  return key
    .split('.')
    .reduce<unknown>(
      (node, part) => (node && typeof node === 'object' ? (node as Record<string, unknown>)[part] : undefined),
      tree,
    );
}

/** The message suffixes the spreadsheet reader (electron/spreadsheets/) refuses or reports with. */
function readerSuffixes(): string[] {
  return sourceFiles(join(root, 'electron', 'spreadsheets')).flatMap((file) =>
    [...readFileSync(file, 'utf8').matchAll(/(?:fileRefused\(rules, |problem\()'([A-Za-z]+)'/g)].map(
      (match) => match[1] as string,
    ),
  );
}

/** `planImport.*` keys the host and the shared plan logic can report, including the resolver's `fail('…')` keys. */
function planKeys(): string[] {
  const keys = new Set<string>();
  for (const file of [...sourceFiles(join(root, 'electron')), ...sourceFiles(join(root, 'shared'))]) {
    const text = readFileSync(file, 'utf8');
    for (const match of text.matchAll(/'(planImport\.[A-Za-z]+(?:\.[A-Za-z]+)*)'/g)) keys.add(match[1] as string);
    // The shared spreadsheet reader's keys are its caller's prefix and a suffix of its own.
    if (text.includes("keyPrefix: 'planImport.file.'"))
      for (const suffix of readerSuffixes()) keys.add(`planImport.file.${suffix}`);
    if (text.includes('`planImport.cell.${key}`'))
      for (const match of text.matchAll(/fail\('([A-Za-z]+)'/g)) keys.add(`planImport.cell.${match[1]}`);
  }
  return [...keys].sort();
}

describe('plan import messages', () => {
  it('translate every key the plan code can send, in both languages', () => {
    const keys = planKeys();
    expect(keys.length).toBeGreaterThan(45);
    expect(keys.filter((key) => typeof lookup(id, key) !== 'string')).toEqual([]);
    expect(keys.filter((key) => typeof lookup(en, key) !== 'string')).toEqual([]);
  });

  it('name the row and the column in every cell and import message that has them', () => {
    const cell = (lookup(id, 'planImport.cell') ?? {}) as Record<string, string>;
    for (const [key, message] of Object.entries(cell)) {
      expect(message, key).toContain('{{row}}');
      if (key !== 'activityRequired') expect(message, key).toContain('{{column}}');
    }
  });
});
