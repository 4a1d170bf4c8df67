import { Unzip, UnzipInflate } from 'fflate';

/** Every part of an uploaded workbook together, unpacked; a 3,000-row plan needs about 10 MB. */
export const MAX_UNPACKED_BYTES = 100 * 1024 * 1024;

/** Compressed bytes fed at a time: deflate expands at most ~1,032×, so one step stays near 4 MB. */
const STEP = 4 * 1024;

/**
 * Whether a ZIP container (an XLSX) unpacks to at most `limit` bytes, counted by inflating it
 * in small steps and throwing each chunk away. exceljs unpacks everything into memory at once,
 * so a few kilobytes made to unpack to gigabytes (a "zip bomb") would take the host down;
 * the sizes a ZIP declares for its entries can lie, so they are not trusted.
 */
export function unpacksWithin(bytes: Uint8Array, limit = MAX_UNPACKED_BYTES): boolean {
  let total = 0;
  let over = false;
  const unzip = new Unzip((file) => {
    file.ondata = (error, chunk) => {
      if (error) return;
      total += chunk.length;
      if (total > limit) over = true;
    };
    try {
      file.start();
    } catch {
      // An entry with an unknown compression method: exceljs reports the damaged file.
    }
  });
  unzip.register(UnzipInflate);
  try {
    for (let offset = 0; offset < bytes.length && !over; offset += STEP) {
      unzip.push(bytes.subarray(offset, offset + STEP), offset + STEP >= bytes.length);
    }
  } catch {
    // A damaged container: exceljs reports it as not a workbook.
  }
  return !over;
}
