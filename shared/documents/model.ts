/**
 * One description of a printed document that both renderers (DOCX and PDF, in electron/documents)
 * draw, so the two formats say the same thing. Lengths are millimetres, font sizes points.
 * Reports (./reports) are pure functions from meeting data to this model.
 */

export type PaperSize = 'A4' | 'F4';
export type Orientation = 'portrait' | 'landscape';

export interface Margins {
  top: number;
  right: number;
  bottom: number;
  left: number;
}

export interface PageSetup {
  paper: PaperSize;
  orientation: Orientation;
  margins: Margins;
}

/** A run of text; `\n` breaks the line. */
export interface TextRun {
  text: string;
  bold?: boolean;
  italic?: boolean;
  underline?: boolean;
}

/** Plain text is a single run without emphasis. */
export type Inline = string | TextRun | readonly TextRun[];

export type Align = 'left' | 'center' | 'right' | 'justify';

/** A left indent in mm, or `half`: from the middle of the text area (Yth. block, place-date line). */
export type Indent = number | 'half';

export interface LetterheadLine {
  text: string;
  size: number;
  bold: boolean;
}

/** Kop surat: printed at the top of the first page, closed by a thick-over-thin double rule. */
export interface Letterhead {
  lines: readonly LetterheadLine[];
  /** Address and contact lines under the office name, smaller. */
  contactLines: readonly string[];
  /** PNG or JPEG bytes of the emblem, drawn left of the text. */
  logo: Uint8Array | null;
}

export interface HeadingBlock {
  kind: 'heading';
  text: string;
  size?: number;
  align?: Align;
  underline?: boolean;
  /** Space above, mm. */
  spaceBefore?: number;
}

export interface ParagraphBlock {
  kind: 'paragraph';
  content: Inline;
  align?: Align;
  indent?: Indent;
  /** Extra indent of the first line, mm (letters indent the body's first line). */
  firstLineIndent?: number;
  size?: number;
  spaceBefore?: number;
  spaceAfter?: number;
  /** Keeps the paragraph on the page where the next block starts (the closing line and the signatures). */
  keepWithNext?: boolean;
}

export interface FieldRow {
  label: string;
  value: Inline;
  /**
   * Text on the row's first line from the middle of the text area, where the value stops: a
   * letter's place and date on its Nomor line (DOMAIN.md).
   */
  aside?: string;
}

/** Label–value lines with the colons aligned in one column (`Nomor    : …`). */
export interface FieldsBlock {
  kind: 'fields';
  rows: readonly FieldRow[];
  indent?: Indent;
  /** Width of the label column, mm; by default the widest label decides. */
  labelWidth?: number;
  size?: number;
  spaceAfter?: number;
}

export type ListStyle = 'decimal' | 'upperRoman' | 'lowerAlpha' | 'bullet' | 'dash';

export interface ListItem {
  content: Inline;
  /** A nested list under this item. */
  children?: ListBlock;
}

export interface ListBlock {
  kind: 'list';
  style: ListStyle;
  items: readonly ListItem[];
  /** First number, for lists continued after other blocks. */
  start?: number;
  indent?: Indent;
  /** Width kept for the markers, mm. */
  markerWidth?: number;
  /** Alignment of the items' text; `left` by default, `justify` for running text such as minutes. */
  align?: Align;
  /** Keeps the list on the page where the next block starts (section titles such as `IV. KOMITMEN`). */
  keepWithNext?: boolean;
  spaceAfter?: number;
}

/**
 * A signature cell of the attendance sheet: the row number and a dotted line, on the left half
 * for odd rows and on the right half for even rows, so that neighbours' signatures don't collide.
 */
export interface StaggeredSignature {
  number: number;
  side: 'left' | 'right';
}

export interface TableCell {
  content: Inline;
  align?: Align;
  colSpan?: number;
  /**
   * Header cells only: the header rows this cell spans downwards (`No` beside `Jadwal` over its
   * months). The rows below leave its columns out, as in HTML.
   */
  rowSpan?: number;
  signature?: StaggeredSignature;
}

export type TableRowKind = 'body' | 'group' | 'total';

export interface TableRow {
  cells: readonly TableCell[];
  /** `group` rows name a section (`A. INTERVENSI SPESIFIK`); `total` rows are bold and shaded. */
  kind?: TableRowKind;
  /**
   * Printed on the page of the next row (group rows always are): a last activity with its
   * subtotal, the totals block in one piece.
   */
  keepWithNext?: boolean;
}

