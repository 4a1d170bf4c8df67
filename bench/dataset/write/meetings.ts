import type { HostLevel, MeetingKind, MeetingStatus } from '../../../shared/domain/meetings';
import { foldForSearch } from '../../../shared/text/fold';
import { apportion } from '../apportion';
import { villageLabel, type Kecamatan, type Village } from '../areas';
import {
  DATASET_TODAY,
  FIRST_YEAR,
  LAST_YEAR,
  MONTHS,
  ROMAN,
  addDays,
  clock,
  dateOf,
  dayOf,
  instantMs,
  isWorkingDay,
  isoOf,
  workingDayFrom,
} from '../calendar';
import { scaled, type GenContext } from '../context';
import {
  KABUPATEN_OTHER_TITLES,
  KABUPATEN_VENUES,
  MONITORING_TOPICS,
  TECHNICAL_TOPICS,
  TPPS_SINCE,
  VILLAGE_OTHER_TITLES,
} from '../pools/meeting-texts';
import { SUMMARIES } from '../pools/minutes-texts';
import type { Prng } from '../prng';
import type { Directory, GenInstitution, GenPerson } from './directory';
import { sceneOf } from './scene-of';

export const FULL_MEETINGS = 6_000;
/** Use grows over the ten years as more kecamatan and desa teams meet in Sirakor. */
const YEAR_WEIGHTS = [4, 5, 6, 7, 8, 10, 13, 15, 16, 16];
const STARTS = [480, 510, 540, 570, 600, 810, 840];

export interface GenMeeting {
  id: string;
  date: string;
  year: number;
  startMinute: number;
  endMinute: number;
  createdMs: number;
  kind: MeetingKind;
  hostLevel: HostLevel;
  areaCodes: string[];
  label: string;
  kecamatan: Kecamatan | null;
  /** The villages the meeting concerns: its own, or those of its kecamatan, or all. */
  villages: Village[];
  status: MeetingStatus;
  chair: GenPerson | null;
  chairRole: string | null;
  minuteTaker: GenPerson | null;
  /** The instant the minutes were approved, or null. */
  approvedMs: number | null;
  /** The kabupaten's yearly Rembuk Stunting, which adopts that year's action plan. */
  adoptsPlan: boolean;
}

export interface Meetings {
  all: GenMeeting[];
  /** Held or approved meetings by area code, in date order: where progress is reported. */
  heldByArea: Map<string, GenMeeting[]>;
}

function workingDaysOf(year: number): string[] {
  const days: string[] = [];
  for (let day = dayOf(`${year}-01-01`); day <= dayOf(`${year}-12-31`); day++) {
    const date = dateOf(day);
    if (isWorkingDay(date)) days.push(date);
  }
  return days;
}

function statusOf(rng: Prng, date: string): MeetingStatus {
  if (date > DATASET_TODAY) return rng.chance(0.65) ? 'scheduled' : 'draft';
  if (date >= addDays(DATASET_TODAY, -60)) return rng.chance(0.55) ? 'approved' : 'held';
  return rng.chance(0.96) ? 'approved' : 'held';
}

function headOf(institution: GenInstitution | undefined): GenPerson | null {
  return institution?.people[0] ?? null;
}

function staffOf(rng: Prng, institution: GenInstitution | undefined): GenPerson | null {
  const staff = institution?.people.slice(1) ?? [];
  return staff.length ? rng.pick(staff) : null;
}

function institutionIn(directory: Directory, areaCode: string, key: string): GenInstitution | undefined {
  const list =
    areaCode.split('.').length === 4 ? directory.inVillage.get(areaCode) : directory.inKecamatan.get(areaCode);
  return list?.find((i) => i.kind.key === key && i.areaCode === areaCode);
}

