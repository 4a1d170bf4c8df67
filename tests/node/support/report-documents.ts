import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { expect } from 'vitest';
import type { FileDownload } from '../../../shared/domain/files';
import { convertDocx, embeddedFonts, pdfPageSizes, pdfPages, qpdfCheck } from './documents-tools';
import { pageImages } from './page-images';

/** Portrait sheets in points. */
export const PORTRAIT = { F4: { width: 609.4, height: 935.4 }, A4: { width: 595.3, height: 841.9 } } as const;

export interface SavedDocument {
  pdf: string;
  docx: string;
  /** The DOCX as LibreOffice prints it. */
  converted: string;
  paper: 'F4' | 'A4';
}

export function saveDownload(dir: string, file: FileDownload, name: string): string {
  const path = join(dir, name);
  writeFileSync(path, Buffer.from(file.dataBase64, 'base64'));
  return path;
}

/**
 * Asks for each case in both formats, saves them in `dir`, converts the DOCX files with LibreOffice
 * into `dir/from-docx`, and saves every page of both PDFs as an image next to it.
 */
export async function saveBothFormats(
  dir: string,
  cases: readonly { name: string; paper: 'F4' | 'A4'; fetch: (format: 'pdf' | 'docx') => Promise<FileDownload> }[],
): Promise<Record<string, SavedDocument>> {
  const fromDocx = join(dir, 'from-docx');
  mkdirSync(fromDocx, { recursive: true });
  const files: Record<string, SavedDocument> = {};
  for (const { name, paper, fetch } of cases) {
    files[name] = {
      pdf: saveDownload(dir, await fetch('pdf'), `${name}.pdf`),
      docx: saveDownload(dir, await fetch('docx'), `${name}.docx`),
      converted: join(fromDocx, `${name}.pdf`),
      paper,
    };
  }
  convertDocx(
    Object.values(files).map((file) => file.docx),
    fromDocx,
  );
  for (const { pdf, converted } of Object.values(files)) {
    pageImages(pdf);
    pageImages(converted);
  }
  return files;
}

/** qpdf finds the PDF sound, it embeds only Liberation Sans, and both PDFs are portrait on the paper asked. */
export function expectSoundPortrait(files: Record<string, SavedDocument>): void {
  for (const { pdf, converted, paper } of Object.values(files)) {
    expect(qpdfCheck(pdf)).toContain('No syntax or stream encoding errors');
    for (const line of embeddedFonts(pdf)) expect(line).toMatch(/LiberationSans.*\byes\s+yes\s+yes\b/);
    for (const size of [...pdfPageSizes(pdf), ...pdfPageSizes(converted)]) {
      expect(Math.abs(size.width - PORTRAIT[paper].width)).toBeLessThan(1);
      expect(Math.abs(size.height - PORTRAIT[paper].height)).toBeLessThan(1);
    }
    expect(pageImages(pdf).length).toBe(pdfPages(pdf).length);
  }
}
