import { mmToPt, runsOf } from '../../../shared/documents/geometry';
import { PARAGRAPH_SPACE_AFTER } from '../../../shared/documents/layout';
import type { Block, DrawingBlock, HeadingBlock, ListBlock, ParagraphBlock } from '../../../shared/documents/model';
import { signaturesHeight } from './blocks';
import { drawingHeight } from './drawing';
import type { Flow } from './flow';
import { tableStartHeight } from './table';

type KeptBlock = ((ListBlock | ParagraphBlock | DrawingBlock) & { keepWithNext: true }) | HeadingBlock;

/** Headings always keep with what follows (a table's title with the table's start). */
export function keepsWithNext(block: Block | undefined): block is KeptBlock {
  if (block?.kind === 'heading') return true;
  return (
    (block?.kind === 'list' || block?.kind === 'paragraph' || block?.kind === 'drawing') && block.keepWithNext === true
  );
}

function linesHeight(flow: Flow, block: KeptBlock): number {
  if (block.kind === 'heading') {
    const size = block.size ?? flow.model.fontSize + 1;
    const lines = flow.measure.wrap([{ text: block.text, bold: true }], size, flow.width).length;
    return lines * flow.lineHeight(size) + mmToPt((block.spaceBefore ?? 0) + PARAGRAPH_SPACE_AFTER);
  }
  if (block.kind === 'drawing') return drawingHeight(block) + mmToPt(block.spaceAfter ?? PARAGRAPH_SPACE_AFTER);
  const size = block.kind === 'paragraph' ? (block.size ?? flow.model.fontSize) : flow.model.fontSize;
  const width = flow.width - flow.indent(block.indent);
  const contents = block.kind === 'paragraph' ? [block.content] : block.items.map((item) => item.content);
  const lines = contents.reduce((sum, content) => sum + flow.measure.wrap(runsOf(content), size, width).length, 0);
  const spacing =
    block.kind === 'paragraph' ? (block.spaceBefore ?? 0) + (block.spaceAfter ?? PARAGRAPH_SPACE_AFTER) : 0;
  return lines * flow.lineHeight(size) + mmToPt(spacing);
}

/** What of a block must fit for it to start on a page: a table's header and first row, a whole signature row. */
function startHeight(flow: Flow, block: Block | undefined): number {
  if (!block) return 0;
  if (block.kind === 'table') return tableStartHeight(flow, block);
  if (block.kind === 'signatures') return signaturesHeight(flow, block);
  if (block.kind === 'drawing') return drawingHeight(block);
  return flow.lineHeight(flow.model.fontSize) * 2;
}

/**
 * Room needed by a chain of blocks kept with the next one (`IV. KOMITMEN` with its table, the
 * closing line with the signatures) and the start of the block that ends the chain.
 */
export function keptHeight(flow: Flow, blocks: readonly Block[], index: number): number {
  let height = 0;
  let at = index;
  for (let block = blocks[at]; keepsWithNext(block); block = blocks[++at]) height += linesHeight(flow, block);
  return height + startHeight(flow, blocks[at]);
}
