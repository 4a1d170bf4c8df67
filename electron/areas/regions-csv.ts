import { levelOfCode, parentOfCode, villageKindOfCode, type AreaLevel } from '../../shared/domain/areas';

export interface RegionRow {
  code: string;
  name: string;
  level: AreaLevel;
  kind: string | null;
  parentCode: string | null;
}

/** Splits one CSV record; the shipped file quotes names that contain commas (`"Lubuk Pakam I,II"`). */
function splitCsvLine(line: string): string[] {
  const fields: string[] = [];
  let current = '';
  let quoted = false;
  for (let i = 0; i < line.length; i++) {
    const c = line[i];
    if (quoted) {
      if (c === '"' && line[i + 1] === '"') {
        current += '"';
        i++;
      } else if (c === '"') quoted = false;
      else current += c;
    } else if (c === '"') quoted = true;
    else if (c === ',') {
      fields.push(current);
      current = '';
    } else current += c;
  }
  fields.push(current);
  return fields;
}

function kindOf(code: string, level: AreaLevel, name: string): string | null {
  if (level === 'desa') return villageKindOfCode(code);
  if (level === 'kabupaten') return name.startsWith('Kota ') ? 'kota' : 'kabupaten';
  return null;
}

/**
 * Parses the Kemendagri list (`kode,nama,tingkat`). The hierarchy comes from the code itself,
 * so a row's parent is its code minus the last segment.
 */
export function parseRegionsCsv(text: string): RegionRow[] {
  const lines = text.split(/\r?\n/);
  const header = lines[0]?.replace(/^\uFEFF/, '').trim();
  if (header !== 'kode,nama,tingkat') throw new Error(`Unexpected region list header: ${header ?? ''}`);
  const rows: RegionRow[] = [];
  for (let i = 1; i < lines.length; i++) {
    const line = lines[i];
    if (!line) continue;
    // Only two names in the list are quoted; the plain split is several times faster for the rest.
    const [code = '', name = ''] = line.includes('"') ? splitCsvLine(line) : line.split(',');
    const level = levelOfCode(code);
    rows.push({ code, name: name.trim(), level, kind: kindOf(code, level, name), parentCode: parentOfCode(code) });
  }
  return rows;
}
