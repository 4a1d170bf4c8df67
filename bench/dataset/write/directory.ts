import type { Sector } from '../../../shared/domain/directory';
import { foldForSearch } from '../../../shared/text/fold';
import { apportion } from '../apportion';
import type { Kecamatan, Village } from '../areas';
import { instantMs, isoOf } from '../calendar';
import { scaled, type GenContext } from '../context';
import { NipRegistry } from '../nip';
import { personName } from '../person-names';
import { INSTITUTION_KINDS, type InstitutionKind, type Role } from '../pools/institutions';
import { POSYANDU_NAMES } from '../pools/names';
import { PROFESSIONS } from '../pools/professions';
import type { Prng } from '../prng';

export const FULL_INSTITUTIONS = 600;
export const FULL_PEOPLE = 5_000;
/** Directory entries were typed in during the first weeks of using the app. */
const DIRECTORY_START = '2016-01-04';
const STREETS = ['Jl. Pahlawan', 'Jl. Sultan Hasanuddin', 'Jl. Lanto Dg. Pasewang', 'Jl. Ahmad Yani', 'Jl. Kartini'];
const OPERATORS = ['811', '812', '813', '821', '822', '852', '853', '877', '878', '895'];

export interface GenInstitution {
  id: string;
  name: string;
  kind: InstitutionKind;
  sector: Sector;
  areaCode: string;
  kecamatan: Kecamatan | null;
  village: Village | null;
  people: GenPerson[];
}

export interface GenPerson {
  id: string;
  name: string;
  position: string;
  institution: GenInstitution;
}

export interface Directory {
  institutions: GenInstitution[];
  people: GenPerson[];
  /** The kabupaten's own offices and partners by kind key (`bappeda`, `dinkes`…). */
  kabupaten: Map<string, GenInstitution>;
  /** Every institution by kind key (`puskesmas`, `pemdes`…). */
  byKind: Map<string, GenInstitution[]>;
  /** Institutions placed in a kecamatan or in one of its villages. */
  inKecamatan: Map<string, GenInstitution[]>;
  inVillage: Map<string, GenInstitution[]>;
}

interface Candidate {
  kind: InstitutionKind;
  name: string;
  areaCode: string;
  kecamatan: Kecamatan | null;
  village: Village | null;
  /** Words that fill `{flower}` and `{n}`. */
  flower: string;
  number: number;
}

function fill(template: string, c: Candidate, village: string): string {
  return template
    .replaceAll('{place}', c.village?.name ?? c.kecamatan?.name ?? 'Jeneponto')
    .replaceAll('{village}', village)
    .replaceAll('{flower}', c.flower)
    .replaceAll('{n}', String(c.number).padStart(c.kind.key === 'koramil' ? 2 : 1, '0'));
}

/** Every institution a kabupaten of this shape could have, in code order. */
function candidatesOf(ctx: GenContext): Candidate[] {
  const out: Candidate[] = [];
  for (const kind of INSTITUTION_KINDS) {
    let number = 0;
    const add = (areaCode: string, kecamatan: Kecamatan | null, village: Village | null) => {
      for (let copy = 0; copy < (kind.perArea ?? 1); copy++) {
        number++;
        const c: Candidate = { kind, name: '', areaCode, kecamatan, village, flower: '', number };
        c.flower = POSYANDU_NAMES[(number * 3 + copy) % POSYANDU_NAMES.length] as string;
        c.name = fill(kind.name, c, '');
        out.push(c);
      }
    };
    if (kind.placement === 'kabupaten') add(ctx.area.code, null, null);
    else if (kind.placement === 'provinsi') add(ctx.area.code.slice(0, 2), null, null);
    else if (kind.placement === 'kecamatan') ctx.area.kecamatan.forEach((k) => add(k.code, k, null));
    else for (const v of ctx.area.villages) if (v.kind === kind.placement) add(v.code, v.kecamatan, v);
  }
  return out;
}

/** The scale's share of candidates: core offices first, then the usual ones, fillers last. */
function choose(rng: Prng, candidates: Candidate[], count: number): Candidate[] {
  const byTier = [0, 1, 2].flatMap((tier) => rng.shuffle(candidates.filter((c) => c.kind.tier === tier)));
  const kept = new Set(byTier.slice(0, count));
  return candidates.filter((c) => kept.has(c));
}

function addressOf(rng: Prng, c: Candidate): string {
  if (c.village)
    return `${c.village.kind === 'desa' ? 'Desa' : 'Kelurahan'} ${c.village.name}, Kecamatan ${c.village.kecamatan.name}`;
  if (c.kecamatan) return `Jl. Poros ${c.kecamatan.name} No. ${rng.int(1, 120)}, Kecamatan ${c.kecamatan.name}`;
  return `${rng.pick(STREETS)} No. ${rng.int(1, 90)}, Bontosunggu, Kecamatan Binamu`;
}

