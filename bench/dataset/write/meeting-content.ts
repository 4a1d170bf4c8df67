import type { AgendaKind } from '../../../shared/domain/agenda';
import type { Attendance, ParticipantRole } from '../../../shared/domain/participants';
import type { ContentCounts } from '../allocate';
import { apportion } from '../apportion';
import { clock, instantMs, isoOf } from '../calendar';
import type { GenContext } from '../context';
import { personName } from '../person-names';
import {
  CLOSING_TITLES,
  DISCUSSION_TITLES,
  FOLLOW_UP_TITLE,
  OPENING_TITLES,
  PRESENTATION_TOPICS,
} from '../pools/meeting-texts';
import {
  CLOSING,
  DECISIONS,
  DIRECTIVES,
  DISCUSSION,
  FOLLOW_UP,
  NOTES,
  OPENING,
  PRESENTATION,
} from '../pools/minutes-texts';
import type { Scene, Template } from '../pools/scene';
import type { Prng } from '../prng';
import type { Directory, GenInstitution, GenPerson } from './directory';
import type { GenMeeting } from './meetings';
import { sceneOf } from './scene-of';

export interface AgendaRef {
  id: string;
  kind: AgendaKind;
  presenter: GenPerson | null;
}

/** Someone who came: a person from the directory, an institution as a whole, or a walk-in. */
export interface Attendee {
  person: GenPerson | null;
  institution: GenInstitution | null;
  freeName: string | null;
}

export interface MeetingContent {
  agenda: AgendaRef[];
  attendees: Attendee[];
}

const AGENDA_NOTES = [
  'Bahan tayang dikirim sehari sebelumnya',
  'Dipandu moderator dari Bappeda',
  'Termasuk sesi tanya jawab',
  'Waktu menyesuaikan kehadiran pimpinan',
] as const;
/** Minutes entries per agenda item kind, relative. */
const MINUTES_WEIGHT: Record<AgendaKind, number> = {
  opening: 1,
  directives: 2,
  follow_up: 2,
  presentation: 2,
  discussion: 4,
  closing: 1,
  other: 1,
};
const KABUPATEN_GUESTS = ['bappeda', 'dinkes', 'dppkb', 'dpmd', 'pkk-kab'];

function agendaKinds(rng: Prng, m: GenMeeting, count: number): AgendaKind[] {
  if (count <= 3) return (['presentation', 'discussion', 'closing'] as const).slice(0, count);
  const head: AgendaKind[] = ['opening'];
  if (m.chair) head.push('directives');
  if (count >= 6 && rng.chance(0.5)) head.push('follow_up');
  const middle: AgendaKind[] = Array.from({ length: count - head.length - 2 }, () => 'presentation');
  if (m.kind === 'rembuk_stunting' && middle.length) middle[middle.length - 1] = 'other';
  return [...head, ...middle, 'discussion', 'closing'];
}

const DURATIONS: Record<AgendaKind, readonly number[]> = {
  opening: [10, 15],
  directives: [15, 20, 30],
  follow_up: [20, 30],
  presentation: [10, 15, 20, 30],
  discussion: [30, 45, 60],
  closing: [5, 10],
  other: [15, 30],
};

/**
 * Writes what happens in one meeting: the agenda, the invitees with their attendance (stand-ins
 * and walk-ins included), the minutes per agenda item and the numbered decisions. A meeting that
 * has not taken place yet has an agenda and invitees only.
 */
