import type ExcelJS from 'exceljs';
import { CODE_COLUMN, editForm, fillRow, FIRST_ROW, loadForm, type RowFill } from '../support/progress-forms';

/**
 * Hostile progress forms: a form the office sent to an institution, returned changed in one way
 * a careless or dishonest hand can change it — edited ids, forged check values, formulas, dates
 * in the future, percents over 100, rows of another institution, a form of another office. Every
 * form also carries a properly filled row, so a partial import would show.
 *
 * The base form is the institution's with at least three open commitments; `otherInstitution` is
 * another institution's form of this office, `otherOffice` a form made by another installation.
 */

export interface HostileForm {
  id: string;
  defect: string;
  bytes: Uint8Array;
  /** The message key the refusal must carry. */
  expectKey: string;
  /** Whether the refusal names a row (a file that is not a form at all is refused as a whole). */
  rowLevel: boolean;
}

export interface HostileSources {
  /** The institution's form, three commitments or more. */
  base: Uint8Array;
  /** Another institution's form from the same office. */
  otherInstitution: Uint8Array;
  /** A form of the same shape made by another office's Sirakor. */
  otherOffice: Uint8Array;
  /** The base form, whose commitment in its third row was deleted after it was made. */
  deletedThird: Uint8Array;
}

/** The properly filled row every hostile form carries (its first commitment). */
export const GOOD_FILL: RowFill = {
  status: 'Berjalan',
  percent: 40,
  reportedOn: new Date(Date.UTC(2026, 0, 14)),
  done: 'PMT lokal dibagikan kepada 18 balita gizi kurang di Desa Rumbia.',
  reporter: 'Nutrisionis Puskesmas',
};

const SECOND = FIRST_ROW + 1;

function codeCell(sheet: ExcelJS.Worksheet, row: number): ExcelJS.Cell {
  return sheet.getRow(row).getCell(CODE_COLUMN);
}

/** The code's parts (`SRK1|r|commitment|institution|stamp|mac`). */
function codeParts(sheet: ExcelJS.Worksheet, row: number): string[] {
  return String(codeCell(sheet, row).value).split('|');
}

