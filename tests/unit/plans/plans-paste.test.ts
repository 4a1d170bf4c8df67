import { describe, expect, it } from 'vitest';
import type { PlanVillage } from '../../../shared/domain/plans';
import { headerMeaning, PLAN_COLUMNS } from '../../../shared/plans/columns';
import { mapPastedBlock, pasteOntoRows } from '../../../shared/plans/paste';
import { createResolver } from '../../../shared/plans/resolve';
import { emptyRowFields } from '../../../shared/plans/rows';
import { maskOfMonths, quarterMask } from '../../../shared/plans/schedule';
import { parseTsv } from '../../../shared/plans/tsv';

const village = (code: string, name: string, kecamatanCode: string, kecamatanName: string): PlanVillage => ({
  code,
  name,
  kecamatanCode,
  kecamatanName,
});

const resolver = createResolver({
  interventions: [
    { id: 'sp08', code: 'SP-08', name: 'Tambahan asupan gizi bagi balita gizi kurang', kind: 'spesifik' },
    { id: 'sn07', code: 'SN-07', name: 'Pendampingan keluarga berisiko stunting', kind: 'sensitif' },
  ],
  fundingSources: [
    { id: 'apbd', code: 'APBD', name: 'APBD' },
    { id: 'daknf', code: 'DAK-NF', name: 'DAK Nonfisik' },
    { id: 'bok', code: 'DAK-NF-BOK', name: 'DAK Nonfisik BOK' },
    { id: 'bokb', code: 'DAK-NF-BOKB', name: 'DAK Nonfisik BOKB' },
    { id: 'dd', code: 'DD', name: 'Dana Desa/APBDes' },
  ],
  villages: [
    village('73.04.05.1001', 'Tolo', '73.04.05', 'Kelara'),
    village('73.04.05.2021', 'Tombolo', '73.04.05', 'Kelara'),
    village('73.04.10.2001', 'Rumbia', '73.04.10', 'Rumbia'),
    village('73.04.10.2099', 'Tolo', '73.04.10', 'Rumbia'),
  ],
  institutions: [
    { id: 'pkm', name: 'Puskesmas Tolo', shortName: null },
    { id: 'dppkb', name: 'Dinas Pengendalian Penduduk dan Keluarga Berencana', shortName: 'DPPKB' },
  ],
  villageElsewhere: (name) => name.toLowerCase() === 'bontosunggu',
});

describe('columns in the printed order', () => {
  it('follow DOCUMENTS.md: Kegiatan … Lokasi, Penanggung jawab, Jadwal (12 months), Sumber dana, Anggaran', () => {
    const headers = PLAN_COLUMNS.map((c) => c.header);
    const order = [
      'Kegiatan',
      'Intervensi',
      'Sasaran',
      'Indikator',
      'Target',
      'Lokasi (Desa)',
      'Penanggung Jawab',
      'Jan',
      'Des',
      'Sumber Dana',
      'Anggaran (Rp)',
    ];
    const positions = order.map((h) => headers.indexOf(h));
    expect(positions.every((p) => p >= 0)).toBe(true);
    expect([...positions].sort((a, b) => a - b)).toEqual(positions);
  });

  it('know headers by their common names', () => {
    expect(headerMeaning('Sumber')).toEqual({ kind: 'column', key: 'fundingSource' });
    expect(headerMeaning('SUMBER DANA')).toEqual({ kind: 'column', key: 'fundingSource' });
    expect(headerMeaning('Pagu')).toEqual({ kind: 'column', key: 'amount' });
    expect(headerMeaning(' Anggaran  (Rp) ')).toEqual({ kind: 'column', key: 'amount' });
    expect(headerMeaning('Lokasi (desa)')).toEqual({ kind: 'column', key: 'locations' });
    expect(headerMeaning('OPD Penanggung Jawab')).toEqual({ kind: 'column', key: 'responsible' });
    expect(headerMeaning('Agustus')).toEqual({ kind: 'column', key: 'm8' });
    expect(headerMeaning('TW III')).toEqual({ kind: 'quarter', quarter: 2 });
    expect(headerMeaning('Jadwal')).toEqual({ kind: 'schedule' });
    expect(headerMeaning('No.')).toEqual({ kind: 'number' });
    expect(headerMeaning('Anggran')).toBeNull();
    expect(headerMeaning('Aksi Konvergensi')).toEqual({ kind: 'link', key: 'convergenceAction' });
    expect(headerMeaning('Komitmen Terkait')).toEqual({ kind: 'link', key: 'commitments' });
  });

  it('leave the links of an export out of a paste into the grid, which has no column for them', () => {
    const block = parseTsv('Kegiatan\tAksi Konvergensi\tKomitmen Terkait\r\nRembuk stunting\t5. Rembuk\tJanji — X\r\n');
    const mapped = mapPastedBlock(block, 'activity', resolver);
    expect(mapped.targets).toEqual(['activity', null, null]);
    expect(mapped.problems).toEqual([]);
    expect(mapped.patches).toEqual([{ activity: 'Rembuk stunting' }]);
  });
});

