// `node scripts/make-icons.mjs`: renders resources/icons/icon.svg into the PNG and ICO files that
// electron-builder and the Linux window use. Needs Debian's chromium (apt-get install chromium).
// The generated files are committed; run this again only after changing the SVG.
/* global process, Image, btoa, document -- the last three inside the page that Chromium runs */
import { Buffer } from 'node:buffer';
import { readFileSync, writeFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { chromium } from 'playwright-core';

const iconsDir = resolve(dirname(fileURLToPath(import.meta.url)), '..', 'resources', 'icons');
const svg = readFileSync(join(iconsDir, 'icon.svg'), 'utf8');
const PNG_SIZES = [256, 512];
const ICO_SIZES = [16, 24, 32, 48, 64, 128, 256];

/** Draws the SVG on a canvas of each size: a PNG for every size, raw RGBA for the small ones. */
async function rasterise(sizes) {
  const browser = await chromium.launch({
    executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium',
    chromiumSandbox: false,
    args: ['--disable-gpu', '--disable-background-networking', '--disable-component-update', '--no-first-run'],
  });
  try {
    const page = await browser.newPage();
    return await page.evaluate(
      async ({ source, wanted }) => {
        const image = new Image();
        image.src = `data:image/svg+xml;base64,${btoa(source)}`;
        await image.decode();
        return wanted.map((size) => {
          const canvas = document.createElement('canvas');
          canvas.width = size;
          canvas.height = size;
          const context = canvas.getContext('2d');
          context.imageSmoothingQuality = 'high';
          context.drawImage(image, 0, 0, size, size);
          return {
            size,
            png: canvas.toDataURL('image/png').split(',')[1],
            rgba: Array.from(context.getImageData(0, 0, size, size).data),
          };
        });
      },
      { source: svg, wanted: sizes },
    );
  } finally {
    await browser.close();
  }
}

/**
 * A classic BMP icon entry (BITMAPINFOHEADER + bottom-up BGRA + AND mask): small sizes stay
 * readable by every Windows tool, including the NSIS installer.
 */
function bmpEntry(size, rgba) {
  const header = Buffer.alloc(40);
  header.writeUInt32LE(40, 0);
  header.writeInt32LE(size, 4);
  header.writeInt32LE(size * 2, 8); // colour rows plus mask rows
  header.writeUInt16LE(1, 12);
  header.writeUInt16LE(32, 14);
  const pixels = Buffer.alloc(size * size * 4);
  for (let y = 0; y < size; y++) {
    for (let x = 0; x < size; x++) {
      const from = ((size - 1 - y) * size + x) * 4;
      const to = (y * size + x) * 4;
      pixels[to] = rgba[from + 2];
      pixels[to + 1] = rgba[from + 1];
      pixels[to + 2] = rgba[from];
      pixels[to + 3] = rgba[from + 3];
    }
  }
  // The alpha channel already carries transparency, so the AND mask is all zero.
  const mask = Buffer.alloc(Math.ceil(size / 32) * 4 * size);
  return Buffer.concat([header, pixels, mask]);
}

/** ICO container: 256 px stored as PNG (as Windows expects for that size), the rest as BMP. */
function ico(images) {
  const entries = images.map(({ size, png, rgba }) =>
    size >= 256 ? Buffer.from(png, 'base64') : bmpEntry(size, rgba),
  );
  const head = Buffer.alloc(6 + 16 * images.length);
  head.writeUInt16LE(0, 0);
  head.writeUInt16LE(1, 2);
  head.writeUInt16LE(images.length, 4);
  let offset = head.length;
  images.forEach(({ size }, i) => {
    const at = 6 + 16 * i;
    head.writeUInt8(size >= 256 ? 0 : size, at);
    head.writeUInt8(size >= 256 ? 0 : size, at + 1);
    head.writeUInt16LE(1, at + 4);
    head.writeUInt16LE(32, at + 6);
    head.writeUInt32LE(entries[i].length, at + 8);
    head.writeUInt32LE(offset, at + 12);
    offset += entries[i].length;
  });
  return Buffer.concat([head, ...entries]);
}

const images = await rasterise([...new Set([...PNG_SIZES, ...ICO_SIZES])].sort((a, b) => a - b));
for (const size of PNG_SIZES) {
  const image = images.find((candidate) => candidate.size === size);
  writeFileSync(join(iconsDir, `${size}x${size}.png`), Buffer.from(image.png, 'base64'));
}
writeFileSync(join(iconsDir, 'icon.ico'), ico(images.filter(({ size }) => ICO_SIZES.includes(size))));
process.stdout.write(`Icons written to ${iconsDir}\n`);
