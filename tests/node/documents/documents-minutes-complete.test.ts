import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { strFromU8, unzipSync } from 'fflate';
import { beforeAll, describe, expect, it } from 'vitest';
import { renderDocx } from '../../../electron/documents/docx';
import { loadFontFamily } from '../../../electron/documents/fonts';
import { renderPdf } from '../../../electron/documents/pdf';
import { AGENDA_KINDS, type AgendaItem } from '../../../shared/domain/agenda';
import type { MeetingWorkspace } from '../../../shared/domain/meetings';
import type { MinutesEntry } from '../../../shared/domain/minutes';
import { notulen } from '../../../shared/documents/reports/notulen';
import { KELARA_SETTINGS, SEED_SIGNERS, seedWorkspace } from '../support/documents-fixture';
import { artifactsDir, convertDocx, pdfText } from '../support/documents-tools';
import { RESOURCES_DIR } from '../support/paths';

/**
 * Nothing said in a meeting is lost on paper: every minutes entry of every agenda item, whatever
 * the item's kind, and entries under no item, print in full in both formats.
 */

const AT = '2025-10-17T04:30:00.000Z';

function everyKindWorkspace(): MeetingWorkspace {
  const base = seedWorkspace();
  const agenda: AgendaItem[] = AGENDA_KINDS.map((kind, index) => ({
    ...(base.agenda[0] as AgendaItem),
    id: `k-${kind}`,
    position: index + 1,
    kind,
    title: `Acara jenis ${kind}`,
  }));
  const minutes: MinutesEntry[] = [];
  for (const item of agenda)
    for (const kind of ['discussion', 'directive', 'note'] as const)
      minutes.push({
        id: `e-${item.kind}-${kind}`,
        meetingId: base.meeting.id,
        agendaItemId: item.id,
        position: minutes.length + 1,
        kind,
        speakerPersonId: null,
        speakerName: kind === 'note' ? null : 'St. Meriam',
        speakerText: null,
        body: `Catatan ${kind} pada acara ${item.kind}: posyandu aktif setiap bulan di seluruh desa lokus stunting, dengan data keluarga berisiko yang dimutakhirkan bersama TPK.`,
        updatedAt: AT,
      });
  minutes.push({
    id: 'e-loose',
    meetingId: base.meeting.id,
    agendaItemId: null,
    position: minutes.length + 1,
    kind: 'discussion',
    speakerPersonId: null,
    speakerName: null,
    speakerText: 'Peserta dari Desa Tolo',
    body: 'Catatan tanpa acara: menanyakan jadwal pemutakhiran data e-PPGBM.',
    updatedAt: AT,
  });
  return { ...base, agenda, minutes };
}

const dir = join(artifactsDir(), 'minutes-complete');
const workspace = everyKindWorkspace();
let pdf = '';
let docxXml = '';
let docxPrinted = '';

/** The text of a DOCX body, paragraph by paragraph, whitespace collapsed. */
function docxText(xml: string): string {
  return xml
    .split('</w:p>')
    .map((paragraph) => [...paragraph.matchAll(/<w:t(?: [^>]*)?>([^<]*)<\/w:t>/g)].map((m) => m[1]).join(''))
    .join(' ')
    .replace(/&quot;/g, '"')
    .replace(/&apos;/g, "'")
    .replace(/&lt;/g, '<')
    .replace(/&gt;/g, '>')
    .replace(/&amp;/g, '&')
    .replace(/\s+/g, ' ');
}

beforeAll(async () => {
  mkdirSync(dir, { recursive: true });
  const fonts = loadFontFamily(RESOURCES_DIR);
  const model = notulen(workspace, KELARA_SETTINGS, { signers: SEED_SIGNERS });
  const pdfFile = join(dir, 'notulen-semua-jenis.pdf');
  const docxFile = join(dir, 'notulen-semua-jenis.docx');
  writeFileSync(pdfFile, await renderPdf(model, fonts));
  writeFileSync(docxFile, await renderDocx(model, fonts));
  pdf = pdfText(pdfFile);
  const [converted] = convertDocx([docxFile], join(dir, 'from-docx'));
  docxPrinted = pdfText(converted as string);
  docxXml = docxText(strFromU8(unzipSync(readFileSync(docxFile))['word/document.xml'] as Uint8Array));
}, 120_000);

describe('notulen prints every minutes entry', () => {
  it.each(AGENDA_KINDS)('entries of a %s item are in the PDF and the DOCX', (kind) => {
    const entries = workspace.minutes.filter((entry) => entry.agendaItemId === `k-${kind}`);
    expect(entries).toHaveLength(3);
    for (const entry of entries) {
      expect(pdf, `PDF: ${entry.id}`).toContain(entry.body);
      expect(docxXml, `DOCX: ${entry.id}`).toContain(entry.body);
      expect(docxPrinted, `DOCX via LibreOffice: ${entry.id}`).toContain(entry.body);
    }
  });

  it('an entry under no agenda item is printed too', () => {
    const body = 'Catatan tanpa acara: menanyakan jadwal pemutakhiran data e-PPGBM.';
    for (const text of [pdf, docxXml, docxPrinted]) expect(text).toContain(body);
  });

  it('every entry is printed once, opening and closing entries in their sections', () => {
    for (const entry of workspace.minutes) expect(pdf.split(entry.body), entry.id).toHaveLength(2);
    const at = (text: string): number => pdf.indexOf(text);
    const bodyOf = (kind: string): string =>
      workspace.minutes.find((entry) => entry.agendaItemId === `k-${kind}`)?.body ?? '';
    expect(at(bodyOf('opening'))).toBeLessThan(at('II. PEMBAHASAN'));
    expect(at(bodyOf('closing'))).toBeGreaterThan(at('V. PENUTUP'));
    expect(at(bodyOf('closing'))).toBeLessThan(at('Rapat ditutup pukul'));
  });
});
