import { strFromU8, strToU8, unzipSync, zipSync } from 'fflate';
import { runsOf, textWidthMm } from '../../shared/documents/geometry';
import { xmlSafeText } from '../../shared/text/xml-chars';
import type { Align, DocumentModel, TableBlock, TableRow } from '../../shared/documents/model';
import { renderDocx, type DocxOptions } from './docx';
import { twips } from './docx/runs';
import { tableStyleId } from './docx/table';
import type { FontFamily } from './fonts';

/**
 * The action-plan matrix as DOCX, fast. The `docx` library builds an object per XML element:
 * for 3,000 rows × 22 columns that is about 2 s and 500 MB. Here the document is built by the
 * shared renderer with a single marker row in place of the long table's body, and the body rows'
 * XML is then written as text, exactly as the renderer writes such rows (cantSplit rows, widths
 * from the grid, the table text style, bold and shaded total rows, group titles and rows marked so kept with the next row). tests/node/plans-documents
 * compares both outputs on the same model, byte for byte.
 */

const MARKER = 'SIRAKOR-PLAN-ROWS-7f3c';
/** Below this many rows the shared renderer draws the table itself. */
const FAST_FROM_ROWS = 60;
const JC: Record<Align, string | null> = { left: null, center: 'center', right: 'right', justify: 'both' };
const TOTAL_FILL = 'F0F0F0';

function escapeXml(text: string): string {
  return xmlSafeText(text)
    .replace(/&/g, '&amp;')
    .replace(/</g, '&lt;')
    .replace(/>/g, '&gt;')
    .replace(/"/g, '&quot;')
    .replace(/'/g, '&apos;');
}

/** Whether the shared renderer's row XML is all this table needs (no signature cells, no row heights). */
function fastPathFits(block: TableBlock): boolean {
  return (
    block.minRowHeight === undefined &&
    block.rows.every((row) => row.cells.every((cell) => cell.signature === undefined))
  );
}

/**
 * Cell widths as the docx library writes them: the grid's whole twips summed over the span,
 * scaled up when the grid falls short of the table's width, then rounded.
 */
function cellWidths(block: TableBlock, model: DocumentModel): (column: number, span: number) => number {
  const textWidth = textWidthMm(model.page);
  const total = block.columns.reduce((sum, column) => sum + column.width, 0);
  const grid = block.columns.map((column) => twips((column.width / total) * textWidth));
  const gridTotal = grid.reduce((sum, width) => sum + width, 0);
  const tableWidth = twips(textWidth);
  const scale = gridTotal > 0 && tableWidth > gridTotal ? tableWidth / gridTotal : 1;
  return (column, span) => Math.round(grid.slice(column, column + span).reduce((sum, width) => sum + width, 0) * scale);
}

function rowXml(
  row: TableRow,
  block: TableBlock,
  widthOf: (column: number, span: number) => number,
  style: string | undefined,
): string {
  const bold = row.kind === 'group' || row.kind === 'total';
  const fill = row.kind === 'total' ? TOTAL_FILL : null;
  const vAlign = block.verticalAlign === 'center' ? '<w:vAlign w:val="center"/>' : '';
  const pStyle = style ? `<w:pStyle w:val="${style}"/>` : '';
  let column = 0;
  let xml = '<w:tr><w:trPr><w:cantSplit/><w:tblHeader w:val="off"/></w:trPr>';
  for (const cell of row.cells) {
    const span = cell.colSpan ?? 1;
    const align = cell.align ?? block.columns[column]?.align ?? 'left';
    const jc = JC[align];
    xml += `<w:tc><w:tcPr><w:tcW w:type="dxa" w:w="${widthOf(column, span)}"/>`;
    if (span > 1) xml += `<w:gridSpan w:val="${span}"/>`;
    if (fill) xml += `<w:shd w:fill="${fill}" w:color="auto" w:val="clear"/>`;
    xml += `${vAlign}</w:tcPr><w:p>`;
    const keepNext = row.kind === 'group' || row.keepWithNext ? '<w:keepNext/>' : '';
    if (pStyle || keepNext || jc) xml += `<w:pPr>${pStyle}${keepNext}${jc ? `<w:jc w:val="${jc}"/>` : ''}</w:pPr>`;
    for (const run of runsOf(cell.content)) {
      let rPr = '';
      if (bold || run.bold) rPr += '<w:b/><w:bCs/>';
      if (run.italic) rPr += '<w:i/><w:iCs/>';
      if (run.underline) rPr += '<w:u w:val="single"/>';
      if (rPr) rPr = `<w:rPr>${rPr}</w:rPr>`;
      run.text.split('\n').forEach((part, index) => {
        xml += `<w:r>${rPr}${index > 0 ? '<w:br/>' : ''}<w:t xml:space="preserve">${escapeXml(part)}</w:t></w:r>`;
      });
    }
    xml += '</w:p></w:tc>';
    column += span;
  }
  return `${xml}</w:tr>`;
}

/** The body rows of a table as WordprocessingML, as the shared renderer writes them. */
function tableRowsXml(block: TableBlock, model: DocumentModel): string {
  const size = block.size ?? model.fontSize;
  const style = size === model.fontSize ? undefined : tableStyleId(size);
  const widthOf = cellWidths(block, model);
  const parts: string[] = [];
  for (const row of block.rows) parts.push(rowXml(row, block, widthOf, style));
  return parts.join('');
}

/**
 * Renders a document whose longest table may be long: through the shared renderer, with that
 * table's body rows written as XML text when it has many.
 */
export async function renderMatrixDocx(
  model: DocumentModel,
  fonts: FontFamily,
  options: DocxOptions = {},
): Promise<Buffer> {
  let index = -1;
  model.body.forEach((block, i) => {
    if (block.kind !== 'table') return;
    const longest = index < 0 ? null : (model.body[index] as TableBlock);
    if (!longest || block.rows.length > longest.rows.length) index = i;
  });
  const table = index < 0 ? null : (model.body[index] as TableBlock);
  if (!table || table.rows.length < FAST_FROM_ROWS || !fastPathFits(table)) return renderDocx(model, fonts, options);

  const placeholder: TableBlock = {
    ...table,
    rows: [{ cells: [{ content: MARKER, colSpan: table.columns.length }] }],
  };
  const shell = await renderDocx(
    { ...model, body: model.body.map((b, i) => (i === index ? placeholder : b)) },
    fonts,
    options,
  );
  const files = unzipSync(shell);
  const documentXml = files['word/document.xml'];
  if (!documentXml) throw new Error('DOCX without word/document.xml');
  const xml = strFromU8(documentXml);
  const at = xml.indexOf(MARKER);
  const start = xml.lastIndexOf('<w:tr>', at);
  const end = xml.indexOf('</w:tr>', at) + '</w:tr>'.length;
  if (at < 0 || start < 0 || end < at) throw new Error('marker row not found in the DOCX');
  files['word/document.xml'] = strToU8(xml.slice(0, start) + tableRowsXml(table, model) + xml.slice(end));
  return Buffer.from(zipSync(files, { level: 6 }));
}