/** Who chairs, in which capacity, and who takes the minutes, by host level as DOMAIN.md describes. */
function chairOf(rng: Prng, directory: Directory, m: GenMeeting): void {
  const team = m.date >= TPPS_SINCE ? 'Ketua TPPS' : 'Ketua Tim Konvergensi Pencegahan Stunting';
  let institution: GenInstitution | undefined;
  if (m.hostLevel === 'kabupaten' || (m.kind === 'rakor_tpps' && m.areaCodes.length > 1 && rng.chance(0.3))) {
    const pemkab = directory.kabupaten.get('pemkab');
    const technical = m.kind === 'rapat_teknis' || m.kind === 'monev';
    if (technical) {
      institution = directory.kabupaten.get('bappeda');
      m.chair = headOf(institution);
      m.chairRole = `Kepala Bappeda selaku Sekretaris ${team.replace('Ketua ', '')} Kabupaten`;
    } else if (rng.chance(0.85)) {
      institution = directory.kabupaten.get('setda');
      m.chair = pemkab?.people[1] ?? null;
      m.chairRole = `Wakil Bupati Jeneponto selaku ${team} Kabupaten`;
    } else {
      institution = directory.kabupaten.get('setda');
      m.chair = headOf(pemkab);
      m.chairRole = 'Bupati Jeneponto';
    }
  } else if (m.hostLevel === 'kecamatan' && m.kecamatan) {
    institution = institutionIn(directory, m.kecamatan.code, 'camat');
    m.chair = headOf(institution);
    m.chairRole = `Camat ${m.kecamatan.name} selaku ${team} Kecamatan`;
  } else {
    const village = m.villages[0] as Village;
    institution = institutionIn(directory, village.code, village.kind === 'desa' ? 'pemdes' : 'kelurahan');
    m.chair = headOf(institution);
    m.chairRole = `${village.kind === 'desa' ? 'Kepala Desa' : 'Lurah'} ${village.name} selaku ${team} ${village.kind === 'desa' ? 'Desa' : 'Kelurahan'}`;
  }
  if (!m.chair) m.chairRole = null;
  m.minuteTaker = staffOf(rng, institution);
}

function titleOf(rng: Prng, m: GenMeeting): string {
  const team = m.date >= TPPS_SINCE ? 'TPPS' : 'Konvergensi Pencegahan Stunting';
  const month = Number(m.date.slice(5, 7));
  const quarter = ROMAN[Math.floor((month - 1) / 3)] as string;
  const semester = month <= 6 ? 'I' : 'II';
  switch (m.kind) {
    case 'rakor_tpps':
      return rng.pick([
        `Rapat Koordinasi ${team} ${m.label}`,
        `Rapat Koordinasi ${team} ${m.label} Triwulan ${quarter} Tahun ${m.year}`,
        `Rapat Koordinasi ${team} ${m.label} Bulan ${MONTHS[month - 1]} ${m.year}`,
      ]);
    case 'rembuk_stunting':
      return `Rembuk Stunting ${m.label} Tahun ${m.year}`;
    case 'rapat_teknis':
      return `Rapat Teknis ${rng.pick(TECHNICAL_TOPICS)} ${m.label}`;
    case 'monev':
      return `Monitoring dan Evaluasi ${rng.pick(MONITORING_TOPICS)} ${m.label} Semester ${semester} Tahun ${m.year}`;
    case 'lainnya':
      if (m.hostLevel === 'kabupaten') return `${rng.pick(KABUPATEN_OTHER_TITLES)} Tahun ${m.year}`;
      if (m.hostLevel === 'kecamatan') {
        return `Lokakarya Mini Lintas Sektor Kecamatan ${m.kecamatan?.name ?? ''} Triwulan ${quarter} Tahun ${m.year}`;
      }
      return `${rng.pick(VILLAGE_OTHER_TITLES)} ${m.label}`;
  }
}

function venueOf(rng: Prng, m: GenMeeting): string {
  if (m.hostLevel === 'kabupaten') return rng.pick(KABUPATEN_VENUES);
  if (m.hostLevel === 'kecamatan') {
    const name = m.kecamatan?.name ?? '';
    return rng.pick([`Aula Kantor Camat ${name}`, `Ruang Rapat Kantor Camat ${name}`, `Aula UPT Puskesmas ${name}`]);
  }
  const village = m.villages[0] as Village;
  const office = village.kind === 'desa' ? 'Kantor Desa' : 'Kantor Lurah';
  return rng.pick([
    `Aula ${office} ${village.name}`,
    `Balai ${village.kind === 'desa' ? 'Desa' : 'Kelurahan'} ${village.name}`,
  ]);
}

