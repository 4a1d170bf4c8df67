import type { DocumentSettings } from '../../domain/document-settings';
import type { LetterEntry } from '../../domain/letters';
import { formatDateId } from '../../format/dates';
import { LETTER_KIND_LABELS_ID } from '../../letters/numbering';
import type { DocumentModel, TableRow } from '../model';
import { pageSetupOf } from './common';

/**
 * The *buku agenda surat keluar* of a year: every number the office issued or recorded, in the
 * order of their running numbers (numbers of another system after them, by date), with its kind, addressee and subject; the remark names the meeting,
 * says when a number was typed by hand, and marks a voided one with its reason (a voided number
 * keeps its line: the register shows that it was never used). Landscape, the header on every page.
 */
export function letterRegisterModel(
  entries: readonly LetterEntry[],
  settings: DocumentSettings,
  options: { year: number; office: string },
): DocumentModel {
  const rows: TableRow[] = entries.map((entry, index) => {
    const remarks = [
      entry.voidedAt ? `DIBATALKAN: ${entry.voidReason ?? ''}`.trim() : null,
      entry.meetingTitle ? `Rapat: ${entry.meetingTitle}` : null,
      entry.source === 'recorded' ? 'Nomor dicatat manual' : null,
    ].filter((part): part is string => part !== null);
    return {
      cells: [
        { content: String(index + 1), align: 'center' },
        { content: formatDateId(entry.letterDate) },
        { content: entry.voidedAt ? { text: entry.number, bold: true } : entry.number },
        { content: LETTER_KIND_LABELS_ID[entry.kind] },
        { content: entry.addressee ?? '–' },
        { content: entry.subject },
        { content: remarks.join('\n') },
      ],
    };
  });
  const header: TableRow = {
    cells: ['No', 'Tanggal', 'Nomor Surat', 'Jenis', 'Kepada', 'Perihal', 'Keterangan'].map((content) => ({
      content,
      align: 'center' as const,
    })),
  };
  return {
    title: `Buku Agenda Surat Keluar ${options.year}`,
    page: pageSetupOf(settings, 'landscape'),
    fontSize: 10,
    letterhead: null,
    watermark: null,
    pageNumbers: true,
    body: [
      { kind: 'heading', text: 'BUKU AGENDA SURAT KELUAR', size: 13 },
      { kind: 'heading', text: `${options.office.toUpperCase()} · TAHUN ${options.year}`, size: 11, spaceBefore: 1 },
      {
        kind: 'table',
        columns: [
          { width: 4, align: 'center' },
          { width: 11 },
          { width: 18 },
          { width: 9 },
          { width: 16 },
          { width: 26 },
          { width: 16 },
        ],
        header: [header],
        rows:
          rows.length > 0
            ? rows
            : [
                {
                  cells: [
                    { content: `Belum ada nomor surat pada tahun ${options.year}.`, colSpan: 7, align: 'center' },
                  ],
                },
              ],
        size: 9,
        spaceAfter: 4,
      },
      {
        kind: 'paragraph',
        content: `Jumlah: ${entries.length} nomor, ${entries.filter((e) => e.voidedAt).length} dibatalkan.`,
        size: 9,
      },
    ],
  };
}
