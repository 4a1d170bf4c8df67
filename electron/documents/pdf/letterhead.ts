import { mmToPt } from '../../../shared/documents/geometry';
import {
  LETTERHEAD_CONTACT_SIZE as CONTACT_SIZE,
  LETTERHEAD_LOGO_COLUMN_MM,
  LETTERHEAD_LOGO_MM as LOGO_MM,
} from '../../../shared/documents/layout';
import type { Letterhead } from '../../../shared/documents/model';
import type { Flow } from './flow';
import { drawLines } from './text';

/**
 * Kop surat: logo, name lines and contact lines centred on the page (clear of the logo on both
 * sides), then a thick rule over a thin one.
 */
export function drawLetterhead(flow: Flow, letterhead: Letterhead): void {
  const { doc } = flow;
  const top = flow.y;
  const side = letterhead.logo ? mmToPt(LETTERHEAD_LOGO_COLUMN_MM) : 0;
  const x = flow.left + side;
  const width = flow.width - 2 * side;
  let y = top;
  for (const line of letterhead.lines) {
    const lines = flow.measure.wrap([{ text: line.text, bold: line.bold }], line.size, width);
    y += drawLines(flow.measure, lines, {
      x,
      top: y,
      width,
      size: line.size,
      lineHeight: flow.lineHeight(line.size),
      align: 'center',
    });
  }
  for (const contact of letterhead.contactLines) {
    const lines = flow.measure.wrap([{ text: contact }], CONTACT_SIZE, width);
    y += drawLines(flow.measure, lines, {
      x,
      top: y,
      width,
      size: CONTACT_SIZE,
      lineHeight: flow.lineHeight(CONTACT_SIZE),
      align: 'center',
    });
  }
  if (letterhead.logo) {
    const logo = mmToPt(LOGO_MM);
    const logoTop = top + Math.max(0, (y - top - logo) / 2);
    doc.image(letterhead.logo, flow.left, logoTop, { fit: [logo, logo], align: 'center', valign: 'center' });
    y = Math.max(y, logoTop + logo);
  }
  y += mmToPt(1.5);
  doc.lineWidth(2.25).moveTo(flow.left, y).lineTo(flow.right, y).stroke();
  y += 3;
  doc.lineWidth(0.75).moveTo(flow.left, y).lineTo(flow.right, y).stroke();
  flow.y = y + mmToPt(5);
}
