import { LineRuleType, Paragraph, TextRun } from 'docx';
import { runsOf } from '../../../shared/documents/geometry';
import type { Inline, TextRun as ModelRun } from '../../../shared/documents/model';
import { xmlSafeText } from '../../../shared/text/xml-chars';

/** Twentieths of a point: Word's unit for lengths (twips) and paragraph spacing alike. */
export function twips(mm: number): number {
  return Math.round((mm * 72 * 20) / 25.4);
}

/** docx runs of inline content; `\n` becomes a line break inside the paragraph. */
export function textRuns(content: Inline, extra: Partial<ModelRun> = {}, size?: number): TextRun[] {
  const runs: TextRun[] = [];
  for (const run of runsOf(content)) {
    const style = { ...run, ...extra };
    xmlSafeText(run.text)
      .split('\n')
      .forEach((text, index) => {
        runs.push(
          new TextRun({
            text,
            break: index > 0 ? 1 : undefined,
            bold: style.bold,
            italics: style.italic,
            underline: style.underline ? {} : undefined,
            size: size === undefined ? undefined : size * 2,
          }),
        );
      });
  }
  return runs;
}

/**
 * An empty paragraph that adds only `mm` of space: its line is exactly 1 pt, so that it does not
 * add another line's height (the PDF has no such line). A small mark alone is not enough:
 * LibreOffice gives an empty paragraph the height of a line of body text, which after a table
 * that ends at the foot of a page made an empty last page.
 */
export function spacer(mm: number, keepNext = false): Paragraph {
  return new Paragraph({
    spacing: { before: 0, after: twips(mm), line: 20, lineRule: LineRuleType.EXACT },
    run: { size: 2 },
    keepNext,
    children: [],
  });
}
