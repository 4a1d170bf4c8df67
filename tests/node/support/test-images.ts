import { execFileSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { encodePng } from '../../../electron/documents/drawing/png';

/**
 * Real photos for the meeting-file tests: a PNG written by Sirakor's own encoder and a JPEG made
 * by poppler (pdftoppm) from a one-colour image, each with flat colour blocks that are easy to
 * find again on a page image; and a JPEG's EXIF orientation, as phones write it.
 */

export type Rgb = readonly [number, number, number];

/** Left half `left`, right half `right`. */
export function twoColourPng(width: number, height: number, left: Rgb, right: Rgb): Uint8Array {
  const pixels = new Uint8Array(width * height * 3);
  for (let y = 0; y < height; y++)
    for (let x = 0; x < width; x++) pixels.set(x < width / 2 ? left : right, (y * width + x) * 3);
  return new Uint8Array(encodePng(width, height, pixels, 96));
}

/** A JPEG of one colour, `width` × `height` pixels, made by poppler's pdftoppm from a tiny PDF of that image. */
export function flatJpeg(width: number, height: number, colour: Rgb): Uint8Array {
  const dir = mkdtempSync(join(tmpdir(), 'sirakor-jpeg-'));
  try {
    const pixels = Buffer.alloc(width * height * 3);
    for (let i = 0; i < width * height; i++) pixels.set(colour, i * 3);
    const stream = pixels.toString('latin1');
    const objects = [
      '<< /Type /Catalog /Pages 2 0 R >>',
      '<< /Type /Pages /Kids [3 0 R] /Count 1 >>',
      `<< /Type /Page /Parent 2 0 R /MediaBox [0 0 ${width} ${height}] /Resources << /XObject << /I 5 0 R >> >> /Contents 4 0 R >>`,
    ];
    const content = `q ${width} 0 0 ${height} 0 0 cm /I Do Q`;
    let pdf = '%PDF-1.4\n';
    const offsets: number[] = [];
    const add = (body: string) => {
      offsets.push(Buffer.byteLength(pdf, 'latin1'));
      pdf += `${offsets.length} 0 obj\n${body}\nendobj\n`;
    };
    objects.forEach(add);
    add(`<< /Length ${content.length} >>\nstream\n${content}\nendstream`);
    add(
      `<< /Type /XObject /Subtype /Image /Width ${width} /Height ${height} /ColorSpace /DeviceRGB /BitsPerComponent 8 /Length ${pixels.length} >>\nstream\n${stream}\nendstream`,
    );
    const xref = Buffer.byteLength(pdf, 'latin1');
    pdf += `xref\n0 ${offsets.length + 1}\n0000000000 65535 f \n${offsets.map((o) => `${String(o).padStart(10, '0')} 00000 n \n`).join('')}`;
    pdf += `trailer\n<< /Size ${offsets.length + 1} /Root 1 0 R >>\nstartxref\n${xref}\n%%EOF\n`;
    writeFileSync(join(dir, 'in.pdf'), Buffer.from(pdf, 'latin1'));
    execFileSync('pdftoppm', ['-jpeg', '-r', '72', '-singlefile', join(dir, 'in.pdf'), join(dir, 'out')]);
    return new Uint8Array(readFileSync(join(dir, 'out.jpg')));
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

/** The JPEG with an EXIF APP1 segment right after its start marker saying `orientation`. */
export function withOrientation(jpeg: Uint8Array, orientation: number): Uint8Array {
  const tiff = Buffer.alloc(8 + 2 + 12 + 4);
  tiff.write('MM', 0, 'latin1');
  tiff.writeUInt16BE(42, 2);
  tiff.writeUInt32BE(8, 4);
  tiff.writeUInt16BE(1, 8);
  tiff.writeUInt16BE(0x0112, 10);
  tiff.writeUInt16BE(3, 12);
  tiff.writeUInt32BE(1, 14);
  tiff.writeUInt16BE(orientation, 18);
  const body = Buffer.concat([Buffer.from('Exif\0\0', 'latin1'), tiff]);
  const segment = Buffer.alloc(4);
  segment.writeUInt16BE(0xffe1, 0);
  segment.writeUInt16BE(body.length + 2, 2);
  return new Uint8Array(
    Buffer.concat([Buffer.from(jpeg.subarray(0, 2)), segment, body, Buffer.from(jpeg.subarray(2))]),
  );
}
