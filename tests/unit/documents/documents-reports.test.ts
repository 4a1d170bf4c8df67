import { describe, expect, it } from 'vitest';
import { defaultDocumentSettings } from '../../../shared/domain/document-settings';
import { terbilang } from '../../../shared/format/terbilang';
import { plainText } from '../../../shared/documents/geometry';
import { labelColumnMm, signatureLineText } from '../../../shared/documents/layout';
import { listMarker } from '../../../shared/documents/markers';
import type {
  Block,
  DocumentModel,
  FieldsBlock,
  ListBlock,
  SignaturesBlock,
  TableBlock,
} from '../../../shared/documents/model';
import { defaultLetterDate } from '../../../shared/documents/letter-date';
import { letterheadOf } from '../../../shared/documents/letterhead';
import { positionNamesInstitution } from '../../../shared/documents/reports/common';
import { daftarHadir } from '../../../shared/documents/reports/daftar-hadir';
import { notulen } from '../../../shared/documents/reports/notulen';
import { undangan, type UndanganOptions } from '../../../shared/documents/reports/undangan';
import {
  CAMAT_KELARA,
  COMMITMENTS,
  KELARA_SETTINGS,
  SEED_SIGNERS,
  seedWorkspace,
} from '../../node/support/documents-fixture';

function blocksOf<K extends Block['kind']>(model: DocumentModel, kind: K): Extract<Block, { kind: K }>[] {
  return model.body.filter((block): block is Extract<Block, { kind: K }> => block.kind === kind);
}

function fieldValue(block: FieldsBlock, label: string): string {
  const row = block.rows.find((r) => r.label === label);
  return row ? plainText(row.value) : '';
}

const LETTER: UndanganOptions = {
  number: '400.5.7/123/KEC-KLR/X/2025',
  letterDate: '2025-10-10',
  signer: CAMAT_KELARA,
};

describe('undangan', () => {
  it('has the letter fields, the event block and the signer with a grouped NIP', () => {
    const model = undangan(seedWorkspace(), KELARA_SETTINGS, LETTER);
    const [head, event] = blocksOf(model, 'fields') as [FieldsBlock, FieldsBlock];
    expect(head.rows.map((r) => r.label)).toEqual(['Nomor', 'Sifat', 'Lampiran', 'Hal']);
    expect(fieldValue(head, 'Hal')).toBe('Undangan Rapat Koordinasi TPPS Kecamatan Kelara dan Rumbia');
    expect(fieldValue(event, 'hari/tanggal')).toBe('Jumat, 17 Oktober 2025');
    expect(fieldValue(event, 'pukul')).toBe('09.00 s.d. 12.00 WITA');
    expect(fieldValue(event, 'tempat')).toBe('Aula Kantor Camat Kelara');
    const [signatures] = blocksOf(model, 'signatures') as [SignaturesBlock];
    expect(signatures.signatures[0]).toMatchObject({ heading: ['CAMAT KELARA,'], nip: '19700315 199503 1 004' });
    expect(model.letterhead?.lines.map((l) => l.text)).toEqual(['PEMERINTAH KABUPATEN JENEPONTO', 'KECAMATAN KELARA']);
    expect(model.page.paper).toBe('F4');
  });

  it('moves a long invitee list to an annex, without the minute-taker', () => {
    const model = undangan(seedWorkspace(), KELARA_SETTINGS, LETTER);
    const paragraphs = blocksOf(model, 'paragraph').map((p) => plainText(p.content));
    expect(paragraphs).toContain('Yth. Daftar Undangan Terlampir');
    expect(fieldValue(blocksOf(model, 'fields')[0] as FieldsBlock, 'Lampiran')).toBe('1 (satu) lembar');
    expect(model.body.some((b) => b.kind === 'pageBreak')).toBe(true);
    const [annex] = blocksOf(model, 'table') as [TableBlock];
    const names = annex.rows.map((r) => plainText(r.cells[1]?.content ?? ''));
    expect(names).toHaveLength(9);
    expect(names.join('|')).not.toContain('Nurul Hikmah');
  });

  it('lists a short invitee list under Yth. and ends the copies with Arsip', () => {
    const model = undangan(seedWorkspace(), KELARA_SETTINGS, {
      ...LETTER,
      listLimit: 10,
      copies: ['Bupati Jeneponto'],
    });
    const lists = blocksOf(model, 'list') as ListBlock[];
    expect(lists[0]?.items.map((i) => plainText(i.content))).toContain('Camat Rumbia');
    expect(lists[1]?.items.map((i) => plainText(i.content))).toEqual(['Bupati Jeneponto;', 'Arsip.']);
    expect(blocksOf(model, 'table')).toHaveLength(0);
  });
});

