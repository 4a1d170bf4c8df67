import type { LetterEntry } from '../../shared/domain/letters';
import type { FileDownload } from '../../shared/domain/follow-up';
import { letterRegisterModel } from '../../shared/documents/reports/letter-register';
import { LETTER_KIND_LABELS_ID } from '../../shared/letters/numbering';
import type { OfficeIdentity } from '../../shared/domain/settings';
import type { Db } from '../db/connection';
import { repositoriesOf } from '../db/repositories';
import { documentSettingsOf } from '../documents/setup-store';
import { renderDocument } from '../documents/meeting-document';
import { DATE_FORMAT } from '../files/ledger-xlsx';
import { applyQuotePrefix, looksLikeFormula, QUOTE_PREFIX_MARKER, XLSX_MEDIA_TYPE } from '../spreadsheets/xlsx-text';
import { registerOf } from './register-repository';

/** The register of a year as the office files it: printed (PDF, DOCX) or as a workbook (XLSX). */

function dateOf(iso: string): Date {
  const [y, m, d] = iso.split('-').map(Number);
  return new Date(Date.UTC(y as number, (m as number) - 1, d as number));
}

async function registerWorkbook(entries: readonly LetterEntry[], year: number, office: string): Promise<Uint8Array> {
  const { default: ExcelJS } = await import('exceljs');
  const workbook = new ExcelJS.Workbook();
  workbook.creator = 'Sirakor';
  const sheet = workbook.addWorksheet(`Surat Keluar ${year}`, {
    views: [{ state: 'frozen', ySplit: 3 }],
    pageSetup: { orientation: 'landscape', fitToPage: true, fitToWidth: 1, fitToHeight: 0 },
  });
  sheet.getCell('A1').value = `BUKU AGENDA SURAT KELUAR ${year}`;
  sheet.getCell('A1').font = { bold: true, size: 13 };
  sheet.getCell('A2').value = office;
  const headers = [
    'No',
    'Tanggal',
    'Nomor Surat',
    'Jenis',
    'Kepada',
    'Perihal',
    'Rapat',
    'Sumber',
    'Dibatalkan',
    'Alasan batal',
  ];
  const widths = [6, 18, 30, 14, 28, 45, 40, 14, 18, 30];
  sheet.columns = widths.map((width) => ({ width }));
  const header = sheet.getRow(3);
  headers.forEach((text, i) => {
    const cell = header.getCell(i + 1);
    cell.value = text;
    cell.font = { bold: true };
    cell.fill = { type: 'pattern', pattern: 'solid', fgColor: { argb: 'FFE9ECEF' } };
  });
  entries.forEach((entry, index) => {
    const values: (string | number | Date | null)[] = [
      index + 1,
      dateOf(entry.letterDate),
      entry.number,
      LETTER_KIND_LABELS_ID[entry.kind],
      entry.addressee,
      entry.subject,
      entry.meetingTitle,
      entry.source === 'issued' ? 'Diterbitkan' : 'Dicatat manual',
      entry.voidedAt ? dateOf(entry.voidedAt.slice(0, 10)) : null,
      entry.voidReason,
    ];
    const row = sheet.getRow(index + 4);
    values.forEach((value, i) => {
      if (value === null) return;
      const cell = row.getCell(i + 1);
      cell.value = value;
      if (value instanceof Date) cell.numFmt = DATE_FORMAT;
      // Text a spreadsheet would take for a formula stays text (the ledger export does the same).
      if (typeof value === 'string' && looksLikeFormula(value)) cell.protection = QUOTE_PREFIX_MARKER;
    });
  });
  sheet.autoFilter = {
    from: { row: 3, column: 1 },
    to: { row: Math.max(3, entries.length + 3), column: headers.length },
  };
  return applyQuotePrefix(new Uint8Array(await workbook.xlsx.writeBuffer()));
}

export async function registerFile(
  db: Db,
  resourcesDir: string,
  input: { year: number; format: 'pdf' | 'docx' | 'xlsx'; paper?: 'A4' | 'F4' | undefined },
): Promise<FileDownload> {
  const repos = repositoriesOf(db);
  const { entries, office, settings } = db.transaction(() => ({
    entries: registerOf(db).ofYear(input.year),
    office: repos.settings.get<OfficeIdentity>('office')?.officeName ?? '',
    settings: documentSettingsOf(repos),
  }))();
  const fileName = `Buku Agenda Surat Keluar ${input.year}.${input.format}`;
  if (input.format === 'xlsx') {
    const bytes = await registerWorkbook(entries, input.year, office);
    return { fileName, mediaType: XLSX_MEDIA_TYPE, dataBase64: Buffer.from(bytes).toString('base64') };
  }
  const model = letterRegisterModel(entries, input.paper ? { ...settings, paper: input.paper } : settings, {
    year: input.year,
    office,
  });
  return renderDocument(model, input.format, resourcesDir, fileName);
}