export function meetingContentWriter(ctx: GenContext, directory: Directory) {
  const rng = ctx.rng.fork('content');
  const db = ctx.db;
  const insertAgenda = db.prepare(
    `INSERT INTO agenda_items (id, meeting_id, position, kind, title, presenter_person_id, presenter_institution_id,
       start_time, duration_minutes, notes, created_at, updated_at)
     VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)`,
  );
  const insertParticipant = db.prepare(
    `INSERT INTO meeting_participants (id, meeting_id, person_id, institution_id, free_name, free_position, role,
       invited, attendance, stand_in_name, stand_in_position, arrival_time, position, created_at, updated_at)
     VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)`,
  );
  const insertMinutes = db.prepare(
    `INSERT INTO minutes_entries (id, meeting_id, agenda_item_id, position, kind, speaker_person_id, speaker_text, body,
       created_at, updated_at)
     VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)`,
  );
  const insertDecision = db.prepare(
    `INSERT INTO decisions (id, meeting_id, agenda_item_id, number, body, created_at, updated_at)
     VALUES (?, ?, ?, ?, ?, ?, ?)`,
  );
  const kabupatenInstitutions = [...directory.kabupaten.values()];
  const countyWide = [
    ...kabupatenInstitutions,
    ...(directory.byKind.get('camat') ?? []),
    ...(directory.byKind.get('puskesmas') ?? []),
  ];
  const guests = KABUPATEN_GUESTS.flatMap((key) => directory.kabupaten.get(key) ?? []);

  /** The institutions a meeting invites from: its areas' own, the kecamatan's offices, some kabupaten ones. */
  function poolOf(m: GenMeeting): GenInstitution[] {
    let pool: GenInstitution[];
    if (m.hostLevel === 'kabupaten') pool = countyWide;
    else if (m.hostLevel === 'kecamatan') {
      pool = [...m.areaCodes.flatMap((code) => directory.inKecamatan.get(code) ?? []), ...guests];
    } else {
      const kecamatan = (directory.inKecamatan.get(m.kecamatan?.code ?? '') ?? []).filter((i) => !i.village);
      pool = [
        ...m.areaCodes.flatMap((code) => directory.inVillage.get(code) ?? []),
        ...kecamatan,
        ...guests.slice(1, 3),
      ];
    }
    pool = pool.filter((i) => i.people.length > 0);
    return pool.length ? pool : directory.institutions.filter((i) => i.people.length > 0);
  }

  function writeAgenda(m: GenMeeting, count: number, pool: GenInstitution[]): AgendaRef[] {
    const refs: AgendaRef[] = [];
    // Offices present, not posyandu; each once before any presents twice.
    const offices = pool.filter((i) => i.kind.tier < 2);
    const presenting = rng.shuffle(offices.length ? offices : [...pool]);
    let presentations = 0;
    agendaKinds(rng, m, count).forEach((kind, position) => {
      let presenter: GenPerson | null = null;
      let institution: GenInstitution | null = null;
      let title: string;
      switch (kind) {
        case 'opening':
          title = rng.pick(OPENING_TITLES);
          break;
        case 'directives':
          presenter = m.chair;
          title = m.chairRole ? `Arahan ${m.chairRole}` : 'Arahan pimpinan rapat';
          break;
        case 'follow_up':
          presenter = m.minuteTaker;
          title = FOLLOW_UP_TITLE;
          break;
        case 'presentation': {
          institution = presenting[presentations++ % presenting.length] as GenInstitution;
          presenter = rng.chance(0.7) ? (institution.people[0] as GenPerson) : rng.pick(institution.people);
          const topic = rng.pick(PRESENTATION_TOPICS[institution.sector]).replace('{year}', `Tahun ${m.year + 1}`);
          title = `Paparan ${institution.kind.shortName ?? institution.name}: ${topic}`;
          break;
        }
        case 'other':
          title = 'Penandatanganan komitmen bersama percepatan penurunan stunting';
          presenter = m.chair;
          break;
        case 'discussion':
          title = rng.pick(DISCUSSION_TITLES);
          break;
        case 'closing':
          title = rng.pick(CLOSING_TITLES);
          break;
      }
      const at = m.createdMs + (position + 1) * 180_000;
      const id = ctx.newId(at);
      insertAgenda.run(
        id,
        m.id,
        position,
        kind,
        title,
        presenter?.id ?? null,
        institution?.id ?? presenter?.institution.id ?? null,
        position === 0 && rng.chance(0.3) ? clock(m.startMinute) : null,
        rng.pick(DURATIONS[kind]),
        rng.chance(0.12) ? rng.pick(AGENDA_NOTES) : null,
        isoOf(at),
        isoOf(at),
      );
      refs.push({ id, kind, presenter });
    });
    return refs;
  }

  function attendanceOf(held: boolean, role: ParticipantRole): Attendance {
    if (!held) return 'unknown';
    if (role === 'chair' || role === 'minute_taker' || role === 'presenter')
      return rng.chance(0.97) ? 'present' : 'represented';
    return rng.weighted([
      ['present', 76],
      ['represented', 8],
      ['excused', 8],
      ['absent', 8],
    ] as const);
  }

  function writeParticipants(m: GenMeeting, count: number, pool: GenInstitution[], agenda: AgendaRef[]): Attendee[] {
    const held = m.status === 'held' || m.status === 'approved';
    const used = new Set<string>();
    const wholeInstitutions = new Set<string>();
    const attendees: Attendee[] = [];
    let position = 0;
    const add = (
      person: GenPerson | null,
      institution: GenInstitution | null,
      role: ParticipantRole,
      walkIn: { name: string; position: string } | null = null,
    ) => {
      const attendance = walkIn ? 'present' : attendanceOf(held, role);
      const present = attendance === 'present' || attendance === 'represented';
      const standIn = attendance === 'represented' ? personName(rng, 'admin', m.year - rng.int(25, 50)).name : null;
      const at = m.createdMs + (position + 1) * 60_000;
      const updated = held ? instantMs(m.date, m.startMinute + 30) : at;
      insertParticipant.run(
        ctx.newId(at),
        m.id,
        person?.id ?? null,
        institution?.id ?? null,
        walkIn?.name ?? null,
        walkIn?.position ?? null,
        role,
        walkIn ? 0 : 1,
        attendance,
        standIn,
        standIn ? `Staf ${institution?.kind.shortName ?? institution?.name ?? ''}`.trim() : null,
        present ? clock(m.startMinute + rng.int(-30, 40)) : null,
        position++,
        isoOf(at),
        isoOf(updated),
      );
      if (person) used.add(person.id);
      if (present) attendees.push({ person, institution, freeName: walkIn?.name ?? null });
    };
    const invitePerson = (person: GenPerson | null, role: ParticipantRole) => {
      if (person && !used.has(person.id) && position < count) add(person, person.institution, role);
    };
    invitePerson(m.chair, 'chair');
    invitePerson(m.minuteTaker, 'minute_taker');
    for (const item of agenda) invitePerson(item.presenter, 'presenter');
    const walkIns = held ? Math.round(count * 0.04) : 0;
    let attempts = 0;
    while (position < count - walkIns && attempts < count * 6) {
      attempts++;
      const institution = rng.pick(attempts > count * 3 ? directory.institutions : pool);
      if (rng.chance(0.05) && !wholeInstitutions.has(institution.id)) {
        wholeInstitutions.add(institution.id);
        add(null, institution, 'participant');
        continue;
      }
      const person = rng.chance(0.6) ? institution.people[0] : rng.pick(institution.people);
      if (person && !used.has(person.id)) add(person, institution, rng.chance(0.03) ? 'guest' : 'participant');
    }
    while (position < count) {
      const named = personName(rng, rng.pick(['kader', 'desa', 'pkk'] as const), m.year - rng.int(20, 60));
      const institution = rng.pick(pool);
      add(null, institution, 'participant', {
        name: named.name,
        position: rng.pick(['Kader Posyandu', 'Tokoh Masyarakat', 'Kader TPK', 'Bidan Praktik Mandiri']),
      });
    }
    return attendees;
  }

  function entryText(kind: AgendaKind, scene: Scene): { kind: 'discussion' | 'directive' | 'note'; body: string } {
    const from = (templates: readonly Template[]) => rng.pick(templates)(scene);
    if (kind === 'directives') return { kind: 'directive', body: from(DIRECTIVES) };
    if (rng.chance(0.03)) return { kind: 'note', body: from(NOTES) };
    const templates: Record<AgendaKind, readonly Template[]> = {
      opening: OPENING,
      directives: DIRECTIVES,
      follow_up: FOLLOW_UP,
      presentation: PRESENTATION,
      discussion: DISCUSSION,
      closing: CLOSING,
      other: DISCUSSION,
    };
    const body = from(templates[kind]);
    // Longer exchanges run over two sentences.
    return {
      kind: 'discussion',
      body: kind === 'discussion' && rng.chance(0.35) ? `${body} ${from(DISCUSSION)}` : body,
    };
  }

  function writeMinutes(m: GenMeeting, count: number, agenda: AgendaRef[], attendees: Attendee[]): void {
    if (!agenda.length || count === 0) return;
    const shares = apportion(
      count,
      agenda.map((item) => MINUTES_WEIGHT[item.kind]),
    );
    let at = instantMs(m.date, m.startMinute);
    agenda.forEach((item, index) => {
      for (let position = 0; position < (shares[index] as number); position++) {
        // A scene per entry, so that one meeting's minutes speak of several of its villages.
        const text = entryText(item.kind, sceneOf(rng, m));
        let speaker: GenPerson | null = null;
        let speakerText: string | null = null;
        if (text.kind === 'directive') speaker = m.chair;
        else if (text.kind === 'note') speaker = null;
        else if (item.kind === 'presentation') speaker = item.presenter;
        else if (item.kind === 'opening' || item.kind === 'closing') speaker = m.chair;
        else if (attendees.length) {
          const who = rng.pick(attendees);
          speaker = who.person;
          speakerText = who.person ? null : (who.freeName ?? `Perwakilan ${who.institution?.name ?? 'peserta'}`);
        }
        at += rng.int(1, 4) * 60_000;
        insertMinutes.run(
          ctx.newId(at),
          m.id,
          item.id,
          position,
          text.kind,
          speaker?.id ?? null,
          speakerText,
          text.body,
          isoOf(at),
          isoOf(at),
        );
      }
    });
  }

  function writeDecisions(m: GenMeeting, count: number, agenda: AgendaRef[], scene: Scene): void {
    const targets = agenda.filter((item) => item.kind === 'discussion' || item.kind === 'directives');
    const at = instantMs(m.date, m.endMinute - 10);
    for (let number = 1; number <= count; number++) {
      insertDecision.run(
        ctx.newId(at + number * 1000),
        m.id,
        targets.length && rng.chance(0.8) ? rng.pick(targets).id : null,
        number,
        rng.pick(DECISIONS)(scene),
        isoOf(at + number * 1000),
        isoOf(at + number * 1000),
      );
    }
  }

  return (m: GenMeeting, counts: ContentCounts): MeetingContent => {
    const pool = poolOf(m);
    const agenda = writeAgenda(m, counts.agenda, pool);
    const attendees = writeParticipants(m, counts.participants, pool, agenda);
    writeMinutes(m, counts.minutes, agenda, attendees);
    writeDecisions(m, counts.decisions, agenda, sceneOf(rng, m));
    return { agenda, attendees };
  };
}
