import type { ZodError } from 'zod';
import { institutionCreateInput, personCreateInput } from '../../../shared/api/schemas/directory';
import { fieldIssuesOf } from '../../../shared/api/validation';
import type { DirectoryRowReport } from '../../../shared/domain/directory-import';
import { INSTITUTION_LEVELS, SECTORS, type InstitutionLevel, type Sector } from '../../../shared/domain/directory';
import type { ImportProblem } from '../../../shared/domain/import-problem';
import { INSTITUTION_LEVEL_LABELS_ID, SECTOR_LABELS_ID } from '../../../shared/domain/directory';
import { foldForSearch } from '../../../shared/text/fold';
import type { InstitutionFields } from '../repositories/institutions';
import type { PersonFields } from '../repositories/people';
import type { Repositories } from '../../db/repositories';
import { isBlank, isUnreadable, problemAt, textOf, type ReadCell } from '../../spreadsheets/cells';
import type { InstitutionColumn, PersonColumn } from './columns';
import type { DirectoryBook, DirectorySheet } from './read';

/**
 * Judges the rows of a directory workbook with the directory's own rules (the zod schemas of the
 * forms, NIP of 18 digits, known areas), recognises what the directory already holds and what
 * the file repeats, and lists what a clean file would add. Every problem names its row and cell.
 */

export interface DirectoryPlan {
  rows: DirectoryRowReport[];
  problems: ImportProblem[];
  institutions: InstitutionFields[];
  /** People with the name of their institution as written (resolved when writing, new ones included). */
  people: (Omit<PersonFields, 'institutionId'> & { institutionId: string | null; newInstitution: string | null })[];
}

/** Zod's messages of the directory schemas, said about a cell. */
const CELL_KEYS: Record<string, string> = {
  'validation.required': 'directoryImport.required',
  'validation.tooLong': 'directoryImport.tooLong',
  'validation.nip': 'directoryImport.nip',
  'validation.phone': 'directoryImport.phone',
  'validation.email': 'directoryImport.email',
  'validation.areaCode': 'directoryImport.areaCode',
};

const SECTOR_WORDS: Record<string, Sector> = {
  ...Object.fromEntries(SECTORS.map((s) => [foldForSearch(s.replace(/_/g, ' ')), s])),
  ...Object.fromEntries(
    (Object.entries(SECTOR_LABELS_ID) as [Sector, string][]).map(([s, label]) => [foldForSearch(label), s]),
  ),
  kb: 'keluarga_berencana',
  tni: 'tni_polri',
  polri: 'tni_polri',
  'pemberdayaan masyarakat desa': 'pemberdayaan_desa',
  pmd: 'pemberdayaan_desa',
  swasta: 'swasta_mitra',
  mitra: 'swasta_mitra',
  pu: 'pekerjaan_umum',
  dukcapil: 'kependudukan',
};

const LEVEL_WORDS: Record<string, InstitutionLevel> = {
  ...Object.fromEntries(INSTITUTION_LEVELS.map((l) => [l, l])),
  ...Object.fromEntries(
    (Object.entries(INSTITUTION_LEVEL_LABELS_ID) as [InstitutionLevel, string][]).map(([l, label]) => [
      foldForSearch(label),
      l,
    ]),
  ),
  kota: 'kabupaten',
  kab: 'kabupaten',
  kelurahan: 'desa',
  nasional: 'pusat',
};

function text(value: ReadCell | undefined): string {
  return isBlank(value ?? null) ? '' : textOf(value ?? null);
}

/** A phone typed as a number loses its leading 0 (812… for 0812…): it is put back. */
function phoneText(value: ReadCell | undefined): string {
  if (typeof value === 'number') return /^8\d{7,13}$/.test(String(value)) ? `0${value}` : String(value);
  return text(value);
}

interface Sheet<K extends string> {
  sheet: DirectorySheet<K>;
  problem: (key: string, row: number, column: K | null, extra?: Record<string, string | number>) => ImportProblem;
}

