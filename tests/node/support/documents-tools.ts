import { execFileSync } from 'node:child_process';
import { existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { basename, join } from 'node:path';
import { fileURLToPath } from 'node:url';

/** The real readers the document tests check output with: poppler-utils, qpdf, LibreOffice. */

export const ARTIFACTS_DIR = fileURLToPath(new URL('../../../test-artifacts/documents', import.meta.url));

export function artifactsDir(): string {
  mkdirSync(ARTIFACTS_DIR, { recursive: true });
  return ARTIFACTS_DIR;
}

function run(command: string, args: string[]): string {
  return execFileSync(command, args, { encoding: 'utf8', maxBuffer: 64 * 1024 * 1024 });
}

/** Text in content order (`-raw`), one string per page, whitespace collapsed. */
export function pdfPages(file: string): string[] {
  return run('pdftotext', ['-raw', file, '-'])
    .split('\f')
    .slice(0, -1)
    .map((page) => page.replace(/\s+/g, ' ').trim());
}

/** Text laid out as on the page (`-layout`): what a reader who copies or extracts text gets. */
export function pdfLayoutText(file: string): string {
  return run('pdftotext', ['-layout', file, '-']);
}

/** Every page as 8-bit grey pixels at 30 dpi (pdftoppm's PGM), for comparing pages drawn two ways. */
export function pageGrays(file: string): Uint8Array[] {
  const dir = mkdtempSync(join(tmpdir(), 'sirakor-grey-'));
  try {
    execFileSync('pdftoppm', ['-gray', '-r', '30', file, join(dir, 'page')]);
    return readdirSync(dir)
      .sort()
      .map((name) => {
        const bytes = readFileSync(join(dir, name));
        // P5 header: magic, width height, maxval, each ended by one whitespace byte.
        let at = 0;
        for (let fields = 0; fields < 4; at++) if (bytes[at] === 0x0a || bytes[at] === 0x20) fields++;
        return new Uint8Array(bytes.subarray(at));
      });
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

export function pdfText(file: string): string {
  return pdfPages(file).join(' ');
}

/** Width and height in points of every page. */
export function pdfPageSizes(file: string): { width: number; height: number }[] {
  const pages = Number(/Pages:\s+(\d+)/.exec(run('pdfinfo', [file]))?.[1] ?? 0);
  const info = run('pdfinfo', ['-f', '1', '-l', String(pages), file]);
  return [...info.matchAll(/Page\s+\d+ size:\s+([\d.]+) x ([\d.]+) pts/g)].map((m) => ({
    width: Number(m[1]),
    height: Number(m[2]),
  }));
}

/** Throws (non-zero exit) when qpdf finds the file damaged. */
export function qpdfCheck(file: string): string {
  return run('qpdf', ['--check', file]);
}

export function embeddedFonts(file: string): string[] {
  return run('pdffonts', [file]).split('\n').slice(2).filter(Boolean);
}

/**
 * Converts DOCX files to PDF with LibreOffice in one run, with a profile of its own so that
 * parallel runs do not share one. Returns the PDF paths; a file LibreOffice failed on throws.
 */
export function convertDocx(files: readonly string[], outDir: string): string[] {
  const profile = `file:///tmp/lo-profile-${process.pid}`;
  run('libreoffice', [
    '--headless',
    `-env:UserInstallation=${profile}`,
    '--convert-to',
    'pdf',
    '--outdir',
    outDir,
    ...files,
  ]);
  return files.map((file) => {
    const pdf = join(outDir, basename(file).replace(/\.docx$/, '.pdf'));
    if (!existsSync(pdf)) throw new Error(`LibreOffice did not convert ${file}`);
    return pdf;
  });
}

/** Every page as a PNG at 60 dpi: `<prefix>-1.png`, `<prefix>-2.png`, … */
export function pageImages(pdf: string, prefix: string): void {
  run('pdftoppm', ['-png', '-r', '60', pdf, prefix]);
}

/** The first page as a PNG at 60 dpi, next to the PDF: `<pdf>.png`. */
export function firstPageImage(pdf: string): string {
  run('pdftoppm', ['-png', '-r', '60', '-f', '1', '-l', '1', '-singlefile', pdf, pdf.replace(/\.pdf$/, '')]);
  return pdf.replace(/\.pdf$/, '.png');
}

/**
 * Converts files with LibreOffice headless to `format` (`pdf`, `fods`, or a filter such as
 * `csv:Text - txt - csv (StarCalc):44,34,76,1` for UTF-8 CSV), in one run with a profile of its
 * own. Returns the converted paths; a file LibreOffice failed on throws.
 */
export function convertWithLibreOffice(files: readonly string[], format: string, outDir: string): string[] {
  const profile = `file:///tmp/lo-profile-${process.pid}`;
  run('libreoffice', [
    '--headless',
    `-env:UserInstallation=${profile}`,
    '--convert-to',
    format,
    '--outdir',
    outDir,
    ...files,
  ]);
  const extension = format.split(':')[0] as string;
  return files.map((file) => {
    const converted = join(outDir, basename(file).replace(/\.[^.]+$/, `.${extension}`));
    if (!existsSync(converted)) throw new Error(`LibreOffice did not convert ${file} to ${extension}`);
    return converted;
  });
}