export async function hostileForms(sources: HostileSources): Promise<HostileForm[]> {
  const forms: HostileForm[] = [];
  const otherSheet = (await loadForm(sources.otherInstitution)).worksheets[0] as ExcelJS.Worksheet;
  const otherCode = String(codeCell(otherSheet, FIRST_ROW).value);

  /** The base form with the good row, and `edit` applied to the second row (or the whole sheet). */
  const add = async (
    id: string,
    defect: string,
    expectKey: string,
    edit: (sheet: ExcelJS.Worksheet) => void,
    from: Uint8Array = sources.base,
  ) => {
    const bytes = await editForm(from, (sheet) => {
      fillRow(sheet, FIRST_ROW, GOOD_FILL);
      edit(sheet);
    });
    forms.push({ id, defect, bytes, expectKey, rowLevel: true });
  };
  const second = (fill: RowFill) => (sheet: ExcelJS.Worksheet) =>
    fillRow(sheet, SECOND, { reportedOn: '15/01/2026', status: 'Berjalan', ...fill });

  // Codes of rows.
  await add('edited-commitment-id', 'the commitment id in a row code edited', 'forms.import.codeTampered', (sheet) => {
    const parts = codeParts(sheet, SECOND);
    parts[2] = `${(parts[2] as string).slice(0, -4)}beef`;
    codeCell(sheet, SECOND).value = parts.join('|');
    second({ percent: 50 })(sheet);
  });
  await add('forged-check-value', 'a row code with a made-up check value', 'forms.import.codeTampered', (sheet) => {
    const parts = codeParts(sheet, SECOND);
    parts[5] = 'AAAAAAAAAAAAAAAAAAAAAA';
    codeCell(sheet, SECOND).value = parts.join('|');
    second({ percent: 50 })(sheet);
  });
  await add('edited-stamp', 'the version stamp in a row code moved forward', 'forms.import.codeTampered', (sheet) => {
    const parts = codeParts(sheet, SECOND);
    parts[4] = '2030-01-01T00:00:00.000Z';
    codeCell(sheet, SECOND).value = parts.join('|');
    second({ percent: 50 })(sheet);
  });
  await add('code-garbage', 'a row code replaced by other text', 'forms.import.codeDamaged', (sheet) => {
    codeCell(sheet, SECOND).value = 'komitmen-2';
    second({ percent: 50 })(sheet);
  });
  await add('code-formula', 'a row code replaced by a formula', 'forms.import.codeDamaged', (sheet) => {
    codeCell(sheet, SECOND).value = { formula: 'L7', date1904: false };
    second({ percent: 50 })(sheet);
  });
  await add('code-cleared', 'a filled row whose code was cleared', 'forms.import.rowWithoutCode', (sheet) => {
    codeCell(sheet, SECOND).value = null;
    second({ percent: 50 })(sheet);
  });
  await add('added-row', 'a row added under the commitments', 'forms.import.rowWithoutCode', (sheet) => {
    fillRow(sheet, sheet.rowCount + 1, { status: 'Selesai', reportedOn: '15/01/2026', done: 'Kegiatan tambahan' });
  });
  await add('duplicated-row', 'a row code copied onto the next row', 'forms.import.duplicateRow', (sheet) => {
    codeCell(sheet, SECOND).value = codeCell(sheet, FIRST_ROW).value;
    second({ percent: 50 })(sheet);
  });
  await add(
    'row-of-other-institution',
    'a row copied from another institution’s form',
    'forms.import.otherInstitution',
    (sheet) => {
      codeCell(sheet, SECOND).value = otherCode;
      second({ percent: 50 })(sheet);
    },
  );
  await add(
    'deleted-commitment',
    'a report on a commitment deleted since',
    'forms.import.commitmentGone',
    (sheet) => {
      fillRow(sheet, FIRST_ROW + 2, { status: 'Selesai', reportedOn: '15/01/2026' });
    },
    sources.deletedThird,
  );

  // The form's own code.
  const formCode = (edit: (parts: string[]) => void) => (sheet: ExcelJS.Worksheet) => {
    const parts = String(codeCell(sheet, 1).value).split('|');
    edit(parts);
    codeCell(sheet, 1).value = parts.join('|');
  };
  await add(
    'form-of-other-office',
    'a form made by another office’s Sirakor',
    'forms.import.rowOfOtherOffice',
    () => undefined,
    sources.otherOffice,
  );
  await add(
    'forged-form-institution',
    'the institution in the form code swapped',
    'forms.import.rowNotVerified',
    formCode((parts) => {
      parts[3] = otherCode.split('|')[3] as string;
    }),
  );
  await add(
    'forged-form-office',
    'the installation in the form code changed to this one’s from another',
    'forms.import.rowOfOtherOffice',
    formCode((parts) => {
      parts[5] = '0123456789abcdef';
    }),
  );
  await add(
    'form-code-garbage',
    'the form code replaced by other text that still looks like one',
    'forms.import.rowNotVerified',
    formCode((parts) => {
      parts[2] = 'formulir';
    }),
  );
  await add('layout-changed', 'the heading of an input column changed', 'forms.import.layoutChanged', (sheet) => {
    sheet.getRow(6).getCell(8).value = 'Realisasi';
  });

  // What the institution typed.
  await add(
    'formula-percent',
    'a formula for the percent',
    'forms.import.formula',
    second({ percent: { formula: '40+20', date1904: false } }),
  );
  await add(
    'formula-link',
    'a HYPERLINK formula in what was done',
    'forms.import.formula',
    second({ percent: 50, done: { formula: 'HYPERLINK("http://contoh.test","klik")', date1904: false } }),
  );
  await add(
    'error-value',
    'an error value for the percent',
    'forms.import.cellError',
    second({ percent: { error: '#DIV/0!' } }),
  );
  await add(
    'future-date',
    'a report dated after today',
    'forms.import.futureDate',
    second({ percent: 50, reportedOn: new Date(Date.UTC(2026, 2, 1)) }),
  );
  await add(
    'date-before-meeting',
    'a report dated before the commitment’s meeting',
    'forms.import.beforeMeeting',
    second({ percent: 50, reportedOn: '1 Oktober 2025' }),
  );
  await add(
    'date-words',
    'a date nobody can read',
    'forms.import.date',
    second({ percent: 50, reportedOn: 'minggu lalu' }),
  );
  await add(
    'date-missing',
    'a report without its date',
    'forms.import.dateRequired',
    second({ reportedOn: null, percent: 50 }),
  );
  await add('percent-over-100', 'a percent over 100', 'forms.import.percentRange', second({ percent: 150 }));
  await add('percent-negative', 'a negative percent', 'forms.import.percentRange', second({ percent: -10 }));
  await add('percent-fraction', 'a percent with a fraction', 'forms.import.percentWhole', second({ percent: 62.5 }));
  await add('percent-words', 'a percent in words', 'forms.import.percentNumber', second({ percent: 'separuh' }));
  await add(
    'status-unknown',
    'a status that is not one of the four',
    'forms.import.status',
    second({ status: 'Hampir selesai' }),
  );
  await add(
    'nothing-reported',
    'a date and a name, but no status, percent or account',
    'forms.import.nothingReported',
    second({ status: null, reporter: 'Staf' }),
  );
  await add(
    'note-too-long',
    'an account longer than 10,000 characters',
    'forms.import.tooLong',
    second({ done: 'x'.repeat(10_001) }),
  );

  // Not a form at all.
  const hidden = await editForm(sources.base, (sheet) => {
    sheet.state = 'hidden';
    sheet.workbook.addWorksheet('Lembar2').getCell('A1').value = 'kosong';
  });
  forms.push({
    id: 'hidden-form',
    defect: 'the form’s sheet hidden',
    bytes: hidden,
    expectKey: 'forms.import.notAForm',
    rowLevel: false,
  });
  forms.push({
    id: 'renamed-text',
    defect: 'a text file renamed to .xlsx',
    bytes: new Uint8Array(Buffer.from('Status;Persen\nSelesai;100\n')),
    expectKey: 'forms.import.notXlsx',
    rowLevel: false,
  });
  return forms;
}
