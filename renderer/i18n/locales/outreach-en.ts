import type { outreachId } from './outreach-id';

/** English texts of issue 12's features; the same shape as outreach-id.ts. */
export const outreachEn: typeof outreachId = {
  forms: {
    button: 'Progress forms',
    title: 'Progress report forms',
    intro:
      'Make an Excel form with each institution’s open commitments, send it (on WhatsApp, for example), then import the filled form. What it says is shown before it is applied.',
    makeTitle: '1. Make forms',
    institution: 'Institution',
    allInstitutions: 'All institutions ({{count}}): one ZIP file with a form per institution',
    institutionOption: '{{name}} ({{count}} open commitments)',
    download: 'Download form',
    downloaded: 'Form saved: {{name}}',
    importTitle: '2. Import a filled form',
    file: 'Form file (.xlsx)',
    filePlaceholder: 'Choose a file…',
    preview: 'Show preview',
    apply: 'Apply {{count}} reports',
    acceptStale: 'Also apply {{count}} reports on commitments that changed after the form was made',
    summary:
      'Form of {{institution}} ({{date}}): {{new}} new reports, {{unchanged}} already recorded, {{empty}} empty rows, {{error}} to fix.',
    summaryUnknown: '{{new}} new reports, {{unchanged}} already recorded, {{empty}} empty rows, {{error}} to fix.',
    nothingNew: 'Nothing new: everything in this form is already recorded.',
    applied: '{{count}} reports applied as reports of {{institution}} through its form.',
    fixFirst: 'Fix the form and import it again. Nothing is applied while it has problems.',
    moreProblems: 'and {{count}} more problems.',
    stale: 'This commitment changed on {{date}}, after the form was made.',
    columns: {
      row: 'Row',
      commitment: 'Commitment',
      change: 'Report',
      done: 'What was done',
      reporter: 'Reporter',
      outcome: 'Result',
    },
    outcome: { new: 'New', unchanged: 'Already recorded', empty: 'Empty', error: 'To fix' },
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
  messages: {
    button: 'WhatsApp messages',
    meetingTitle: 'WhatsApp messages of the meeting',
    invitation: 'Invitation',
    summary: 'Summary of the meeting',
    summaryNeedsApproval: 'The summary can be made once the minutes are approved.',
    remindersButton: 'WhatsApp reminders',
    remindersTitle: 'Commitment reminders per institution',
    remindersIntro:
      'One message for each institution that still has open commitments. Check and edit the text if needed, then copy it or open it in WhatsApp. Sirakor sends nothing itself.',
    remindersEmpty: 'No institution has open commitments.',
    institutions: 'Institutions',
    openCount: '{{count}} open commitments',
    overdueCount: '{{count}} overdue',
    copy: 'Copy',
    copied: 'Text copied. Paste it in WhatsApp.',
    copyAll: 'Copy all ({{count}})',
    copiedAll: '{{count}} messages copied, separated by lines.',
    copyFailed: 'The text could not be copied automatically. Select it and press Ctrl+C.',
    openWhatsapp: 'Open in WhatsApp',
    recipient: 'Send to',
    noRecipient: 'Chosen in WhatsApp',
    noPhone: 'no number',
    recipientHint: 'Numbers come from the directory. Without a number, WhatsApp asks whom to send it to.',
    reset: 'Restore text',
    text: 'Message text',
    characters: '{{count}} characters',
    unknownPlaceholder: 'The placeholder {{placeholder}} is not known. Those that can be used: {{known}}.',
    tooLongForLink:
      'This message is too long to open directly in WhatsApp (its link is over {{max}} characters). Copy the text and paste it in WhatsApp.',
    templates: {
      title: 'WhatsApp message templates',
      intro:
        'The wording of the messages Sirakor prepares. Placeholders in braces are filled from the meeting or the institution; a line whose placeholders are all empty is left out. *Text between stars* shows bold in WhatsApp.',
      invitation: 'Meeting invitation',
      summary: 'Summary of the meeting (after the minutes are approved)',
      reminder: 'Commitment reminder per institution',
      placeholders: 'Placeholders: {{list}}',
      save: 'Save templates',
      saved: 'Message templates saved.',
      reset: "Back to Sirakor's wording",
      custom: "Office's template",
    },
  },
};