describe('daftarHadir', () => {
  it('pre-fills the invitees, adds blank rows and staggers the signature cells', () => {
    const model = daftarHadir(seedWorkspace(), KELARA_SETTINGS, { filled: false, blankRows: 5, showPhone: false });
    const [table] = blocksOf(model, 'table') as [TableBlock];
    expect(table.header[0]?.cells.map((c) => plainText(c.content))).toEqual([
      'No',
      'Nama',
      'Jabatan/Instansi',
      'Tanda Tangan',
    ]);
    expect(table.rows).toHaveLength(10 + 5);
    expect(table.minRowHeight).toBe(10);
    const sides = table.rows.map((r) => r.cells[r.cells.length - 1]?.signature?.side);
    expect(sides.slice(0, 4)).toEqual(['left', 'right', 'left', 'right']);
    expect(plainText(table.rows[0]?.cells[1]?.content ?? '')).toBe('H. Islam Iskandar, S.Sos.');
  });

  it('prints phone numbers only when asked', () => {
    const phones = { 'p-meriam': '081234567890' };
    const hidden = daftarHadir(seedWorkspace(), KELARA_SETTINGS, {
      filled: false,
      blankRows: 0,
      showPhone: false,
      phones,
    });
    expect(JSON.stringify(hidden)).not.toContain('081234567890');
    const shown = daftarHadir(seedWorkspace(), KELARA_SETTINGS, {
      filled: false,
      blankRows: 0,
      showPhone: true,
      phones,
    });
    const [table] = blocksOf(shown, 'table') as [TableBlock];
    expect(table.columns).toHaveLength(5);
    expect(plainText(table.rows[1]?.cells[3]?.content ?? '')).toBe('081234567890');
  });

  it('filled from attendance: present people, stand-ins named, walk-ins included, absentees left out', () => {
    const model = daftarHadir(seedWorkspace(), KELARA_SETTINGS, { filled: true, blankRows: 0, showPhone: false });
    const [table] = blocksOf(model, 'table') as [TableBlock];
    const rows = table.rows.map((r) => r.cells.map((c) => plainText(c.content)));
    expect(rows.find((r) => r[1] === 'Hasniati, S.E.')?.[2]).toBe('Sekretaris Camat Rumbia, mewakili Camat Rumbia');
    expect(rows.some((r) => r[1] === 'Bripka Jusman')).toBe(true);
    expect(rows.some((r) => r[1] === 'Ns. Syamsuddin, S.Kep.')).toBe(false);
  });
});

describe('notulen', () => {
  it('has the head block with times, chair, minute-taker and counts', () => {
    const model = notulen(seedWorkspace(), KELARA_SETTINGS, { signers: SEED_SIGNERS });
    const [head] = blocksOf(model, 'fields') as [FieldsBlock];
    expect(fieldValue(head, 'Waktu')).toBe('09.00 – 12.15 WITA');
    expect(fieldValue(head, 'Pimpinan Rapat')).toBe(
      'H. Islam Iskandar, S.Sos. (Wakil Bupati Jeneponto selaku Ketua TPPS Kabupaten)',
    );
    expect(fieldValue(head, 'Peserta')).toBe('10 orang dari 8 instansi (daftar hadir terlampir)');
  });

  it('numbers the sections I–V and names the speakers under each agenda item', () => {
    const model = notulen(seedWorkspace(), KELARA_SETTINGS, { signers: SEED_SIGNERS });
    const lists = blocksOf(model, 'list');
    const sections = lists
      .filter((l) => l.style === 'upperRoman')
      .map((l) => `${listMarker(l.style, l.start ?? 1)} ${plainText(l.items[0]?.content ?? '')}`);
    expect(sections).toEqual([
      'I. PEMBUKAAN',
      'II. PEMBAHASAN',
      'III. KEPUTUSAN/KESIMPULAN',
      'IV. KOMITMEN TINDAK LANJUT',
      'V. PENUTUP',
    ]);
    const discussion = lists.find(
      (l) => l.style === 'decimal' && plainText(l.items[0]?.content ?? '').startsWith('Arahan'),
    );
    const items = discussion?.items ?? [];
    expect(plainText(items[1]?.content ?? '')).toBe(
      'Strategi intervensi keluarga berisiko stunting — Kepala DPPKB (St. Meriam)',
    );
    expect(plainText(items[1]?.children?.items[0]?.content ?? '')).toMatch(/^St\. Meriam: /);
    expect(plainText(items[0]?.children?.items[0]?.content ?? '')).toMatch(/^Arahan H\. Islam Iskandar, S\.Sos\.: /);
    expect(plainText(items[3]?.content ?? '')).toBe('Lain-lain');
  });

  it('tables the commitments and signs chair (no NIP) and minute-taker (NIP) side by side', () => {
    const model = notulen(seedWorkspace(), KELARA_SETTINGS, { signers: SEED_SIGNERS });
    const [table] = blocksOf(model, 'table') as [TableBlock];
    expect(table.header[0]?.cells.map((c) => plainText(c.content))).toEqual([
      'No',
      'Instansi',
      'Komitmen',
      'Target waktu',
      'Penanggung jawab',
    ]);
    expect(table.rows.map((r) => plainText(r.cells[2]?.content ?? '').split('\n')[0])).toEqual([...COMMITMENTS]);
    expect(plainText(table.rows[0]?.cells[3]?.content ?? '')).toBe('30 November 2025');
    const [signatures] = blocksOf(model, 'signatures') as [SignaturesBlock];
    const [chair, minuteTaker] = signatures.signatures;
    expect(chair).toMatchObject({
      heading: ['Pimpinan Rapat,'],
      name: 'H. Islam Iskandar, S.Sos.',
      nip: null,
      rank: null,
    });
    expect(minuteTaker).toMatchObject({
      heading: ['Notulis,'],
      placeDate: 'Kelara, 17 Oktober 2025',
      nip: '19870612 201001 2 017',
    });
  });

  it('is watermarked DRAF until approved; approved minutes say when', () => {
    expect(notulen(seedWorkspace(), KELARA_SETTINGS).watermark).toBe('DRAF');
    const approved = notulen(
      seedWorkspace({ status: 'approved', approvedAt: '2025-10-19T17:30:00.000Z' }),
      KELARA_SETTINGS,
    );
    expect(approved.watermark).toBeNull();
    // 17:30 UTC is already the 20th in WITA (UTC+8).
    expect(blocksOf(approved, 'paragraph').map((p) => plainText(p.content))).toContain('Disahkan pada 20 Oktober 2025');
  });
});

