import { readdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import ExcelJS from 'exceljs';
import { strToU8, zipSync } from 'fflate';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { MeetingFile } from '../../../shared/domain/meeting-files';
import { artifactsDir, convertDocx, pdfPages } from '../support/documents-tools';
import { pageImages, pdfPixelsOf } from '../support/page-images';
import { callerOf, type Call } from '../support/seed-rakor';
import { errorOf, startTestCore } from '../support/temp';
import { flatJpeg, twoColourPng, withOrientation } from '../support/test-images';

type TestCore = Awaited<ReturnType<typeof startTestCore>>;

const ORANGE = [230, 159, 0] as const;
const BLUE = [0, 114, 178] as const;
const GREEN = [0, 158, 115] as const;

let core: TestCore;
let call: Call;
let held: string;
let approved: string;
let agendaItemId: string;

const b64 = (bytes: Uint8Array) => Buffer.from(bytes).toString('base64');

function officePackage(mainPart: string): Uint8Array {
  return zipSync({
    '[Content_Types].xml': strToU8(
      `<?xml version="1.0"?><Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types"><Override PartName="/main.xml" ContentType="${mainPart}"/></Types>`,
    ),
    'main.xml': strToU8('<x/>'),
  });
}

function storedFiles(): number {
  try {
    return readdirSync(join(core.dataDir, 'meeting-files'), { recursive: true }).filter((n) => String(n).includes('.'))
      .length;
  } catch {
    return 0;
  }
}

beforeAll(async () => {
  core = await startTestCore();
  call = callerOf(core.dispatch);
  await call('demo.load', {});
  const meetings = (await call('meetings.list', {})).items;
  held = meetings.find((m) => m.status === 'held')?.id as string;
  approved = meetings.find((m) => m.status === 'approved')?.id as string;
  agendaItemId = (await call('meetings.workspace', { id: held })).agenda[1]?.id as string;
}, 60_000);

afterAll(() => core.close());

function upload(name: string, bytes: Uint8Array, extra: object = {}, meetingId = held) {
  return core.dispatch('meetingFiles.upload', { meetingId, name, dataBase64: b64(bytes), ...extra });
}

describe('meeting files', () => {
  let photos: MeetingFile[] = [];

  it('keeps photos and materials, typed by their content, with their size as shown', async () => {
    const png = twoColourPng(800, 500, ORANGE, BLUE);
    const portrait = withOrientation(flatJpeg(640, 400, GREEN), 6);
    const workbook = new ExcelJS.Workbook();
    workbook.addWorksheet('Data').getCell('A1').value = 'Sasaran';
    const xlsx = new Uint8Array(await workbook.xlsx.writeBuffer());
    const saved = [
      await call('meetingFiles.upload', {
        meetingId: held,
        agendaItemId,
        name: 'Arahan Wabup.png',
        dataBase64: b64(png),
        caption: 'Wakil Bupati memberikan arahan',
      }),
      await call('meetingFiles.upload', { meetingId: held, name: 'Peserta.JPG', dataBase64: b64(portrait) }),
      await call('meetingFiles.upload', { meetingId: held, name: 'Data sasaran.xlsx', dataBase64: b64(xlsx) }),
      await call('meetingFiles.upload', {
        meetingId: held,
        name: 'Paparan DPPKB.pptx',
        dataBase64: b64(
          officePackage('application/vnd.openxmlformats-officedocument.presentationml.presentation.main+xml'),
        ),
      }),
      await call('meetingFiles.upload', {
        meetingId: held,
        name: 'Notula.pdf',
        dataBase64: b64(Buffer.from('%PDF-1.4\n%%EOF\n')),
      }),
    ];
    expect(saved.map((f) => [f.type, f.width, f.height])).toEqual([
      ['png', 800, 500],
      // Phones store a portrait photo as landscape pixels turned by EXIF: shown 400 × 640.
      ['jpeg', 400, 640],
      ['xlsx', null, null],
      ['pptx', null, null],
      ['pdf', null, null],
    ]);
    expect(saved[0]).toMatchObject({ agendaItemTitle: expect.any(String), caption: 'Wakil Bupati memberikan arahan' });
    const listed = await call('meetingFiles.list', { meetingId: held });
    expect(listed.map((f) => f.originalName)).toEqual(saved.map((f) => f.originalName));
    const back = await call('meetingFiles.download', { id: saved[0]?.id as string });
    expect(Buffer.from(back.dataBase64, 'base64').equals(Buffer.from(png))).toBe(true);
    expect(back.mediaType).toBe('image/png');
    photos = saved.slice(0, 2);
  });

  it('refuses a renamed program, a macro document, a name that lies and a file too large, writing nothing', async () => {
    const before = storedFiles();
    const exe = Buffer.concat([Buffer.from('MZ\x90\x00\x03\x00\x00\x00', 'latin1'), Buffer.alloc(4000, 1)]);
    const cases: [string, Uint8Array, string][] = [
      ['foto-kegiatan.jpg', exe, 'meetingFiles.typeRefused'],
      ['paparan.pdf.exe', exe, 'meetingFiles.typeRefused'],
      [
        'notulen.docx',
        officePackage('application/vnd.ms-word.document.macroEnabled.main+xml'),
        'meetingFiles.typeRefused',
      ],
      ['bahan.docx', zipSync({ 'word/document.xml': strToU8('<w/>') }), 'meetingFiles.typeRefused'],
      ['laporan.pdf', twoColourPng(10, 10, ORANGE, BLUE), 'meetingFiles.nameMismatch'],
      [
        'besar.jpg',
        Buffer.concat([Buffer.from([0xff, 0xd8, 0xff, 0xe0]), Buffer.alloc(10 * 1024 * 1024)]),
        'meetingFiles.tooLargeFor',
      ],
      ['kosong.png', Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]), 'meetingFiles.photoUnreadable'],
      ['../foto.png', twoColourPng(10, 10, ORANGE, BLUE), 'validation.fileName'],
    ];
    for (const [name, bytes, key] of cases) {
      const error = errorOf(await upload(name, bytes));
      expect({ name, code: error.code, key: error.details?.[0]?.key }).toEqual({ name, code: 'VALIDATION', key });
    }
    const other = (await call('meetings.workspace', { id: approved })).agenda[0]?.id as string;
    expect(
      errorOf(await upload('foto.png', twoColourPng(10, 10, ORANGE, BLUE), { agendaItemId: other })),
    ).toMatchObject({
      details: [{ path: 'agendaItemId', key: 'validation.agendaItemOtherMeeting' }],
    });
    expect(errorOf(await upload('foto.png', twoColourPng(10, 10, ORANGE, BLUE), {}, approved))).toMatchObject({
      code: 'LOCKED',
    });
    expect(storedFiles()).toBe(before);
  });

  it('prints the chosen photos in the notulen’s Lampiran dokumentasi, two per page, in PDF and DOCX', async () => {
    const third = await call('meetingFiles.upload', {
      meetingId: held,
      name: 'Diskusi.png',
      dataBase64: b64(twoColourPng(600, 600, BLUE, BLUE)),
      caption: 'Diskusi rencana aksi',
    });
    for (const photo of [...photos, third])
      await call('meetingFiles.update', {
        id: photo.id,
        caption: photo.caption,
        agendaItemId: photo.agendaItemId,
        inAnnex: true,
      });
    const pdfOnly = await call('meetingFiles.list', { meetingId: held });
    expect(
      errorOf(
        await core.dispatch('meetingFiles.update', {
          id: pdfOnly.find((f) => f.type === 'pdf')?.id as string,
          caption: null,
          agendaItemId: null,
          inAnnex: true,
        }),
      ),
    ).toMatchObject({ details: [{ path: 'inAnnex', key: 'meetingFiles.annexPhotosOnly' }] });

    const dir = join(artifactsDir(), 'meeting-files');
    const { mkdirSync } = await import('node:fs');
    mkdirSync(join(dir, 'from-docx'), { recursive: true });
    const files: Record<string, string> = {};
    for (const format of ['pdf', 'docx'] as const) {
      const file = await call('documents.meeting', { meetingId: held, document: 'notulen', format });
      files[format] = join(dir, `notulen-lampiran.${format}`);
      writeFileSync(files[format] as string, Buffer.from(file.dataBase64, 'base64'));
    }
    const [converted] = convertDocx([files.docx as string], join(dir, 'from-docx'));
    for (const pdf of [files.pdf as string, converted as string]) {
      const pages = pdfPages(pdf);
      const annex = pages.findIndex((text) => text.includes('LAMPIRAN DOKUMENTASI'));
      expect(annex, pdf).toBeGreaterThan(0);
      // Three photos: two on the first annex page, one on the next.
      expect(pages.length - annex, pdf).toBe(2);
      expect(pages[annex]).toContain('Foto 1. Wakil Bupati memberikan arahan — Agenda:');
      expect(pages[annex]).toContain('Foto 2. Dokumentasi rapat');
      expect(pages[annex + 1]).toContain('LAMPIRAN DOKUMENTASI (LANJUTAN)');
      expect(pages[annex + 1]).toContain('Foto 3. Diskusi rencana aksi');
      const images = pageImages(pdf);
      expect(images.length).toBe(pages.length);
      // The photos are on the pages: the orange and blue PNG, the green JPEG, then the blue square.
      expect(pdfPixelsOf(pdf, annex + 1, ORANGE), pdf).toBeGreaterThan(2000);
      expect(pdfPixelsOf(pdf, annex + 1, GREEN), pdf).toBeGreaterThan(2000);
      expect(pdfPixelsOf(pdf, annex + 2, BLUE), pdf).toBeGreaterThan(5000);
      expect(pdfPixelsOf(pdf, annex + 2, GREEN), pdf).toBe(0);
    }
  }, 120_000);
});
