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

function flatten(tree: object, prefix = ''): string[] {
  return Object.entries(tree).flatMap(([key, value]) =>
    typeof value === 'object' && value !== null ? flatten(value as object, `${prefix}${key}.`) : [`${prefix}${key}`],
  );
}

/** Message keys the host can send: literal `error.*`/`validation.*`/`planImport.*` keys and `notFound('entity')`. */
function hostMessageKeys(): string[] {
  const keys = new Set<string>();
  for (const file of [...sourceFiles(join(root, 'electron')), ...sourceFiles(join(root, 'shared'))]) {
    const text = readFileSync(file, 'utf8');
    for (const match of text.matchAll(/'((?:error|validation|planImport)\.[A-Za-z]+(?:\.[A-Za-z]+)*)'/g))
      keys.add(match[1] as string);
    for (const match of text.matchAll(/notFound\('([a-zA-Z]+)'\)/g)) keys.add(`error.notFound.${match[1]}`);
  }
  return [...keys].sort();
}

describe('locales', () => {
  it('Indonesian and English have exactly the same keys', () => {
    expect(flatten(en).sort()).toEqual(flatten(id).sort());
  });

  it('translate every message key the host can send', () => {
    const known = new Set(flatten(id));
    const keys = hostMessageKeys();
    expect(keys.length).toBeGreaterThan(20);
    expect(keys.filter((key) => !known.has(key))).toEqual([]);
  });

  it('have no empty strings', () => {
    const values = (tree: object): string[] =>
      Object.values(tree).flatMap((v) => (typeof v === 'object' && v !== null ? values(v as object) : [String(v)]));
    expect(values(id).filter((v) => v.trim() === '')).toEqual([]);
    expect(values(en).filter((v) => v.trim() === '')).toEqual([]);
  });
});
