import type { Workbook } from 'exceljs';
import { INSTITUTION_LEVEL_LABELS_ID, SECTOR_LABELS_ID } from '../../../shared/domain/directory';
import type { DataContext } from '../../db/clock';
import { repositoriesOf } from '../../db/repositories';
import { finishWorkbook, looksLikeFormula, QUOTE_PREFIX_MARKER } from '../../files/xlsx';

/**
 * The directory as a workbook an office can edit and import again: a sheet of institutions and
 * a sheet of people with the headers the import reads, NIPs as text (an 18-digit number would
 * lose digits), formula-like text kept as text. Phones and e-mail addresses are personal data and
 * only included when asked.
 */

type Cell = string | null;

function sheetOf(
  workbook: Workbook,
  name: string,
  columns: { header: string; width: number; text?: boolean }[],
  rows: Cell[][],
): void {
  const sheet = workbook.addWorksheet(name, { views: [{ state: 'frozen', ySplit: 1 }] });
  sheet.columns = columns.map((c) => ({ width: c.width, style: c.text ? { numFmt: '@' } : {} }));
  const header = sheet.getRow(1);
  columns.forEach((column, i) => {
    const cell = header.getCell(i + 1);
    cell.value = column.header;
    cell.font = { bold: true };
    cell.fill = { type: 'pattern', pattern: 'solid', fgColor: { argb: 'FFE9ECEF' } };
  });
  rows.forEach((values, r) => {
    const row = sheet.getRow(r + 2);
    values.forEach((value, i) => {
      if (value === null || value === '') return;
      const cell = row.getCell(i + 1);
      cell.value = value;
      if (looksLikeFormula(value)) cell.protection = QUOTE_PREFIX_MARKER;
    });
  });
  sheet.autoFilter = { from: { row: 1, column: 1 }, to: { row: Math.max(1, rows.length + 1), column: columns.length } };
}

/** The directory's workbook and its file name (the job `directoryXlsx` writes it in a worker). */
export async function directoryWorkbook(
  ctx: DataContext,
  includeContacts: boolean,
  today: string,
): Promise<{ bytes: Uint8Array; fileName: string }> {
  const { institutions, people } = ctx.db.transaction(() => {
    const sheets = repositoriesOf(ctx).directorySheets;
    return { institutions: sheets.institutions(), people: sheets.people() };
  })();
  const { default: ExcelJS } = await import('exceljs');
  const workbook = new ExcelJS.Workbook();
  workbook.creator = 'Sirakor';
  const contacts = (phone: string | null, email: string | null): Cell[] => (includeContacts ? [phone, email] : []);
  // Records of other offices (issue 11) are named with their office; an office's own-only directory is unchanged.
  const mixed = [...institutions, ...people].some((row) => row.origin !== null);
  const originColumns = mixed ? [{ header: 'Asal data', width: 32 }] : [];
  const origin = (row: { origin: string | null }): Cell[] => (mixed ? [row.origin] : []);
  const contactColumns = includeContacts
    ? [
        { header: 'Telepon', width: 18, text: true },
        { header: 'Email', width: 28 },
      ]
    : [];
  sheetOf(
    workbook,
    'Instansi',
    [
      { header: 'Nama', width: 50 },
      { header: 'Singkatan', width: 16 },
      { header: 'Sektor', width: 28 },
      { header: 'Tingkat', width: 16 },
      { header: 'Kode wilayah', width: 16, text: true },
      { header: 'Wilayah', width: 22 },
      { header: 'Alamat', width: 40 },
      ...contactColumns,
      ...originColumns,
    ],
    institutions.map((i) => [
      i.name,
      i.short_name,
      SECTOR_LABELS_ID[i.sector],
      INSTITUTION_LEVEL_LABELS_ID[i.level],
      i.area_code,
      i.area_name,
      i.address,
      ...contacts(i.phone, i.email),
      ...origin(i),
    ]),
  );
  sheetOf(
    workbook,
    'Orang',
    [
      { header: 'Nama', width: 36 },
      { header: 'Jabatan', width: 40 },
      { header: 'Instansi', width: 45 },
      { header: 'NIP', width: 22, text: true },
      { header: 'Pangkat/Golongan', width: 20 },
      ...contactColumns,
      ...originColumns,
    ],
    people.map((p) => [p.name, p.position, p.institution, p.nip, p.rank, ...contacts(p.phone, p.email), ...origin(p)]),
  );
  const bytes = finishWorkbook(new Uint8Array(await workbook.xlsx.writeBuffer()));
  return { bytes, fileName: `Direktori ${today}.xlsx` };
}
