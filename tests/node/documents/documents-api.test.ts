import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Core } from '../../../electron/core';
import { artifactsDir, convertDocx, pdfPageSizes, pdfText, qpdfCheck } from '../support/documents-tools';
import { callerOf, seedRakor, type Call, type SeedRakor } from '../support/seed-rakor';
import { errorOf, startTestCore, valueOf } from '../support/temp';

const KELARA_OFFICE = {
  level: 'kecamatan',
  kabupatenCode: '73.04',
  kecamatanCode: '73.04.05',
  officeName: 'Kantor Camat Kelara',
  address: 'Jalan Poros Jeneponto–Malakaji, Tolo, Kelara',
} as const;

/** A 1×1 PNG: the smallest real image for the letterhead logo. */
const PNG_1X1 = 'iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mNkYPhfDwAChwGA60e6kgAAAABJRU5ErkJggg==';

describe('documents through the API, for the seed Rakor', () => {
  let core: Core & { dataDir: string };
  let call: Call;
  let seed: SeedRakor;

  beforeAll(async () => {
    core = await startTestCore();
    call = callerOf(core.dispatch);
    await call('settings.update', { office: KELARA_OFFICE });
    seed = await seedRakor(call, { approve: true });
  });

  afterAll(() => core?.close());

  it('derives the letterhead from the office and saves what the office edits', async () => {
    const setup = await call('documents.setup', {});
    expect(setup.settings.letterhead.lines.map((line) => line.text)).toEqual([
      'PEMERINTAH KABUPATEN JENEPONTO',
      'KECAMATAN KELARA',
    ]);
    expect(setup.settings.placeName).toBe('Kelara');
    expect(setup.settings.paper).toBe('F4');
    const saved = await call('documents.updateSetup', {
      settings: { ...setup.settings, letterhead: { ...setup.settings.letterhead, phone: '(0419) 21000' } },
      letters: {
        signerPersonId: seed.people.camatKelara.id,
        signerHeading: 'CAMAT KELARA,',
        copies: ['Bupati Jeneponto (sebagai laporan)'],
      },
    });
    expect(saved.settings.letterhead.phone).toBe('(0419) 21000');
    expect(saved.letters.copies).toEqual(['Bupati Jeneponto (sebagai laporan)']);
  });

  it('stores a PNG logo in the data folder and refuses what is not an image', async () => {
    const withLogo = await call('documents.setLogo', { name: 'lambang.png', dataBase64: PNG_1X1 });
    expect(withLogo.logo?.mediaType).toBe('image/png');
    expect(withLogo.settings.letterhead.logoFile).toMatch(/^logo-.*\.png$/);
    const refused = errorOf(
      await core.dispatch('documents.setLogo', {
        name: 'x.png',
        dataBase64: Buffer.from('not an image').toString('base64'),
      }),
    );
    expect(refused.details).toEqual([{ path: 'dataBase64', key: 'validation.logoFormat' }]);
    expect((await call('documents.setup', {})).logo?.fileName).toBe(withLogo.settings.letterhead.logoFile);
  });

  it('produces every meeting document in both formats, saying the same thing', async () => {
    const dir = artifactsDir();
    for (const document of ['undangan', 'daftar_hadir', 'daftar_hadir_terisi', 'notulen'] as const) {
      const pdf = await call('documents.meeting', { meetingId: seed.meeting.id, document, format: 'pdf' });
      const docx = await call('documents.meeting', { meetingId: seed.meeting.id, document, format: 'docx' });
      expect(pdf.fileName).toMatch(/Rapat Koordinasi TPPS Kecamatan Kelara dan Rumbia - 2025-10-17\.pdf$/);
      expect(docx.mediaType).toBe('application/vnd.openxmlformats-officedocument.wordprocessingml.document');
      const pdfFile = join(dir, `api-${document}.pdf`);
      const docxFile = join(dir, `api-${document}.docx`);
      writeFileSync(pdfFile, Buffer.from(pdf.dataBase64, 'base64'));
      writeFileSync(docxFile, Buffer.from(docx.dataBase64, 'base64'));
      expect(qpdfCheck(pdfFile)).toContain('No syntax or stream encoding errors');
      expect(pdfPageSizes(pdfFile)[0]).toEqual({ width: 609.449, height: 935.433 });
      const [converted] = convertDocx([docxFile], dir);
      for (const text of [pdfText(pdfFile), pdfText(converted as string)]) {
        expect(text).toContain('Jumat, 17 Oktober 2025');
        expect(text).toContain('Aula Kantor Camat Kelara');
      }
    }
    const notulen = pdfText(join(dir, 'api-notulen.pdf'));
    expect(notulen).toContain('H. Islam Iskandar, S.Sos.');
    for (const commitment of seed.commitments) expect(notulen).toContain(commitment.description.slice(0, 40));
  });

  it('signs the invitation with the default signer, who is not also an addressee', async () => {
    const pdf = await call('documents.meeting', {
      meetingId: seed.meeting.id,
      document: 'undangan',
      format: 'pdf',
      paper: 'A4',
    });
    const file = join(artifactsDir(), 'api-undangan-a4.pdf');
    writeFileSync(file, Buffer.from(pdf.dataBase64, 'base64'));
    expect(pdfPageSizes(file)[0]).toEqual({ width: 595.276, height: 841.89 });
    const text = pdfText(file);
    expect(text).toContain('CAMAT KELARA,');
    expect(text).toContain('19800412 200212 1 003');
    expect(text.split(seed.people.camatKelara.name).length - 1).toBe(1);
  });

  it('asks for a signer when none is set, and refuses unknown meetings', async () => {
    const setup = await call('documents.setup', {});
    await call('documents.updateSetup', {
      settings: setup.settings,
      letters: { ...setup.letters, signerPersonId: null },
    });
    const error = errorOf(
      await core.dispatch('documents.meeting', { meetingId: seed.meeting.id, document: 'undangan', format: 'pdf' }),
    );
    expect(error.details).toEqual([{ path: 'signerPersonId', key: 'validation.signerRequired' }]);
    const missing = errorOf(
      await core.dispatch('documents.meeting', {
        meetingId: '01890000-0000-7000-8000-000000000000',
        document: 'notulen',
        format: 'pdf',
      }),
    );
    expect(missing.code).toBe('NOT_FOUND');
    const bad = errorOf(
      await core.dispatch('documents.meeting', { meetingId: seed.meeting.id, document: 'surat', format: 'odt' }),
    );
    expect(bad.details?.map((d) => d.path)).toEqual(['document', 'format']);
    expect(valueOf(await core.dispatch('documents.setup', {}))).toBeTruthy();
  });

  it("prints the signers' names in capitals when the office sets it, titles as written", async () => {
    const setup = await call('documents.setup', {});
    const text = async (): Promise<string> => {
      const pdf = await call('documents.meeting', { meetingId: seed.meeting.id, document: 'notulen', format: 'pdf' });
      const file = join(artifactsDir(), 'api-notulen-kapital.pdf');
      writeFileSync(file, Buffer.from(pdf.dataBase64, 'base64'));
      return pdfText(file);
    };
    expect(setup.settings.signerNameCase).toBeUndefined();
    expect(await text()).toContain('Ahmad Fauzi, S.IP.');
    const saved = await call('documents.updateSetup', {
      settings: { ...setup.settings, signerNameCase: 'capitals' },
      letters: setup.letters,
    });
    expect(saved.settings.signerNameCase).toBe('capitals');
    const capitals = await text();
    expect(capitals).toContain('H. ISLAM ISKANDAR, S.Sos.');
    expect(capitals).toContain('AHMAD FAUZI, S.IP.');
    // The rest of the minutes still names people as written.
    expect(capitals).toContain('H. Islam Iskandar, S.Sos. (Wakil Bupati Jeneponto');
    const refused = errorOf(
      await core.dispatch('documents.updateSetup', {
        settings: { ...setup.settings, signerNameCase: 'shouting' },
        letters: setup.letters,
      }),
    );
    expect(refused.details).toEqual([{ path: 'settings.signerNameCase', key: 'validation.option' }]);
  });
});
