import { execFileSync } from 'node:child_process';
import { readdirSync, rmSync } from 'node:fs';
import { basename, dirname, join } from 'node:path';
import { inflateSync } from 'node:zlib';

/** Page images of the document tests and the colours found on them. */

/** Every page as `<pdf>-<n>.png` at `dpi` next to the PDF (earlier images of it removed); their paths. */
export function pageImages(pdf: string, dpi = 60): string[] {
  const prefix = pdf.replace(/\.pdf$/, '');
  const dir = dirname(pdf);
  const stale = (name: string) => name.startsWith(`${basename(prefix)}-`) && /-\d+\.png$/.test(name);
  for (const name of readdirSync(dir).filter(stale)) rmSync(join(dir, name));
  execFileSync('pdftoppm', ['-png', '-r', String(dpi), pdf, prefix]);
  return readdirSync(dir)
    .filter(stale)
    .sort((a, b) => Number(/-(\d+)\.png$/.exec(a)?.[1]) - Number(/-(\d+)\.png$/.exec(b)?.[1]))
    .map((name) => join(dir, name));
}

/** Pixels within `tolerance` of `rgb` on page `page` (1-based) of a PDF, rendered at `dpi`. */
export function pdfPixelsOf(pdf: string, page: number, rgb: readonly [number, number, number], dpi = 50): number {
  const ppm = execFileSync('pdftoppm', ['-r', String(dpi), '-f', String(page), '-l', String(page), pdf], {
    maxBuffer: 256 * 1024 * 1024,
  });
  // P6 header: magic, width height, maxval, each followed by whitespace.
  const header = /^P6\s+(\d+)\s+(\d+)\s+\d+\s/.exec(ppm.subarray(0, 50).toString('latin1'));
  if (!header) throw new Error('not a PPM');
  return countColor(ppm.subarray(header[0].length), rgb);
}

function countColor(pixels: Uint8Array, rgb: readonly [number, number, number], tolerance = 24): number {
  let count = 0;
  for (let i = 0; i + 2 < pixels.length; i += 3) {
    if (
      Math.abs((pixels[i] ?? 0) - rgb[0]) <= tolerance &&
      Math.abs((pixels[i + 1] ?? 0) - rgb[1]) <= tolerance &&
      Math.abs((pixels[i + 2] ?? 0) - rgb[2]) <= tolerance
    ) {
      count++;
    }
  }
  return count;
}

/** Width, height and pixels of an 8-bit RGB PNG whose rows all use filter 0 (as Sirakor writes them). */
export function decodeOwnPng(bytes: Uint8Array): { width: number; height: number; dpi: number; pixels: Uint8Array } {
  const view = Buffer.from(bytes);
  let offset = 8;
  let width = 0;
  let height = 0;
  let dpi = 0;
  const data: Buffer[] = [];
  while (offset < view.length) {
    const length = view.readUInt32BE(offset);
    const type = view.toString('latin1', offset + 4, offset + 8);
    const chunk = view.subarray(offset + 8, offset + 8 + length);
    if (type === 'IHDR') {
      width = chunk.readUInt32BE(0);
      height = chunk.readUInt32BE(4);
    }
    if (type === 'pHYs') dpi = Math.round(chunk.readUInt32BE(0) * 0.0254);
    if (type === 'IDAT') data.push(chunk);
    offset += 12 + length;
  }
  const raw = inflateSync(Buffer.concat(data));
  const stride = width * 3;
  const pixels = new Uint8Array(stride * height);
  for (let row = 0; row < height; row++) {
    if (raw[row * (stride + 1)] !== 0) throw new Error(`row ${row} uses filter ${raw[row * (stride + 1)]}`);
    pixels.set(raw.subarray(row * (stride + 1) + 1, (row + 1) * (stride + 1)), row * stride);
  }
  return { width, height, dpi, pixels };
}

export function pixelsOf(pixels: Uint8Array, rgb: readonly [number, number, number]): number {
  return countColor(pixels, rgb);
}
