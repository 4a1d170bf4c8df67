import type { Prng } from './prng';
import { DAENG_NAMES, FAMILY_NAMES, FEMALE_NAMES, FEMALE_SECOND_NAMES, MALE_NAMES } from './pools/names';
import { PROFESSIONS, type Profession, type Schooling } from './pools/professions';

export interface NamedPerson {
  /** As written, titles included (`Hj. Sitti Rahmah, S.KM., M.Kes.`). */
  name: string;
  female: boolean;
  schooling: Schooling;
}

/** Military and police ranks come before the name and go without the pilgrimage title. */
const UNIFORMED = new Set<Profession>(['tni_perwira', 'tni_bintara', 'polri_perwira', 'polri_bintara']);
/** Village people are often known by their Makassar `Dg.` name. */
const DAENG = new Set<Profession>(['desa', 'kader', 'pkk', 'tni_bintara', 'polri_bintara']);

function body(rng: Prng, female: boolean, profession: Profession): string {
  const given = rng.pick(female ? FEMALE_NAMES : MALE_NAMES);
  const seconds = female ? FEMALE_SECOND_NAMES : FAMILY_NAMES;
  // `Sitti`, `St.`, `Muh.` and `Abdul` are never written alone.
  const needsSecond = /^(Sitti|St\.|Muh\.|Muhammad|Abdul|Ahmad|Andi Muh\.|Nurul|Andi Nurul)$/.test(given);
  let name: string = given;
  if (needsSecond || rng.chance(0.45)) name += ` ${rng.pick(seconds)}`;
  if (!female && DAENG.has(profession) && rng.chance(0.35)) name += ` Dg. ${rng.pick(DAENG_NAMES)}`;
  if (!needsSecond && !name.startsWith('Andi') && rng.chance(0.05)) name = `Andi ${name}`;
  return name;
}

/**
 * A name with the titles a person of this profession and age would write: pilgrimage (`H.`,
 * `Hj.`), `dr.`, `Ns.` with `S.Kep.`, `Drs.`/`Dra.` for older graduates, a rank for TNI/Polri, and
 * the degrees after a comma.
 */
export function personName(rng: Prng, profession: Profession, birthYear: number, head = false): NamedPerson {
  const spec = PROFESSIONS[profession];
  const female = rng.chance(spec.female);
  // Heads of offices hold at least a first degree where their profession has one.
  const graduate = spec.degrees.filter(([, s]) => s === 's1' || s === 's2');
  const degrees = head && graduate.length ? graduate : spec.degrees;
  const [degree, schooling] = rng.weighted(degrees.map(([d, s, w]) => [[d, s] as const, w] as const));
  const before: string[] = [];
  const after: string[] = [];
  if (!UNIFORMED.has(profession) && rng.chance(birthYear < 1975 ? 0.3 : 0.08)) before.push(female ? 'Hj.' : 'H.');
  if (spec.prefixes) before.push(rng.pick(spec.prefixes));
  if (degree === 'S.Kep.') before.push('Ns.');
  if (schooling === 's1' && birthYear < 1970 && profession === 'admin' && rng.chance(0.5)) {
    before.push(female ? 'Dra.' : 'Drs.');
  } else if (degree) after.push(degree);
  let finalSchooling: Schooling = schooling;
  if (spec.master && schooling === 's1' && rng.chance(spec.master[0])) {
    after.push(rng.pick(spec.master[1]));
    finalSchooling = 's2';
  }
  const name = [...before, body(rng, female, profession)].join(' ');
  return { name: after.length ? `${name}, ${after.join(', ')}` : name, female, schooling: finalSchooling };
}