/** `005/123/KLR/X/2019`: classification, number, unit, month in Roman numerals, year. */
function letterNumberOf(rng: Prng, m: GenMeeting): string | null {
  if (m.status === 'draft' && rng.chance(0.6)) return null;
  const classification = m.year >= 2023 ? '400.5.7' : '005';
  const unit =
    m.hostLevel === 'kabupaten'
      ? rng.pick(['Bappeda', 'Kesra', 'DPPKB'])
      : m.hostLevel === 'kecamatan'
        ? (m.kecamatan?.abbreviation ?? 'KEC')
        : `Ds-${(m.villages[0] as Village).name.slice(0, 3).toUpperCase()}`;
  const month = ROMAN[Number(m.date.slice(5, 7)) - 1] as string;
  return `${classification}/${rng.int(1, 480)}/${unit}/${month}/${m.year}`;
}

/** Areas, level and kind of one meeting; the kecamatan's neighbour joins in a joint Rakor. */
function placeOf(ctx: GenContext, rng: Prng, m: GenMeeting): void {
  const kecamatan = ctx.area.kecamatan;
  if (m.hostLevel === 'kabupaten') {
    m.areaCodes = [ctx.area.code];
    m.label = 'Kabupaten Jeneponto';
    m.villages = ctx.area.villages;
    return;
  }
  const index = rng.int(0, kecamatan.length - 1);
  const k = kecamatan[index] as Kecamatan;
  m.kecamatan = k;
  if (m.hostLevel === 'kecamatan') {
    const neighbour = kecamatan[(index + 1) % kecamatan.length] as Kecamatan;
    const joint = m.kind === 'rakor_tpps' && neighbour !== k && rng.chance(0.12);
    m.areaCodes = joint ? [k.code, neighbour.code] : [k.code];
    m.label = joint ? `Kecamatan ${k.name} dan ${neighbour.name}` : `Kecamatan ${k.name}`;
    m.villages = joint ? [...k.villages, ...neighbour.villages] : k.villages;
    return;
  }
  const villages = rng.sample(k.villages, rng.chance(0.08) ? 2 : 1);
  m.areaCodes = villages.map((v) => v.code);
  m.label = villages.map(villageLabel).join(' dan ');
  m.villages = villages;
}

function kindFor(rng: Prng, level: HostLevel): MeetingKind {
  const weights: Record<HostLevel, readonly (readonly [MeetingKind, number])[]> = {
    kabupaten: [
      ['rakor_tpps', 40],
      ['rapat_teknis', 30],
      ['monev', 20],
      ['lainnya', 10],
    ],
    kecamatan: [
      ['rakor_tpps', 45],
      ['rembuk_stunting', 8],
      ['rapat_teknis', 20],
      ['monev', 15],
      ['lainnya', 12],
    ],
    desa: [
      ['rakor_tpps', 30],
      ['rembuk_stunting', 15],
      ['rapat_teknis', 25],
      ['monev', 10],
      ['lainnya', 20],
    ],
  };
  return rng.weighted(weights[level]);
}

/**
 * Writes the meetings themselves (6,000 at full scale, 2016–2025) with their areas and the
 * history of their status changes; agenda, attendance and minutes follow per meeting. Each year
 * starts with the kabupaten's Rembuk Stunting, between March and June, which adopts that year's plan.
 */