describe('defaultDocumentSettings', () => {
  const office = {
    level: 'kecamatan',
    provinceCode: '73',
    kabupatenCode: '73.04',
    kecamatanCode: '73.04.05',
    desaCode: null,
    officeName: 'Kantor Camat Kelara',
    address: 'Jl. Poros Tolo',
  } as const;

  it('names the government and the kecamatan, on F4 with the usual margins', () => {
    const settings = defaultDocumentSettings(office, {
      kabupaten: 'Kabupaten Jeneponto',
      kecamatan: 'Kelara',
      desa: null,
    });
    expect(settings.letterhead.lines).toEqual([
      { text: 'PEMERINTAH KABUPATEN JENEPONTO', size: 14, bold: true },
      { text: 'KECAMATAN KELARA', size: 16, bold: true },
    ]);
    expect(settings.letterhead.address).toBe('Jl. Poros Tolo');
    expect(settings).toMatchObject({
      paper: 'F4',
      placeName: 'Kelara',
      margins: { top: 20, right: 20, bottom: 25, left: 30 },
    });
  });

  it('a desa office adds the kecamatan and the village kind', () => {
    const settings = defaultDocumentSettings(
      { ...office, level: 'desa', desaCode: '73.04.05.2006' },
      { kabupaten: 'Kabupaten Jeneponto', kecamatan: 'Kelara', desa: 'Tolo Barat' },
    );
    expect(settings.letterhead.lines.map((l) => l.text)).toEqual([
      'PEMERINTAH KABUPATEN JENEPONTO',
      'KECAMATAN KELARA',
      'DESA TOLO BARAT',
    ]);
    expect(settings.placeName).toBe('Tolo Barat');
  });
});

describe('shared layout', () => {
  it('puts the colon after the widest label', () => {
    const block: FieldsBlock = {
      kind: 'fields',
      rows: [
        { label: 'Rapat', value: '' },
        { label: 'Pimpinan Rapat', value: '' },
      ],
    };
    expect(labelColumnMm(block, 11)).toBeGreaterThan(
      labelColumnMm({ ...block, rows: [{ label: 'Rapat', value: '' }] }, 11),
    );
  });

  it('numbers lists in the office styles', () => {
    expect([
      listMarker('upperRoman', 4),
      listMarker('decimal', 12),
      listMarker('lowerAlpha', 27),
      listMarker('dash', 1),
    ]).toEqual(['IV.', '12.', 'aa.', '-']);
  });

  it('writes a dotted signature line that fits half the cell', () => {
    const line = signatureLineText({ number: 7, side: 'left' }, 40, 10);
    expect(line).toMatch(/^7\. \.{3,}$/);
  });
});