function sheetOf<K extends string>(sheet: DirectorySheet<K>): Sheet<K> {
  return {
    sheet,
    problem: (key, row, column, extra = {}) => {
      const at = column ? sheet.columns[column] : undefined;
      return problemAt(key, row, at?.index ?? null, {
        sheet: sheet.name,
        header: at?.header ?? '',
        column: '–',
        ...extra,
      });
    },
  };
}

/** Formulas and error values are refused where they stand (their value is not what Sirakor would store). */
function unreadable<K extends string>(
  { problem }: Sheet<K>,
  row: { sheetRow: number; cells: Partial<Record<K, ReadCell>> },
): ImportProblem[] {
  return (Object.entries(row.cells) as [K, ReadCell][])
    .filter(([, value]) => isUnreadable(value))
    .map(([column, value]) => problem('directoryImport.formula', row.sheetRow, column, { value: textOf(value) }));
}

/** The schema's refusals, each on the cell of its field (the field names are the column names). */
function schemaProblems<K extends string>({ problem }: Sheet<K>, sheetRow: number, error: ZodError): ImportProblem[] {
  return fieldIssuesOf(error, {}).map((issue) =>
    problem(
      CELL_KEYS[issue.key] ?? 'directoryImport.invalid',
      sheetRow,
      issue.path.split('.')[0] as K,
      issue.params ?? {},
    ),
  );
}