describe('a block pasted from Excel', () => {
  it('fills the columns from where the paste starts, in the printed order, Indonesian numbers included', () => {
    const block = parseTsv('BOK\t84.000.000\r\nDana Desa\tRp 1.500.000,-\r\n');
    const mapped = mapPastedBlock(block, 'fundingSource', resolver);
    expect(mapped.headerRow).toBe(false);
    expect(mapped.targets).toEqual(['fundingSource', 'amount']);
    expect(mapped.problems).toEqual([]);
    const { rows, problems } = pasteOntoRows([{ ...emptyRowFields(), activity: 'PMT' }, null], mapped);
    expect(problems).toEqual([{ row: 1, column: 0, key: 'planImport.cell.activityRequired', value: '' }]);
    expect(rows[0]?.funding).toEqual([{ fundingSourceId: 'bok', amount: 84_000_000 }]);
    expect(rows[1]?.funding).toEqual([{ fundingSourceId: 'dd', amount: 1_500_000 }]);
  });

  it('reads whole rows: intervention sets the kind, villages, institutions, month ticks, several funding lines', () => {
    const cells = [
      'PMT lokal balita gizi kurang',
      '1.02.02.2.02.0033',
      'SP-08',
      '',
      'Balita',
      'Persentase balita gizi kurang yang mendapat tambahan asupan gizi',
      '1.500',
      'anak',
      'Tolo (Kelara), Tombolo',
      'Puskesmas Tolo',
      'DPPKB',
      '✓',
      '✓',
      '✓',
      '',
      '',
      '',
      '',
      '',
      '',
      '',
      '',
      '✓',
      'APBD\nBOK',
      '60.000.000\n24.000.000',
      'Berjalan',
      '25',
      'Rp 10.000.000',
      'Catatan',
    ];
    const text = `${cells.map((c) => (c.includes('\n') ? `"${c}"` : c)).join('\t')}\r\n`;
    const mapped = mapPastedBlock(parseTsv(text), 'activity', resolver);
    expect(mapped.problems).toEqual([]);
    const { rows, problems } = pasteOntoRows([null], mapped);
    expect(problems).toEqual([]);
    expect(rows[0]).toEqual({
      ...emptyRowFields(),
      activity: 'PMT lokal balita gizi kurang',
      budgetCode: '1.02.02.2.02.0033',
      interventionId: 'sp08',
      interventionKind: 'spesifik',
      targetGroup: 'Balita',
      indicator: 'Persentase balita gizi kurang yang mendapat tambahan asupan gizi',
      targetVolume: 1500,
      targetUnit: 'anak',
      locations: ['73.04.05.1001', '73.04.05.2021'],
      responsibleInstitutionId: 'pkm',
      supporterIds: ['dppkb'],
      scheduleMonths: maskOfMonths([0, 1, 2, 11]),
      funding: [
        { fundingSourceId: 'apbd', amount: 60_000_000 },
        { fundingSourceId: 'bok', amount: 24_000_000 },
      ],
      status: 'in_progress',
      realisationPercent: 25,
      realisationAmount: 10_000_000,
      notes: 'Catatan',
    });
  });

  it('maps by header when the block was copied with its header line, whatever the order', () => {
    const block = parseTsv('Anggaran (Rp)\tSumber\tKegiatan\tTW II\r\n1.000.000\tAPBD\tKelas ibu hamil\tv\r\n');
    const mapped = mapPastedBlock(block, 'notes', resolver);
    expect(mapped.headerRow).toBe(true);
    const { rows } = pasteOntoRows([null], mapped);
    expect(rows[0]).toMatchObject({
      activity: 'Kelas ibu hamil',
      funding: [{ fundingSourceId: 'apbd', amount: 1_000_000 }],
      scheduleMonths: quarterMask(1),
    });
  });

  it('reports every bad cell with its place and the text, and changes only what was pasted', () => {
    const block = parseTsv('Tolo\tPuskesmas Entah\r\nBontosunggu\tDPPKB\r\nRumbia, 73.04.99.2001\t\r\n');
    const mapped = mapPastedBlock(block, 'locations', resolver);
    expect(mapped.problems).toEqual([
      { row: 0, column: 0, key: 'planImport.cell.villageAmbiguous', value: 'Tolo' },
      { row: 0, column: 1, key: 'planImport.cell.institutionUnknown', value: 'Puskesmas Entah' },
      { row: 1, column: 0, key: 'planImport.cell.villageOutsideArea', value: 'Bontosunggu' },
      { row: 2, column: 0, key: 'planImport.cell.villageUnknown', value: '73.04.99.2001' },
    ]);
  });

  it('refuses what is not a whole Rupiah, an unknown source, a kind that contradicts the intervention', () => {
    const block = parseTsv('1.500.000,50\r\n1.50.000\r\n-5\r\n');
    expect(mapPastedBlock(block, 'amount', resolver).problems.map((p) => p.key)).toEqual([
      'planImport.cell.wholeRupiah',
      'planImport.cell.number',
      'planImport.cell.negative',
    ]);
    expect(mapPastedBlock(parseTsv('Hibah luar negeri\r\n'), 'fundingSource', resolver).problems[0]?.key).toBe(
      'planImport.cell.fundingSourceUnknown',
    );
    const kind = mapPastedBlock(parseTsv('SP-08\tSensitif\r\n'), 'intervention', resolver);
    const merged = pasteOntoRows([{ ...emptyRowFields(), activity: 'x' }], kind);
    expect(merged.problems.map((p) => p.key)).toEqual(['planImport.cell.kindMismatch']);
    expect(merged.rows[0]?.interventionKind).toBe('spesifik');
  });

  it('says when the block is wider than the columns left', () => {
    const mapped = mapPastedBlock(parseTsv('a\tb\tc\r\n'), 'realisationAmount', resolver);
    expect(mapped.targets).toEqual(['realisationAmount', 'notes', null]);
    expect(mapped.problems.map((p) => p.key)).toContain('planImport.paste.tooWide');
  });
});

describe('funding source names offices use', () => {
  it.each([
    ['APBD', 'apbd'],
    ['apbd kabupaten', 'apbd'],
    ['BOK', 'bok'],
    ['DAK Non Fisik - BOK', 'bok'],
    ['dak nonfisik (bokb)', 'bokb'],
    ['DAK Nonfisik', 'daknf'],
    ['Dana Desa', 'dd'],
    ['APBDes', 'dd'],
    ['DD', 'dd'],
  ])('%s', (text, id) => {
    expect(resolver.fundingSource(text)).toEqual({ ok: true, value: id });
  });
});