describe('letters', () => {
  it('dates an undangan today while the meeting is ahead, else a week before it', () => {
    expect(defaultLetterDate('2025-10-17', '2025-10-10')).toBe('2025-10-10');
    expect(defaultLetterDate('2025-10-17', '2025-10-16')).toBe('2025-10-16');
    expect(defaultLetterDate('2025-10-17', '2025-10-17')).toBe('2025-10-10');
    expect(defaultLetterDate('2025-10-17', '2026-01-15')).toBe('2025-10-10');
    expect(defaultLetterDate('2026-03-03', '2026-03-05')).toBe('2026-02-24');
  });

  it('writes counts in words', () => {
    expect([1, 2, 11, 12, 20, 21, 100, 115, 1000, 1500, 2024].map(terbilang)).toEqual([
      'satu',
      'dua',
      'sebelas',
      'dua belas',
      'dua puluh',
      'dua puluh satu',
      'seratus',
      'seratus lima belas',
      'seribu',
      'seribu lima ratus',
      'dua ribu dua puluh empat',
    ]);
    expect(terbilang(2_500_000)).toBe('dua juta lima ratus ribu');
  });

  it('says the institution after a position only when the position does not name it', () => {
    expect(positionNamesInstitution('Camat Kelara', 'Kecamatan Kelara')).toBe(true);
    expect(positionNamesInstitution('Wakil Bupati Jeneponto', 'Pemerintah Kabupaten Jeneponto')).toBe(true);
    expect(positionNamesInstitution('Kepala Puskesmas Tolo', 'Puskesmas Tolo')).toBe(true);
    expect(positionNamesInstitution('Kepala Desa Tombolo', 'Pemerintah Desa Tombolo')).toBe(true);
    expect(
      positionNamesInstitution(
        'Kepala DPPKB Kabupaten Jeneponto',
        'Dinas Pengendalian Penduduk dan Keluarga Berencana Kabupaten Jeneponto',
        'DPPKB',
      ),
    ).toBe(true);
    expect(positionNamesInstitution('Kepala Seksi Pemerintahan Kecamatan Kelara', 'Kantor Camat Kelara')).toBe(true);
    expect(positionNamesInstitution('Kepala Puskesmas Tolo', 'Puskesmas Rumbia')).toBe(false);
    expect(positionNamesInstitution('Kepala Dinas Kesehatan', 'Dinas Kesehatan Kabupaten Jeneponto', null)).toBe(false);
    expect(positionNamesInstitution('Sekretaris', 'Kecamatan Kelara')).toBe(false);
    const rows = (
      blocksOf(
        daftarHadir(seedWorkspace(), KELARA_SETTINGS, { filled: false, blankRows: 0, showPhone: false }),
        'table',
      )[0] as TableBlock
    ).rows.map((r) => plainText(r.cells[2]?.content ?? ''));
    expect(rows).toContain('Camat Kelara');
    expect(rows).toContain('Wakil Bupati Jeneponto');
    expect(rows.join('|')).not.toContain('Camat Kelara, Kecamatan Kelara');
  });
});

describe('kop surat', () => {
  const contacts = {
    ...KELARA_SETTINGS.letterhead,
    phone: '(0419) 21000 / 0812 4455 6677',
    email: 'sekretariat.kecamatan.kelara@jenepontokab.go.id',
    website: 'https://kecamatan-kelara.jenepontokab.go.id',
  };

  it('breaks the contacts between two of them, never after a separator', () => {
    const kop = letterheadOf({ ...KELARA_SETTINGS, letterhead: contacts }, new Uint8Array([1]));
    expect(kop.contactLines[0]).toBe(KELARA_SETTINGS.letterhead.address);
    const lines = kop.contactLines.slice(1);
    expect(lines.length).toBeGreaterThan(1);
    for (const line of lines) expect(line).not.toMatch(/^\s*·|·\s*$/);
    expect(lines.join(' · ')).toBe(
      'Telepon (0419) 21000 / 0812 4455 6677 · Pos-el sekretariat.kecamatan.kelara@jenepontokab.go.id · Laman https://kecamatan-kelara.jenepontokab.go.id',
    );
    // Landscape pages have room for more on a line.
    const wide = letterheadOf({ ...KELARA_SETTINGS, letterhead: contacts }, null, 'landscape');
    expect(wide.contactLines.length).toBeLessThan(kop.contactLines.length);
  });

  it('leaves out blank contacts', () => {
    const kop = letterheadOf(
      { ...KELARA_SETTINGS, letterhead: { ...contacts, phone: '  ', email: null, website: ' ' } },
      null,
    );
    expect(kop.contactLines).toEqual([KELARA_SETTINGS.letterhead.address]);
  });
});
