import { listMarker } from './markers';
import { LINE_HEIGHT, textWidthMm } from './metrics';
import type { FieldsBlock, ListBlock, Signature, SignaturesBlock, StaggeredSignature } from './model';

/**
 * Layout decisions both renderers share, in millimetres: where the colon of a label–value block
 * stands, how wide list markers are, what a staggered signature line says, how much room a
 * signature takes. Keeping them here is what makes the DOCX and the PDF line up the same way.
 */

export const PARAGRAPH_SPACE_AFTER = 1;
/** The kop's emblem, and the column it stands in (the emblem and a gap), mm. */
export const LETTERHEAD_LOGO_MM = 24;
export const LETTERHEAD_LOGO_COLUMN_MM = 27;
/** Size of the kop's address and contact lines, pt. */
export const LETTERHEAD_CONTACT_SIZE = 10;
export const TABLE_SPACE_AFTER = 2;
export const SIGNATURE_SPACE = 20;
/** Cell padding of tables. */
export const CELL_PADDING = { horizontal: 1.5, vertical: 1 };
const COLON = ':';
/** Room between a label and its colon, and from the colon to the value. */
export const COLON_GAP = 1.5;

export function lineHeightMm(size: number): number {
  return (size * LINE_HEIGHT * 25.4) / 72;
}

/** Where the colon column starts, measured from the labels' indent. */
export function labelColumnMm(block: FieldsBlock, size: number): number {
  if (block.labelWidth !== undefined) return block.labelWidth;
  return Math.max(...block.rows.map((row) => textWidthMm(row.label, size))) + COLON_GAP;
}

/** Where the values start, measured from the labels' indent. */
export function valueColumnMm(block: FieldsBlock, size: number): number {
  return labelColumnMm(block, size) + textWidthMm(COLON, size) + COLON_GAP;
}

/** Width kept for list markers: the widest marker of the list and a gap, at least 6 mm. */
export function markerWidthMm(list: ListBlock, size: number): number {
  if (list.markerWidth !== undefined) return list.markerWidth;
  const start = list.start ?? 1;
  const widest = Math.max(...list.items.map((_, i) => textWidthMm(listMarker(list.style, start + i), size)));
  return Math.max(6, widest + 2);
}

/** `3. ..........` filling about half the cell, so the signature has a line to sit on. */
export function signatureLineText(signature: StaggeredSignature, cellWidthMm: number, size: number): string {
  const number = `${signature.number}. `;
  const room = cellWidthMm / 2 - CELL_PADDING.horizontal - textWidthMm(number, size) - 1;
  const dots = Math.max(3, Math.floor(room / textWidthMm('.', size)));
  return number + '.'.repeat(dots);
}

/** The lines of a signature block, top to bottom; `null` stands for the room to sign. */
export function signatureLines(signature: Signature, placeDateRow: boolean, headingRows: number): (string | null)[] {
  const lines: (string | null)[] = [];
  if (placeDateRow) lines.push(signature.placeDate ?? '');
  for (let i = 0; i < headingRows; i++) lines.push(signature.heading[i] ?? '');
  lines.push(null, signature.name);
  if (signature.rank) lines.push(signature.rank);
  if (signature.nip) lines.push(`NIP ${signature.nip}`);
  return lines;
}

/** Room between a signature's widest line and the right margin, mm. */
const SIGNATURE_RIGHT_ROOM = 2;

/**
 * Where the signatures of a block stand, from the left of the text area, and how wide each is,
 * mm. One signature takes the right half, or more when its name with titles, pangkat or NIP
 * would not fit there: those stay on one line, and the block moves left as far as they need.
 * Several stand side by side in equal columns. The jabatan lines wrap within the column.
 */
export function signatureColumnsMm(
  block: SignaturesBlock,
  textWidth: number,
  size: number,
): { x: number; width: number }[] {
  const count = block.signatures.length;
  if (count !== 1)
    return block.signatures.map((_, index) => ({ x: (index * textWidth) / count, width: textWidth / count }));
  const signature = block.signatures[0] as Signature;
  const needed = Math.max(
    textWidthMm(signature.name, size, true),
    textWidthMm(signature.rank ?? '', size),
    textWidthMm(signature.nip ? `NIP ${signature.nip}` : '', size),
    textWidthMm(signature.placeDate ?? '', size),
  );
  const width = Math.min(textWidth, Math.max(textWidth / 2, needed + SIGNATURE_RIGHT_ROOM));
  return [{ x: textWidth - width, width }];
}

/** Rows shared by the blocks of one signature row, so that names line up side by side. */
export function signatureRows(block: SignaturesBlock): { placeDateRow: boolean; headingRows: number } {
  return {
    placeDateRow: block.signatures.some((s) => s.placeDate !== null),
    headingRows: Math.max(0, ...block.signatures.map((s) => s.heading.length)),
  };
}
