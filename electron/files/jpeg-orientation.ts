/**
 * The EXIF orientation of a JPEG (1 upright; 3 upside down; 6 and 8 turned a quarter; 2, 4, 5, 7
 * mirrored), read from its APP1 segment: phones store portrait photos as landscape pixels with
 * orientation 6. 1 when the file has none or it cannot be read.
 */
export function jpegOrientation(bytes: Uint8Array): number {
  const view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  let offset = 2;
  while (offset + 4 < bytes.length && bytes[offset] === 0xff) {
    const marker = bytes[offset + 1] as number;
    const length = view.getUint16(offset + 2);
    // Start of scan: the image data follows, no more metadata.
    if (marker === 0xda) break;
    if (marker === 0xe1 && length >= 16 && offset + 2 + length <= bytes.length) {
      const exif = offset + 4;
      if (view.getUint32(exif) === 0x45786966 && view.getUint16(exif + 4) === 0) {
        const tiff = exif + 6;
        const little = view.getUint16(tiff) === 0x4949;
        const u16 = (at: number) => view.getUint16(at, little);
        const u32 = (at: number) => view.getUint32(at, little);
        const ifd = tiff + u32(tiff + 4);
        if (ifd + 2 > bytes.length) return 1;
        const entries = u16(ifd);
        for (let i = 0; i < entries; i++) {
          const entry = ifd + 2 + i * 12;
          if (entry + 12 > bytes.length) return 1;
          if (u16(entry) === 0x0112) {
            const value = u16(entry + 8);
            return value >= 1 && value <= 8 ? value : 1;
          }
        }
      }
    }
    offset += 2 + length;
  }
  return 1;
}