export interface TableColumn {
  /** Relative width: the columns share the text area in proportion to these numbers. */
  width: number;
  align?: Align;
}

/** Header rows repeat on every page; a row never splits across pages. */
export interface TableBlock {
  kind: 'table';
  columns: readonly TableColumn[];
  header: readonly TableRow[];
  rows: readonly TableRow[];
  /** Printed after the body rows: subtotals and grand totals. */
  totals?: readonly TableRow[];
  size?: number;
  /** Minimum height of body rows, mm (about 10 for an attendance sheet, room to sign). */
  minRowHeight?: number;
  /** Where text sits in taller body rows: `top` (Word's default) or `center`; headers are centred. */
  verticalAlign?: 'top' | 'center';
  spaceAfter?: number;
}

/** Place-date line, jabatan, room to sign, name (bold, underlined), pangkat, NIP. */
export interface Signature {
  placeDate: string | null;
  /** Jabatan lines, e.g. `a.n. Camat Kelara` / `Sekretaris,`. */
  heading: readonly string[];
  name: string;
  rank: string | null;
  /** Already grouped: `19651231 199803 1 066`. */
  nip: string | null;
}

/** One block sits in the right half; two stand side by side. */
export interface SignaturesBlock {
  kind: 'signatures';
  signatures: readonly Signature[];
  /** Room left to sign, mm. */
  space?: number;
  spaceBefore?: number;
}

export interface PageBreakBlock {
  kind: 'pageBreak';
}

/** `#RRGGBB`. */
export type Color = string;

/** A rectangle; `fill: null` leaves it empty (an outline, with `stroke`). */
export interface DrawingRect {
  type: 'rect';
  x: number;
  y: number;
  width: number;
  height: number;
  fill: Color | null;
  stroke?: Color;
  /** mm. */
  strokeWidth?: number;
}

export interface DrawingLine {
  type: 'line';
  x1: number;
  y1: number;
  x2: number;
  y2: number;
  stroke: Color;
  /** mm. */
  width: number;
}

/** One line of text; `y` is its baseline, `align` says which end of it stands at `x`. */
export interface DrawingText {
  type: 'text';
  x: number;
  y: number;
  text: string;
  /** pt. */
  size: number;
  bold?: boolean;
  align?: 'left' | 'center' | 'right';
  color?: Color;
}

export type DrawingShape = DrawingRect | DrawingLine | DrawingText;

/**
 * A small vector drawing (the bar charts of a report), in mm from its top-left corner, kept whole
 * on one page: vector graphics in the PDF, an image in the DOCX (SVG with a PNG fallback, so that
 * every word processor shows it). Text is measured with `metrics.ts`, as the renderers place it.
 */
export interface DrawingBlock {
  kind: 'drawing';
  width: number;
  height: number;
  shapes: readonly DrawingShape[];
  /** What it shows, in words: the DOCX image's description for screen readers. */
  description: string;
  spaceBefore?: number;
  spaceAfter?: number;
  /** Keeps the drawing on the page where the next block starts (a chart and its table). */
  keepWithNext?: boolean;
}

/**
 * A photo (JPEG or PNG) fitted into a box of the text area, centred, keeping its proportions,
 * with an optional caption under it kept on the same page.
 */
export interface ImageBlock {
  kind: 'image';
  bytes: Uint8Array;
  type: 'jpg' | 'png';
  /** Pixel size of the stored image (before any EXIF rotation). */
  pixelWidth: number;
  pixelHeight: number;
  /** EXIF orientation of a JPEG (1 upright … 8); the image is shown as a camera meant it. */
  orientation: number;
  /** The box it is fitted into, mm (at most the text width). */
  boxWidth: number;
  boxHeight: number;
  caption?: Inline;
  /** What it shows, in words (the DOCX image's description for screen readers). */
  description: string;
  spaceBefore?: number;
  spaceAfter?: number;
}

export type Block =
  | HeadingBlock
  | ParagraphBlock
  | FieldsBlock
  | ListBlock
  | TableBlock
  | SignaturesBlock
  | PageBreakBlock
  | DrawingBlock
  | ImageBlock;

export interface DocumentModel {
  /** Document title, written to the file's metadata. */
  title: string;
  page: PageSetup;
  /** Base font size, pt. */
  fontSize: number;
  letterhead: Letterhead | null;
  /** Diagonal text on every page, e.g. `DRAF` for minutes not yet approved. */
  watermark: string | null;
  /** `Halaman 1 dari 3` at the foot of every page. */
  pageNumbers: boolean;
  body: readonly Block[];
}
