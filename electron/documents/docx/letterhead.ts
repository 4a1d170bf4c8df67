import { AlignmentType, BorderStyle, ImageRun, Paragraph, Table, TableCell, TableRow, WidthType } from 'docx';
import {
  LETTERHEAD_CONTACT_SIZE as CONTACT_SIZE,
  LETTERHEAD_LOGO_COLUMN_MM as LOGO_COLUMN_MM,
  LETTERHEAD_LOGO_MM as LOGO_MM,
} from '../../../shared/documents/layout';
import type { Letterhead } from '../../../shared/documents/model';
import { imageInfo } from '../image-size';
import { NO_BORDERS, type DocxContext } from './blocks';
import { textRuns, twips } from './runs';

const PIXELS_PER_MM = 96 / 25.4;

function textLines(letterhead: Letterhead): Paragraph[] {
  return [
    ...letterhead.lines.map(
      (line) =>
        new Paragraph({
          alignment: AlignmentType.CENTER,
          children: textRuns({ text: line.text, bold: line.bold }, {}, line.size),
        }),
    ),
    ...letterhead.contactLines.map(
      (line) => new Paragraph({ alignment: AlignmentType.CENTER, children: textRuns(line, {}, CONTACT_SIZE) }),
    ),
  ];
}

function logoRun(bytes: Uint8Array): ImageRun | null {
  const info = imageInfo(bytes);
  if (!info) return null;
  const scale = (LOGO_MM * PIXELS_PER_MM) / Math.max(info.width, info.height);
  return new ImageRun({
    type: info.type,
    data: bytes,
    transformation: { width: Math.round(info.width * scale), height: Math.round(info.height * scale) },
  });
}

/**
 * The kop as a borderless table: logo, centred text, and an empty column as wide as the logo's so
 * that the text is centred on the page. The thick-over-thin rule is the bottom border of the
 * paragraph that follows.
 */
export function letterhead(letterhead: Letterhead, context: DocxContext): (Table | Paragraph)[] {
  const logo = letterhead.logo ? logoRun(letterhead.logo) : null;
  const rule = new Paragraph({
    border: { bottom: { style: BorderStyle.THICK_THIN_SMALL_GAP, size: 18, space: 1, color: '000000' } },
    spacing: { before: 0, after: twips(5) },
    children: [],
  });
  if (!logo) return [...textLines(letterhead), rule];
  const side = twips(LOGO_COLUMN_MM);
  const middle = twips(context.textWidthMm) - 2 * side;
  const cell = (width: number, children: Paragraph[]): TableCell =>
    new TableCell({
      width: { size: width, type: WidthType.DXA },
      borders: NO_BORDERS,
      verticalAlign: 'center',
      children,
    });
  return [
    new Table({
      width: { size: twips(context.textWidthMm), type: WidthType.DXA },
      columnWidths: [side, middle, side],
      borders: NO_BORDERS,
      margins: { left: 0, right: 0, top: 0, bottom: 0 },
      rows: [
        new TableRow({
          children: [
            cell(side, [new Paragraph({ children: [logo] })]),
            cell(middle, textLines(letterhead)),
            cell(side, [new Paragraph('')]),
          ],
        }),
      ],
    }),
    rule,
  ];
}
