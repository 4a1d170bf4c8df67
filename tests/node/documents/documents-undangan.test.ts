import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { renderDocx } from '../../../electron/documents/docx';
import { loadFontFamily } from '../../../electron/documents/fonts';
import { withAnnexSheetsCounted } from '../../../electron/documents/measured';
import { renderPdf } from '../../../electron/documents/pdf';
import type { MeetingWorkspace } from '../../../shared/domain/meetings';
import type { Participant } from '../../../shared/domain/participants';
import type { DocumentModel } from '../../../shared/documents/model';
import { undangan, type UndanganOptions } from '../../../shared/documents/reports/undangan';
import { CAMAT_KELARA, KELARA_SETTINGS, seedWorkspace } from '../support/documents-fixture';
import { artifactsDir, convertDocx, pdfLayoutText, pdfPages } from '../support/documents-tools';
import { RESOURCES_DIR } from '../support/paths';

/**
 * The undangan as a camat's office signs it: place and date on the Nomor line, the signer's full
 * name with titles on one line, institutions invited as a whole under Instansi, and a Lampiran
 * that counts the annex's real sheets, in the PDF and the DOCX alike.
 */

const fonts = loadFontFamily(RESOURCES_DIR);
const dir = join(artifactsDir(), 'undangan');
const LONG_NAME = 'Prof. Dr. H. Andi Muhammad Yusuf Nurhaedah, S.STP., M.Si.';

const LETTER: UndanganOptions = {
  number: '400.5.7/123/KEC-KLR/X/2025',
  letterDate: '2025-10-10',
  signer: { ...CAMAT_KELARA, name: LONG_NAME },
};

/** The seed Rakor with `count` more invitees, each a kepala desa of the two kecamatan. */
function manyInvitees(count: number): MeetingWorkspace {
  const base = seedWorkspace();
  const extra: Participant[] = Array.from({ length: count }, (_, index) => ({
    ...(base.participants[7] as Participant),
    id: `extra-${index}`,
    personId: `p-extra-${index}`,
    personName: `Kepala Desa Nomor ${index + 1}, S.E.`,
    personPosition: `Kepala Desa ${index % 2 ? 'Rumbia' : 'Tolo'} ${index + 1}`,
    institutionName: `Pemerintah Desa ${index % 2 ? 'Rumbia' : 'Tolo'} ${index + 1}`,
    position: 100 + index,
  }));
  return { ...base, participants: [...base.participants, ...extra] };
}

interface Letter {
  name: string;
  model: DocumentModel;
}

const letters: Letter[] = [];
const pdfOf = (name: string): string => join(dir, `${name}.pdf`);
const convertedOf = (name: string): string => join(dir, 'from-docx', `${name}.pdf`);

beforeAll(async () => {
  mkdirSync(dir, { recursive: true });
  for (const [name, workspace, paper] of [
    ['seed-f4', seedWorkspace(), 'F4'],
    ['seed-a4', seedWorkspace(), 'A4'],
    ['70-undangan-f4', manyInvitees(70), 'F4'],
  ] as const) {
    const settings = { ...KELARA_SETTINGS, paper };
    const model = await withAnnexSheetsCounted(
      (annexSheets) => undangan(workspace, settings, { ...LETTER, annexSheets }),
      fonts,
    );
    writeFileSync(pdfOf(name), await renderPdf(model, fonts));
    writeFileSync(join(dir, `${name}.docx`), await renderDocx(model, fonts));
    letters.push({ name, model });
  }
  convertDocx(
    letters.map(({ name }) => join(dir, `${name}.docx`)),
    join(dir, 'from-docx'),
  );
}, 120_000);

const bothFormats = (name: string): string[] => [pdfOf(name), convertedOf(name)];

describe('undangan on paper', () => {
  it('puts place and date on the Nomor line', () => {
    for (const { name } of letters)
      for (const file of bothFormats(name)) {
        const nomor = pdfLayoutText(file)
          .split('\n')
          .find((line) => line.includes('Nomor'));
        expect(nomor, file).toMatch(/Nomor\s+: 400\.5\.7\/123\/KEC-KLR\/X\/2025\s+Kelara, 10 Oktober 2025/);
      }
  });

  it("prints the signer's full name with titles on one line", () => {
    for (const { name } of letters)
      for (const file of bothFormats(name)) {
        const lines = pdfLayoutText(file).split('\n');
        expect(
          lines.some((line) => line.includes(LONG_NAME)),
          file,
        ).toBe(true);
      }
  });

  it('names an institution invited as a whole under Instansi in the annex', () => {
    for (const file of bothFormats('seed-f4')) {
      const row = pdfLayoutText(file)
        .split('\n')
        .find((line) => line.includes('Ketua TP PKK Desa/Kelurahan'));
      // The Nama/Jabatan column holds a dash; the institution stands in the right-hand column.
      expect(row, file).toMatch(/^\s*6\s+-\s{3,}Ketua TP PKK Desa\/Kelurahan/);
    }
  });

  it('counts the real sheets of the annex under Lampiran', () => {
    for (const { name } of letters)
      for (const file of bothFormats(name)) {
        const pages = pdfPages(file);
        const sheets = pages.length - 1;
        const words = { 1: 'satu', 2: 'dua', 3: 'tiga', 4: 'empat' }[sheets];
        expect(pages[0], file).toContain(`Lampiran : ${sheets} (${words}) lembar`);
      }
    expect(pdfPages(pdfOf('70-undangan-f4')).length).toBeGreaterThan(2);
  });

  it('shows the planned end of the meeting', () => {
    for (const file of bothFormats('seed-f4')) expect(pdfPages(file)[0]).toContain('pukul : 09.00 s.d. 12.00 WITA');
  });
});