export function checkDirectory(
  book: DirectoryBook,
  repos: Repositories,
  context: {
    defaultLevel: InstitutionLevel;
    /** Live institutions by folded name. */
    institutionsByName: Map<string, { id: string; name: string; origin: string | null }>;
    /** Live people by folded `name|position`, to their name as stored (and their office, another's). */
    peopleByNamePosition: Map<string, { name: string; origin: string | null }>;
  },
): DirectoryPlan {
  const plan: DirectoryPlan = { rows: [], problems: [], institutions: [], people: [] };
  const newInstitutions = new Map<string, number>();

  for (const sheet of book.institutions.map((s) => sheetOf<InstitutionColumn>(s))) {
    for (const row of sheet.sheet.rows) {
      const cells = row.cells;
      const name = text(cells.name);
      const report: DirectoryRowReport = {
        kind: 'institution',
        sheet: sheet.sheet.name,
        sheetRow: row.sheetRow,
        name,
        detail: [text(cells.sector), text(cells.level)].filter(Boolean).join(' · '),
        outcome: 'error',
        duplicateOf: null,
        duplicateOrigin: null,
      };
      plan.rows.push(report);
      const problems = unreadable(sheet, row);
      const sectorText = foldForSearch(text(cells.sector));
      const levelText = foldForSearch(text(cells.level));
      const sector = sectorText ? SECTOR_WORDS[sectorText] : 'lainnya';
      const level = levelText ? LEVEL_WORDS[levelText] : context.defaultLevel;
      if (!sector)
        problems.push(sheet.problem('directoryImport.sector', row.sheetRow, 'sector', { value: text(cells.sector) }));
      if (!level)
        problems.push(sheet.problem('directoryImport.level', row.sheetRow, 'level', { value: text(cells.level) }));
      const parsed = institutionCreateInput.safeParse({
        name,
        shortName: text(cells.shortName),
        sector: sector ?? 'lainnya',
        level: level ?? 'kecamatan',
        areaCode: text(cells.areaCode) || null,
        address: text(cells.address),
        phone: phoneText(cells.phone),
        email: text(cells.email),
      });
      if (!parsed.success) problems.push(...schemaProblems(sheet, row.sheetRow, parsed.error));
      else if (parsed.data.areaCode && !repos.areas.exists(parsed.data.areaCode))
        problems.push(
          sheet.problem('directoryImport.areaUnknown', row.sheetRow, 'areaCode', { value: parsed.data.areaCode }),
        );
      const key = foldForSearch(name);
      const earlier = newInstitutions.get(key);
      if (name && earlier !== undefined)
        problems.push(sheet.problem('directoryImport.repeatedInstitution', row.sheetRow, 'name', { other: earlier }));
      if (problems.length > 0 || !parsed.success) {
        plan.problems.push(...problems);
        continue;
      }
      const existing = context.institutionsByName.get(key);
      if (existing) {
        report.outcome = 'duplicate';
        report.duplicateOf = existing.name;
        report.duplicateOrigin = existing.origin;
        continue;
      }
      newInstitutions.set(key, row.sheetRow);
      // People of the same file may name it by its short name.
      if (parsed.data.shortName) newInstitutions.set(foldForSearch(parsed.data.shortName), row.sheetRow);
      report.outcome = 'new';
      plan.institutions.push(parsed.data);
    }
  }

  const seenNip = new Map<string, number>();
  const seenNamePosition = new Map<string, number>();
  for (const sheet of book.people.map((s) => sheetOf<PersonColumn>(s))) {
    for (const row of sheet.sheet.rows) {
      const cells = row.cells;
      const name = text(cells.name);
      const institutionName = text(cells.institution);
      const report: DirectoryRowReport = {
        kind: 'person',
        sheet: sheet.sheet.name,
        sheetRow: row.sheetRow,
        name,
        detail: [text(cells.position), institutionName].filter(Boolean).join(' · '),
        outcome: 'error',
        duplicateOf: null,
        duplicateOrigin: null,
      };
      plan.rows.push(report);
      const problems = unreadable(sheet, row);
      // An 18-digit NIP stored as a number has lost its last digits in the spreadsheet already.
      if (typeof cells.nip === 'number')
        problems.push(sheet.problem('directoryImport.nipAsNumber', row.sheetRow, 'nip', { value: String(cells.nip) }));
      const institutionKey = foldForSearch(institutionName);
      const known = institutionKey ? context.institutionsByName.get(institutionKey) : undefined;
      const inFile = institutionKey !== '' && newInstitutions.has(institutionKey);
      if (institutionKey && !known && !inFile)
        problems.push(
          sheet.problem('directoryImport.institutionUnknown', row.sheetRow, 'institution', { value: institutionName }),
        );
      const parsed = personCreateInput.safeParse({
        name,
        position: text(cells.position),
        institutionId: null,
        nip: typeof cells.nip === 'number' ? null : text(cells.nip),
        rank: text(cells.rank),
        phone: phoneText(cells.phone),
        email: text(cells.email),
      });
      if (!parsed.success) problems.push(...schemaProblems(sheet, row.sheetRow, parsed.error));
      const fields = parsed.success ? parsed.data : null;
      const namePosition = fields ? `${foldForSearch(fields.name)}|${foldForSearch(fields.position ?? '')}` : '';
      if (fields?.nip && seenNip.has(fields.nip))
        problems.push(
          sheet.problem('directoryImport.repeatedNip', row.sheetRow, 'nip', {
            other: seenNip.get(fields.nip) as number,
          }),
        );
      else if (fields && seenNamePosition.has(namePosition))
        problems.push(
          sheet.problem('directoryImport.repeatedPerson', row.sheetRow, 'name', {
            other: seenNamePosition.get(namePosition) as number,
          }),
        );
      if (problems.length > 0 || !fields) {
        plan.problems.push(...problems);
        continue;
      }
      if (fields.nip) seenNip.set(fields.nip, row.sheetRow);
      seenNamePosition.set(namePosition, row.sheetRow);
      const holder = fields.nip ? repos.people.idWithNip(fields.nip) : null;
      const same = holder ? null : (context.peopleByNamePosition.get(namePosition) ?? null);
      if (holder || same) {
        report.outcome = 'duplicate';
        report.duplicateOf = holder ? `NIP ${fields.nip}` : (same?.name ?? null);
        report.duplicateOrigin = same?.origin ?? null;
        continue;
      }
      report.outcome = 'new';
      plan.people.push({
        ...fields,
        institutionId: known?.id ?? null,
        newInstitution: known ? null : institutionKey || null,
      });
    }
  }
  return plan;
}
