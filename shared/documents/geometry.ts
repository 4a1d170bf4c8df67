import type { Inline, PageSetup, PaperSize, TextRun } from './model';

/** Portrait sheet sizes in millimetres. F4 (folio) is what most regional offices print on. */
export const PAPER_MM: Record<PaperSize, { width: number; height: number }> = {
  A4: { width: 210, height: 297 },
  F4: { width: 215, height: 330 },
};

const POINTS_PER_MM = 72 / 25.4;

export function mmToPt(mm: number): number {
  return mm * POINTS_PER_MM;
}

/** The sheet as it lies for printing: landscape swaps width and height. */
export function sheetMm(page: PageSetup): { width: number; height: number } {
  const { width, height } = PAPER_MM[page.paper];
  return page.orientation === 'landscape' ? { width: height, height: width } : { width, height };
}

/** Width of the text area between the left and right margins, mm. */
export function textWidthMm(page: PageSetup): number {
  return sheetMm(page).width - page.margins.left - page.margins.right;
}

export function runsOf(content: Inline): readonly TextRun[] {
  if (typeof content === 'string') return [{ text: content }];
  if ('text' in content) return [content as TextRun];
  return content as readonly TextRun[];
}

/** The text of inline content without emphasis, for tests and metadata. */
export function plainText(content: Inline): string {
  return runsOf(content)
    .map((run) => run.text)
    .join('');
}
