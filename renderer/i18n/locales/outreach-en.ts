import type { outreachId } from './outreach-id';

/** English texts of issue 12's features; the same shape as outreach-id.ts. */
export const outreachEn: typeof outreachId = {
  forms: {
    noOpenCommitments: 'There are no open commitments (not started or in progress) to make a form for.',
    import: {
      fileTooLarge: 'The file is larger than {{maxMb}} MB. A progress form is usually a few dozen KB.',
      empty: 'This file is empty.',
      notXlsx: 'This is not an Excel file (.xlsx). Save the form as an “Excel Workbook (.xlsx)” and import it again.',
      unpacksTooLarge: 'This Excel file unpacks to more than {{maxMb}} MB, so it was refused.',
      notAForm:
        'This file is not a Sirakor progress form (no form code was found). Use a form made from Commitments → Progress forms.',
      confirmFirst: 'Preview this file first, then apply it.',
      otherOffice:
        'This form was made by Sirakor at another office, not at this one. Send the institution a form from this office to fill in.',
      formCodeDamaged:
        'The form code (hidden column L, row 1) is damaged or was edited, so the form cannot be matched.',
      formTampered: 'The check value of the form code does not match: the code was edited. The form cannot be matched.',
      institutionGone: 'The institution this form belongs to is no longer in the directory.',
      tooManyRows: 'This form is longer than can be read; rows after row 2,006 were ignored.',
      rowOfOtherOffice: 'Row {{row}}: a form from another office; this row is not applied.',
      rowNotVerified: 'Row {{row}}: the form code is not valid, so this row cannot be matched and is not applied.',
      rowLayoutChanged: 'Row {{row}}: the form’s columns were rearranged, so this row was not read.',
      layoutChanged:
        'Row {{row}}, column {{column}}: the column heading should be “{{expected}}” but reads “{{value}}”. The form’s columns must not be changed.',
      rowWithoutCode:
        'Row {{row}}: a row without a code (an added row?). New commitments cannot be added through a form; clear this row.',
      codeDamaged:
        'Row {{row}}: the row code (hidden column {{column}}) is damaged or was edited, so this row cannot be matched to a commitment.',
      codeTampered:
        'Row {{row}}: the row code’s check value does not match (the commitment id or code was edited, or the row was copied from another form); this row is not applied.',
      otherInstitution:
        'Row {{row}}: this row comes from the form of {{institution}}, not of the institution this form belongs to.',
      duplicateRow: 'Row {{row}}: the same commitment is already in row {{other}}.',
      commitmentGone: 'Row {{row}}: this commitment has been deleted.',
      commitmentMoved: 'Row {{row}}: this commitment is now recorded under {{institution}}.',
      formula:
        'Row {{row}}, column {{column}} ({{header}}): holds the formula “{{value}}”. Type the value itself, not a formula.',
      cellError: 'Row {{row}}, column {{column}} ({{header}}): holds the error “{{value}}”.',
      status:
        'Row {{row}}, column {{column}} ({{header}}): “{{value}}” is not a status. Choose Belum mulai, Berjalan, Selesai or Dibatalkan.',
      percentNumber: 'Row {{row}}, column {{column}} ({{header}}): “{{value}}” is not a number. Enter 0 to 100.',
      percentWhole:
        'Row {{row}}, column {{column}} ({{header}}): the percentage must be a whole number, not “{{value}}”.',
      percentRange: 'Row {{row}}, column {{column}} ({{header}}): the percentage must be 0 to 100, not {{value}}.',
      date: 'Row {{row}}, column {{column}} ({{header}}): “{{value}}” is not a date. Enter for example 17/12/2025.',
      tooLong: 'Row {{row}}, column {{column}} ({{header}}): the text is too long (“{{value}}…”).',
      dateRequired: 'Row {{row}}, column {{column}} ({{header}}): the report date is required.',
      nothingReported: 'Row {{row}}: fill in the new status, the percentage or what was done.',
      futureDate:
        'Row {{row}}, column {{column}} ({{header}}): {{value}} has not come yet. A report tells what has already happened.',
      beforeMeeting:
        'Row {{row}}, column {{column}} ({{header}}): {{value}} is earlier than the commitment’s meeting ({{meeting}}).',
      staleNotAccepted:
        '{{count}} commitments changed after the form was made. Check the marked rows, then tick “Apply these too” to apply them.',
    },
  },
};