export function writeMeetings(ctx: GenContext, directory: Directory): Meetings {
  const rng = ctx.rng.fork('meetings');
  const perYear = apportion(scaled(ctx, FULL_MEETINGS), YEAR_WEIGHTS);
  const all: GenMeeting[] = [];
  for (let year = FIRST_YEAR; year <= LAST_YEAR; year++) {
    const days = workingDaysOf(year);
    const count = perYear[year - FIRST_YEAR] as number;
    for (let i = 0; i < count; i++) {
      const adoptsPlan = i === 0;
      const hostLevel: HostLevel = adoptsPlan
        ? 'kabupaten'
        : rng.weighted([
            ['kabupaten', 15],
            ['kecamatan', 45],
            ['desa', 40],
          ] as const);
      const date = adoptsPlan
        ? workingDayFrom(`${year}-0${rng.int(3, 6)}-${String(rng.int(1, 28)).padStart(2, '0')}`)
        : rng.pick(days);
      const startMinute = rng.pick(STARTS);
      const m: GenMeeting = {
        id: '',
        date,
        year,
        startMinute,
        endMinute: Math.min(17 * 60, startMinute + rng.int(4, 8) * 30),
        createdMs: instantMs(addDays(date, -rng.int(5, 21)), rng.int(8 * 60, 15 * 60)),
        kind: adoptsPlan ? 'rembuk_stunting' : kindFor(rng, hostLevel),
        hostLevel,
        areaCodes: [],
        label: '',
        kecamatan: null,
        villages: [],
        status: statusOf(rng, date),
        chair: null,
        chairRole: null,
        minuteTaker: null,
        approvedMs: null,
        adoptsPlan,
      };
      placeOf(ctx, rng, m);
      chairOf(rng, directory, m);
      if (m.status === 'approved') {
        const approvedOn = addDays(date, rng.int(1, 14));
        const approvedMs = instantMs(approvedOn < DATASET_TODAY ? approvedOn : DATASET_TODAY, rng.int(9 * 60, 15 * 60));
        m.approvedMs = Math.max(approvedMs, instantMs(date, m.endMinute + 30));
      }
      all.push(m);
    }
  }
  all.sort((a, b) => a.createdMs - b.createdMs);
  insertMeetings(ctx, rng, all);
  const heldByArea = new Map<string, GenMeeting[]>();
  for (const m of [...all].sort((a, b) => (a.date < b.date ? -1 : a.date > b.date ? 1 : 0))) {
    if (m.status !== 'held' && m.status !== 'approved') continue;
    for (const code of m.areaCodes) heldByArea.set(code, [...(heldByArea.get(code) ?? []), m]);
  }
  return { all, heldByArea };
}

function insertMeetings(ctx: GenContext, rng: Prng, all: GenMeeting[]): void {
  const insert = ctx.db.prepare(
    `INSERT INTO meetings (id, title, kind, host_level, date, start_time, end_time, time_zone, venue, chair_person_id,
       chair_role, minute_taker_person_id, invitation_number, status, summary, closing_time, approved_at, search_text,
       created_at, updated_at)
     VALUES (?, ?, ?, ?, ?, ?, ?, 'WITA', ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)`,
  );
  const insertArea = ctx.db.prepare('INSERT INTO meeting_areas (meeting_id, area_code, position) VALUES (?, ?, ?)');
  const history = ctx.db.prepare(
    `INSERT INTO history (at, entity, entity_id, action, changes, reason, meeting_id)
     VALUES (?, 'meeting', ?, ?, ?, NULL, ?)`,
  );
  ctx.db.transaction(() => {
    for (const m of all) {
      m.id = ctx.newId(m.createdMs);
      const title = titleOf(rng, m);
      const venue = venueOf(rng, m);
      const letter = letterNumberOf(rng, m);
      const scheduledMs = Math.min(m.createdMs + rng.int(1, 3) * 86_400_000, instantMs(m.date, 7 * 60));
      const heldMs = instantMs(m.date, m.startMinute);
      const held = m.status === 'held' || m.status === 'approved';
      const summary = held ? rng.pick(SUMMARIES)(sceneOf(rng, m)) : null;
      const closing = held ? clock(m.endMinute + rng.int(-4, 3) * 5) : null;
      const updatedMs = m.approvedMs ?? (m.status === 'held' ? instantMs(m.date, m.endMinute) : scheduledMs);
      insert.run(
        m.id,
        title,
        m.kind,
        m.hostLevel,
        m.date,
        clock(m.startMinute),
        clock(m.endMinute),
        venue,
        m.chair?.id ?? null,
        m.chairRole,
        m.minuteTaker?.id ?? null,
        letter,
        m.status,
        summary,
        closing,
        m.approvedMs === null ? null : isoOf(m.approvedMs),
        foldForSearch([title, venue, letter ?? ''].join(' ')),
        isoOf(m.createdMs),
        isoOf(updatedMs),
      );
      m.areaCodes.forEach((code, position) => insertArea.run(m.id, code, position));
      // The same entries meetings.setStatus and meetings.approve record.
      if (m.status === 'draft') continue;
      history.run(isoOf(scheduledMs), m.id, 'status', '{"from":"draft","to":"scheduled"}', m.id);
      if (m.status === 'scheduled') continue;
      history.run(isoOf(heldMs), m.id, 'status', '{"from":"scheduled","to":"held"}', m.id);
      if (m.approvedMs !== null)
        history.run(isoOf(m.approvedMs), m.id, 'approve', '{"from":"held","to":"approved"}', m.id);
    }
  })();
}