function listIn<T>(map: Map<string, T[]>, key: string): T[] {
  let list = map.get(key);
  if (!list) map.set(key, (list = []));
  return list;
}

/** Numbers in the 0000 block so that generated data never dials a real subscriber. */
function phoneOf(rng: Prng): string {
  return `0${rng.pick(OPERATORS)}-0000-${String(rng.int(0, 9999)).padStart(4, '0')}`;
}

/**
 * Writes institutions and people: 600 and 5,000 at full scale. Each institution gets its head
 * first, then staff in the order of its kind's positions; civil servants get an NIP and pangkat.
 */
export function writeDirectory(ctx: GenContext): Directory {
  const rng = ctx.rng.fork('directory');
  const nips = new NipRegistry(rng.fork('nip'), 2025);
  const chosen = choose(rng, candidatesOf(ctx), scaled(ctx, FULL_INSTITUTIONS));
  const insertInstitution = ctx.db.prepare(
    `INSERT INTO institutions (id, name, short_name, sector, level, area_code, address, search_text, created_at, updated_at)
     VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)`,
  );
  const insertPerson = ctx.db.prepare(
    `INSERT INTO people (id, name, position, institution_id, nip, rank, phone, search_text, created_at, updated_at)
     VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)`,
  );
  const directory: Directory = {
    institutions: [],
    people: [],
    kabupaten: new Map(),
    byKind: new Map(),
    inKecamatan: new Map(),
    inVillage: new Map(),
  };
  const weights = chosen.map((c) => c.kind.staff);
  const counts = apportion(scaled(ctx, FULL_PEOPLE), weights);
  // A capped kind (the Bupati and his deputy) hands its surplus to the largest office.
  const largest = weights.indexOf(Math.max(...weights));
  chosen.forEach((c, index) => {
    const cap = c.kind.maxPeople;
    if (cap !== undefined && (counts[index] as number) > cap) {
      counts[largest] = (counts[largest] as number) + (counts[index] as number) - cap;
      counts[index] = cap;
    }
  });
  ctx.db.transaction(() => {
    chosen.forEach((c, index) => {
      const at = instantMs(DIRECTORY_START, 9 * 60) + index * 97_000;
      const institution: GenInstitution = {
        id: ctx.newId(at),
        name: c.name,
        kind: c.kind,
        sector: c.kind.sector,
        areaCode: c.areaCode,
        kecamatan: c.kecamatan,
        village: c.village,
        people: [],
      };
      const shortName = c.kind.shortName ?? null;
      insertInstitution.run(
        institution.id,
        c.name,
        shortName,
        c.kind.sector,
        c.kind.level,
        c.areaCode,
        addressOf(rng, c),
        foldForSearch([c.name, shortName ?? ''].join(' ')),
        isoOf(at),
        isoOf(at),
      );
      directory.institutions.push(institution);
      if (!c.kecamatan) directory.kabupaten.set(c.kind.key, institution);
      listIn(directory.byKind, c.kind.key).push(institution);
      if (c.kecamatan) listIn(directory.inKecamatan, c.kecamatan.code).push(institution);
      if (c.village) listIn(directory.inVillage, c.village.code).push(institution);

      const villages = c.village ? [c.village] : (c.kecamatan?.villages ?? ctx.area.villages);
      for (let i = 0; i < (counts[index] as number); i++) {
        const head = i === 0;
        const role: Role = head ? c.kind.head : (c.kind.roles[(i - 1) % c.kind.roles.length] as Role);
        const [template, profession] = role;
        const position = fill(template, c, rng.pick(villages)?.name ?? c.name);
        const birthYear = 2025 - (head ? rng.int(42, 57) : rng.int(24, 56));
        const named = personName(rng, profession, birthYear, head);
        const civil = rng.chance(PROFESSIONS[profession].civilServant)
          ? nips.issue(birthYear, named.female, named.schooling, head)
          : null;
        const phone = rng.chance(0.6) ? phoneOf(rng) : null;
        const personAt = at + (i + 1) * 41_000;
        const person: GenPerson = { id: ctx.newId(personAt), name: named.name, position, institution };
        insertPerson.run(
          person.id,
          person.name,
          position,
          institution.id,
          civil?.nip ?? null,
          civil?.rank ?? null,
          phone,
          foldForSearch([person.name, position, civil?.nip ?? ''].join(' ')),
          isoOf(personAt),
          isoOf(personAt),
        );
        institution.people.push(person);
        directory.people.push(person);
      }
    });
  })();
  return directory;
}
