import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { imageInfo } from '../../../electron/documents/image-size';
import { RESOURCES_DIR } from '../support/paths';

describe('imageInfo', () => {
  it('reads the size of a PNG', () => {
    expect(imageInfo(readFileSync(join(RESOURCES_DIR, 'icons', '256x256.png')))).toEqual({
      type: 'png',
      width: 256,
      height: 256,
    });
  });

  it('reads the size of a JPEG from its start-of-frame segment, past other segments', () => {
    const app0 = [0xff, 0xe0, 0x00, 0x04, 0x00, 0x00];
    const sof0 = [0xff, 0xc0, 0x00, 0x0b, 0x08, 0x01, 0x2c, 0x02, 0x58, 0x01, 0x01, 0x11, 0x00];
    const jpeg = Uint8Array.from([0xff, 0xd8, ...app0, ...sof0, 0xff, 0xd9]);
    expect(imageInfo(jpeg)).toEqual({ type: 'jpg', width: 600, height: 300 });
  });

  it('refuses anything else', () => {
    expect(imageInfo(new TextEncoder().encode('GIF89a not a logo we take'))).toBeNull();
  });
});
