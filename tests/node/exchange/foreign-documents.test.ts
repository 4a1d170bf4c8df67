import { execFileSync } from 'node:child_process';
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { stopDocumentWorker } from '../../../electron/documents/worker/document-runner';
import { artifactsDir, pdfText } from '../support/documents-tools';
import { seedRakor, type SeedRakor } from '../support/seed-rakor';
import { twoColourPng } from '../support/test-images';
import { JENEPONTO, KELARA, openInstallation, receivePackage, sendPackage, type Installation } from './installations';

/**
 * The documents of another office's meeting (issue 11, DOCUMENTS.md "Letterhead"): printed at the
 * kabupaten, a Rakor of Kelara carries Kelara's kop surat and the logo Kelara sent, never the
 * kabupaten's; the kabupaten's own documents keep its own.
 */
let kelara: Installation;
let kabupaten: Installation;
let seed: SeedRakor;
const RED = [200, 30, 30] as const;
const BLUE = [30, 30, 200] as const;

beforeAll(async () => {
  [kelara, kabupaten] = await Promise.all([openInstallation(KELARA), openInstallation(JENEPONTO)]);
  seed = await seedRakor(kelara.call, { approve: true });
  const logo = (width: number, height: number, colour: typeof RED | typeof BLUE) =>
    Buffer.from(twoColourPng(width, height, colour, colour)).toString('base64');
  await kelara.call('documents.setLogo', { name: 'logo-kelara.png', dataBase64: logo(60, 80, RED) });
  await kabupaten.call('documents.setLogo', { name: 'logo-jeneponto.png', dataBase64: logo(90, 50, BLUE) });
  receivePackage(kabupaten, sendPackage(kelara, kabupaten, { includeFiles: true }).path, [kelara]);
}, 60_000);
afterAll(async () => {
  await stopDocumentWorker();
  kelara.core.close();
  kabupaten.core.close();
});

/** The sizes of the images drawn in a PDF (`pdfimages -list`): width × height in pixels. */
function imageSizes(pdf: string): string[] {
  const listed = execFileSync('pdfimages', ['-list', pdf], { encoding: 'utf8' }).split('\n').slice(2);
  return listed.filter((line) => line.trim()).map((line) => line.trim().split(/\s+/).slice(3, 5).join('×'));
}

async function printed(into: Installation, document: 'notulen' | 'undangan', name: string): Promise<string> {
  const file = await into.call('documents.meeting', { meetingId: seed.meeting.id, document, format: 'pdf' });
  const path = join(artifactsDir(), `${name}.pdf`);
  writeFileSync(path, Buffer.from(file.dataBase64, 'base64'));
  return path;
}

describe('documents of another office’s meeting', () => {
  it('carry that office’s kop surat and the logo it sent, not this office’s', async () => {
    const theirs = await printed(kabupaten, 'notulen', 'foreign-notulen');
    const text = pdfText(theirs);
    expect(text).toContain('PEMERINTAH KABUPATEN JENEPONTO');
    expect(text).toContain('KECAMATAN KELARA');
    expect(text).not.toContain('SEKRETARIAT TPPS KABUPATEN JENEPONTO');
    expect(imageSizes(theirs)[0]).toBe('60×80');
    // Signed by Kelara's officials, so dated at Kelara, not where it is printed.
    expect(text).toContain('Kelara, 17 Oktober 2025');
    expect(text).not.toContain('Jeneponto, 17 Oktober 2025');

    // The same meeting printed where it was recorded: the same kop and logo.
    const atHome = await printed(kelara, 'notulen', 'home-notulen');
    expect(imageSizes(atHome)[0]).toBe('60×80');
    expect(pdfText(atHome)).toContain('KECAMATAN KELARA');
    expect(pdfText(atHome)).toContain('Kelara, 17 Oktober 2025');
  });

  it('leave the kabupaten’s own documents under its own kop surat and logo', async () => {
    const meeting = await kabupaten.call('meetings.create', {
      title: 'Rakor TPPS Kabupaten Jeneponto',
      kind: 'rakor_tpps',
      hostLevel: 'kabupaten',
      areaCodes: ['73.04'],
      date: '2026-02-10',
      startTime: '09:00',
    });
    const file = await kabupaten.call('documents.meeting', {
      meetingId: meeting.id,
      document: 'notulen',
      format: 'pdf',
    });
    const path = join(artifactsDir(), 'own-notulen.pdf');
    writeFileSync(path, Buffer.from(file.dataBase64, 'base64'));
    expect(pdfText(path)).toContain('SEKRETARIAT TPPS KABUPATEN JENEPONTO');
    expect(pdfText(path)).not.toContain('KECAMATAN KELARA');
    expect(imageSizes(path)[0]).toBe('90×50');
  });
});
