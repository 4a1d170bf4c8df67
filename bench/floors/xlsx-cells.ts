import ExcelJS from 'exceljs';
import { timeSeconds } from '../figure';

/** A sheet's name and its rows' values, as a workbook holds them. */
export interface SheetCells {
  name: string;
  rows: ExcelJS.CellValue[][];
}

/** The values of every sheet of an XLSX file (read once, not timed). */
export async function cellsOfWorkbook(bytes: Uint8Array): Promise<SheetCells[]> {
  const workbook = new ExcelJS.Workbook();
  await workbook.xlsx.load(Buffer.from(bytes) as unknown as ArrayBuffer);
  return workbook.worksheets.map((sheet) => {
    const rows: ExcelJS.CellValue[][] = [];
    for (let r = 1; r <= sheet.rowCount; r++) {
      const values = sheet.getRow(r).values;
      rows.push(Array.isArray(values) ? values.slice(1) : []);
    }
    return { name: sheet.name, rows };
  });
}

/** The floor of `plan.xlsx3000`: exceljs writing the same cells, sheet by sheet, with no styles. Seconds. */
export function writePlainWorkbook(sheets: readonly SheetCells[]): Promise<number> {
  return timeSeconds(async () => {
    const workbook = new ExcelJS.Workbook();
    for (const { name, rows } of sheets) workbook.addWorksheet(name).addRows(rows);
    await workbook.xlsx.writeBuffer();
  });
}
