import { unzipSync } from 'fflate';
import { describe, expect, it } from 'vitest';
import { deflatedPart, storedPart, zipArchive } from '../../../electron/files/zip-writer';

describe('zip writer', () => {
  it('writes deflated and stored entries with UTF-8 names that another reader unpacks unchanged', () => {
    const text = Buffer.from('Formulir laporan progres – “Kelara” '.repeat(200));
    const binary = new Uint8Array(300).map((_, i) => (i * 37) % 256);
    const zip = zipArchive(
      [deflatedPart('xl/sheet.xml', text), storedPart('Formulir Progres - TP PKK Desa Bontotiro.xlsx', binary)],
      new Date(2026, 0, 20, 10, 30, 12),
    );
    const files = unzipSync(zip);
    expect(Object.keys(files)).toEqual(['xl/sheet.xml', 'Formulir Progres - TP PKK Desa Bontotiro.xlsx']);
    expect(Buffer.from(files['xl/sheet.xml'] as Uint8Array).equals(text)).toBe(true);
    expect(files['Formulir Progres - TP PKK Desa Bontotiro.xlsx']).toEqual(binary);
    expect(zip.byteLength).toBeLessThan(text.byteLength);
  });

  it('writes an empty archive', () => {
    expect(unzipSync(zipArchive([], new Date()))).toEqual({});
  });
});
