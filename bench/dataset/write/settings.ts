import type { OfficeIdentity } from '../../../shared/domain/settings';
import { DATASET_TODAY, instantMs, isoOf } from '../calendar';
import { PROVINCE_CODE } from '../areas';
import type { GenContext } from '../context';
import { GENERATOR_VERSION } from '../version';
import { formatStamp } from '../../../shared/exchange/stamp';
import { idMaker } from '../ids';
import { Prng } from '../prng';

/** The settings key that marks a database as generated, with how it was made. */
export const DATASET_SETTINGS_KEY = 'dataset';

export interface DatasetMarker {
  generatorVersion: number;
  seed: string;
  scale: number;
}

/**
 * Marks the database as generated (never mistaken for an office's data) and, unless an office is
 * already set, makes it the kabupaten's TPPS secretariat so the app opens past the first-run screen.
 */
export function writeSettings(ctx: GenContext, seed: string): void {
  const at = isoOf(instantMs(DATASET_TODAY, 8 * 60));
  writeOfficeId(ctx, seed);
  const office: OfficeIdentity = {
    level: 'kabupaten',
    provinceCode: PROVINCE_CODE,
    kabupatenCode: ctx.area.code,
    kecamatanCode: null,
    desaCode: null,
    officeName: 'Sekretariat TPPS Kabupaten Jeneponto',
    address: 'Jl. Pahlawan No. 1, Bontosunggu, Kecamatan Binamu',
  };
  const marker: DatasetMarker = { generatorVersion: GENERATOR_VERSION, seed, scale: ctx.scale };
  const insert = ctx.db.prepare(
    'INSERT INTO settings (key, value, updated_at) VALUES (?, ?, ?) ON CONFLICT (key) DO NOTHING',
  );
  insert.run('office', JSON.stringify(office), at);
  insert.run(DATASET_SETTINGS_KEY, JSON.stringify(marker), at);
}

/**
 * The office id and clock migration 009 made at random, replaced by ones drawn from the seed (on
 * their own stream, so the other ids do not move), so the same seed writes the same bytes. The
 * records are stamped with this clock when the dataset is written (adoptUnownedRecords).
 */
function writeOfficeId(ctx: GenContext, seed: string): void {
  const atMs = instantMs(DATASET_TODAY, 8 * 60);
  const at = isoOf(atMs);
  const id = idMaker(new Prng(`sirakor-dataset/${seed}/office`))(atMs);
  const stamp = formatStamp({ wall: atMs, counter: 0, office: id });
  const { db } = ctx;
  db.prepare(
    "UPDATE offices SET id = ?, created_at = ? WHERE id = (SELECT json_extract(value, '$') FROM settings WHERE key = ?)",
  ).run(id, at, 'exchange.officeId');
  const set = db.prepare('UPDATE settings SET value = ?, updated_at = ? WHERE key = ?');
  set.run(JSON.stringify(id), at, 'exchange.officeId');
  set.run(JSON.stringify(stamp), at, 'exchange.clock');
}
