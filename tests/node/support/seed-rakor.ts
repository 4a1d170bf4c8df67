import type { InputOf, MethodName, OutputOf } from '../../../shared/api/contract';
import type { Result } from '../../../shared/api/result';
import type { AgendaItem } from '../../../shared/domain/agenda';
import type { Commitment } from '../../../shared/domain/commitments';
import type { Institution, Person } from '../../../shared/domain/directory';
import type { Meeting } from '../../../shared/domain/meetings';
import type { Decision } from '../../../shared/domain/minutes';
import type { Participant } from '../../../shared/domain/participants';

/**
 * The reference Rakor of ../shared/seeds/ entered through the API, as the secretariat would:
 * the joint Rakor TPPS of Kecamatan Kelara (73.04.05) and Rumbia (73.04.10), chaired by the Wakil
 * Bupati of Jeneponto as Ketua TPPS Kabupaten, at the Aula Kantor Camat Kelara on Friday
 * 17 October 2025, with DPPKB and Bappeda presenting, then approved.
 *
 * Names and facts from the article: H. Islam Iskandar, S.Sos.; St. Meriam (Kepala DPPKB);
 * Alfian Afandy Syam (Kepala Bappeda); the quotes of the directives and presentations. The article
 * does not name the camat, the PKK chairs, the Puskesmas heads, the minute-taker or the walk-in:
 * those names are invented for the fixture, as are the times, the letter number and the commitments'
 * dates and targets.
 *
 * It only needs a `call` function, so the node tests (dispatcher) and the e2e tests (preview host
 * over HTTP) can both use it: see `callerOf` for the dispatcher.
 */
export type Call = <M extends MethodName>(method: M, input: InputOf<M>) => Promise<OutputOf<M>>;

/** A `Call` over a dispatcher (`core.dispatch`) that throws on a failed result. */
export function callerOf(dispatch: (method: string, payload: unknown) => Promise<Result<unknown>>): Call {
  return async <M extends MethodName>(method: M, input: InputOf<M>): Promise<OutputOf<M>> => {
    const result = await dispatch(method, input);
    if (!result.ok) throw new Error(`${method} failed: ${JSON.stringify(result.error)}`);
    return result.value as OutputOf<M>;
  };
}

export const SEED_RAKOR = {
  title: 'Rapat Koordinasi TPPS Kecamatan Kelara dan Rumbia',
  kind: 'rakor_tpps',
  hostLevel: 'kecamatan',
  areaCodes: ['73.04.05', '73.04.10'],
  date: '2025-10-17',
  startTime: '09:00',
  endTime: '12:00',
  venue: 'Aula Kantor Camat Kelara',
  chairRole: 'Wakil Bupati Jeneponto selaku Ketua TPPS Kabupaten',
  invitationNumber: '400.5.7/215/KLR/X/2025',
} as const;

export interface SeedRakor {
  meeting: Meeting;
  institutions: {
    pemkab: Institution;
    dppkb: Institution;
    bappeda: Institution;
    camatKelara: Institution;
    camatRumbia: Institution;
    puskesmasKelara: Institution;
    puskesmasRumbia: Institution;
    pkkTolo: Institution;
    pkkGantarang: Institution;
    pkkRumbia: Institution;
    pkkBontotiro: Institution;
    koramil: Institution;
  };
  people: {
    chair: Person;
    meriam: Person;
    alfian: Person;
    camatKelara: Person;
    camatRumbia: Person;
    pkkTolo: Person;
    pkkGantarang: Person;
    pkkRumbia: Person;
    pkkBontotiro: Person;
    kapusKelara: Person;
    kapusRumbia: Person;
  };
  agenda: {
    opening: AgendaItem;
    directives: AgendaItem;
    dppkb: AgendaItem;
    bappeda: AgendaItem;
    discussion: AgendaItem;
    closing: AgendaItem;
  };
  participants: {
    chair: Participant;
    meriam: Participant;
    alfian: Participant;
    camatKelara: Participant;
    camatRumbia: Participant;
    pkkTolo: Participant;
    pkkGantarang: Participant;
    pkkRumbia: Participant;
    pkkBontotiro: Participant;
    kapusKelara: Participant;
    kapusRumbia: Participant;
    koramil: Participant;
    minuteTaker: Participant;
    walkIn: Participant;
  };
  decisions: Decision[];
  commitments: Commitment[];
}

export async function seedRakor(call: Call, options: { approve?: boolean } = {}): Promise<SeedRakor> {
  const institution = (input: InputOf<'institutions.create'>) => call('institutions.create', input);
  const institutions = {
    pemkab: await institution({
      name: 'Pemerintah Kabupaten Jeneponto',
      shortName: 'Pemkab Jeneponto',
      sector: 'pemerintahan',
      level: 'kabupaten',
      areaCode: '73.04',
    }),
    dppkb: await institution({
      name: 'Dinas Pengendalian Penduduk dan Keluarga Berencana Kabupaten Jeneponto',
      shortName: 'DPPKB',
      sector: 'keluarga_berencana',
      level: 'kabupaten',
      areaCode: '73.04',
    }),
    bappeda: await institution({
      name: 'Badan Perencanaan Pembangunan Daerah Kabupaten Jeneponto',
      shortName: 'Bappeda',
      sector: 'perencanaan',
      level: 'kabupaten',
      areaCode: '73.04',
    }),
    camatKelara: await institution({
      name: 'Kantor Camat Kelara',
      sector: 'pemerintahan',
      level: 'kecamatan',
      areaCode: '73.04.05',
    }),
    camatRumbia: await institution({
      name: 'Kantor Camat Rumbia',
      sector: 'pemerintahan',
      level: 'kecamatan',
      areaCode: '73.04.10',
    }),
    puskesmasKelara: await institution({
      name: 'UPT Puskesmas Kelara',
      sector: 'kesehatan',
      level: 'kecamatan',
      areaCode: '73.04.05',
    }),
    puskesmasRumbia: await institution({
      name: 'UPT Puskesmas Rumbia',
      sector: 'kesehatan',
      level: 'kecamatan',
      areaCode: '73.04.10',
    }),
    pkkTolo: await institution({
      name: 'TP PKK Kelurahan Tolo',
      sector: 'pkk',
      level: 'desa',
      areaCode: '73.04.05.1001',
    }),
    pkkGantarang: await institution({
      name: 'TP PKK Desa Gantarang',
      sector: 'pkk',
      level: 'desa',
      areaCode: '73.04.05.2006',
    }),
    pkkRumbia: await institution({
      name: 'TP PKK Desa Rumbia',
      sector: 'pkk',
      level: 'desa',
      areaCode: '73.04.10.2001',
    }),
    pkkBontotiro: await institution({
      name: 'TP PKK Desa Bontotiro',
      sector: 'pkk',
      level: 'desa',
      areaCode: '73.04.10.2004',
    }),
    koramil: await institution({
      name: 'Koramil Kelara',
      sector: 'tni_polri',
      level: 'kecamatan',
      areaCode: '73.04.05',
    }),
  };

  const person = (input: InputOf<'people.create'>) => call('people.create', input);
  const people = {
    chair: await person({
      name: 'H. Islam Iskandar, S.Sos.',
      position: 'Wakil Bupati Jeneponto',
      institutionId: institutions.pemkab.id,
    }),
    meriam: await person({
      name: 'St. Meriam',
      position: 'Kepala DPPKB Kabupaten Jeneponto',
      institutionId: institutions.dppkb.id,
    }),
    alfian: await person({
      name: 'Alfian Afandy Syam',
      position: 'Kepala Bappeda Kabupaten Jeneponto',
      institutionId: institutions.bappeda.id,
    }),
    camatKelara: await person({
      name: 'Muh. Ridwan Daeng Tompo, S.STP., M.Si.',
      position: 'Camat Kelara',
      institutionId: institutions.camatKelara.id,
      nip: '19800412 200212 1 003',
      rank: 'Pembina, IV/a',
    }),
    camatRumbia: await person({
      name: 'Hj. Nurhaeda, S.Sos., M.M.',
      position: 'Camat Rumbia',
      institutionId: institutions.camatRumbia.id,
    }),
    pkkTolo: await person({
      name: 'Hasnawati',
      position: 'Ketua TP PKK Kelurahan Tolo',
      institutionId: institutions.pkkTolo.id,
    }),
    pkkGantarang: await person({
      name: 'Sitti Rahmah',
      position: 'Ketua TP PKK Desa Gantarang',
      institutionId: institutions.pkkGantarang.id,
    }),
    pkkRumbia: await person({
      name: 'Rosmiati',
      position: 'Ketua TP PKK Desa Rumbia',
      institutionId: institutions.pkkRumbia.id,
    }),
    pkkBontotiro: await person({
      name: 'Jumriani',
      position: 'Ketua TP PKK Desa Bontotiro',
      institutionId: institutions.pkkBontotiro.id,
    }),
    kapusKelara: await person({
      name: 'dr. Andi Makkasau, M.Kes.',
      position: 'Kepala UPT Puskesmas Kelara',
      institutionId: institutions.puskesmasKelara.id,
    }),
    kapusRumbia: await person({
      name: 'Syamsuddin, S.KM.',
      position: 'Kepala UPT Puskesmas Rumbia',
      institutionId: institutions.puskesmasRumbia.id,
    }),
  };

  const created = await call('meetings.create', {
    ...SEED_RAKOR,
    areaCodes: [...SEED_RAKOR.areaCodes],
    chairPersonId: people.chair.id,
  });
  const meetingId = created.id;

  // Persiapan: the agenda. The directives were added last and moved up to follow the opening.
  const item = (input: Omit<InputOf<'agenda.create'>, 'meetingId'>) => call('agenda.create', { meetingId, ...input });
  const opening = await item({
    kind: 'opening',
    title: 'Pembukaan dan sambutan Camat Kelara',
    presenterPersonId: people.camatKelara.id,
    durationMinutes: 10,
  });
  const dppkb = await item({
    kind: 'presentation',
    title:
      'Strategi intervensi keluarga berisiko stunting, penguatan TPPS Desa/Kelurahan dan Tim Pendamping Keluarga (TPK)',
    presenterPersonId: people.meriam.id,
    presenterInstitutionId: institutions.dppkb.id,
    durationMinutes: 30,
  });
  const bappeda = await item({
    kind: 'presentation',
    title: 'Konvergensi program dan anggaran pencegahan stunting di tingkat desa dan kelurahan',
    presenterPersonId: people.alfian.id,
    presenterInstitutionId: institutions.bappeda.id,
    durationMinutes: 30,
  });
  const discussion = await item({
    kind: 'discussion',
    title: 'Diskusi dan penyusunan rencana aksi terpadu',
    durationMinutes: 60,
    notes: 'Dipandu Camat Rumbia',
  });
  const closing = await item({ kind: 'closing', title: 'Penutup', durationMinutes: 10 });
  const directives = await item({
    kind: 'directives',
    title: 'Arahan Wakil Bupati Jeneponto selaku Ketua TPPS Kabupaten',
    presenterPersonId: people.chair.id,
    presenterInstitutionId: institutions.pemkab.id,
    durationMinutes: 20,
  });

  // Invitees: people from the directory, an institution as a whole, the minute-taker typed in.
  const invite = (input: Omit<InputOf<'participants.add'>, 'meetingId'>) =>
    call('participants.add', { meetingId, ...input });
  const invitees = {
    chair: await invite({ personId: people.chair.id, role: 'chair' }),
    meriam: await invite({ personId: people.meriam.id, role: 'presenter' }),
    alfian: await invite({ personId: people.alfian.id, role: 'presenter' }),
    camatKelara: await invite({ personId: people.camatKelara.id }),
    camatRumbia: await invite({ personId: people.camatRumbia.id }),
    pkkTolo: await invite({ personId: people.pkkTolo.id }),
    pkkGantarang: await invite({ personId: people.pkkGantarang.id }),
    pkkRumbia: await invite({ personId: people.pkkRumbia.id }),
    pkkBontotiro: await invite({ personId: people.pkkBontotiro.id }),
    kapusKelara: await invite({ personId: people.kapusKelara.id }),
    kapusRumbia: await invite({ personId: people.kapusRumbia.id }),
    koramil: await invite({ institutionId: institutions.koramil.id, role: 'guest' }),
    minuteTaker: await invite({
      newPerson: {
        name: 'Ahmad Fauzi, S.IP.',
        position: 'Kepala Seksi Pemerintahan Kecamatan Kelara',
        institutionId: institutions.camatKelara.id,
      },
      role: 'minute_taker',
    }),
  };
  let meeting = await call('meetings.update', {
    ...SEED_RAKOR,
    areaCodes: [...SEED_RAKOR.areaCodes],
    id: meetingId,
    chairPersonId: people.chair.id,
    minuteTakerPersonId: invitees.minuteTaker.personId,
  });
  await call('agenda.move', { id: directives.id, toPosition: 1 });
  meeting = await call('meetings.setStatus', { id: meetingId, status: 'scheduled' });

  // Pelaksanaan: the day of the meeting.
  meeting = await call('meetings.setStatus', { id: meetingId, status: 'held' });
  const attend = (participant: Participant, input: Omit<InputOf<'participants.setAttendance'>, 'id'>) =>
    call('participants.setAttendance', { id: participant.id, ...input });
  const arrivals: [keyof typeof invitees, string][] = [
    ['chair', '09:05'],
    ['meriam', '08:50'],
    ['alfian', '08:55'],
    ['camatKelara', '08:30'],
    ['camatRumbia', '08:45'],
    ['pkkTolo', '08:40'],
    ['pkkGantarang', '08:52'],
    ['pkkRumbia', '09:10'],
    ['kapusKelara', '08:58'],
    ['koramil', '09:00'],
    ['minuteTaker', '08:15'],
  ];
  for (const [key, arrivalTime] of arrivals) {
    invitees[key] = await attend(invitees[key], { attendance: 'present', arrivalTime });
  }
  invitees.kapusRumbia = await attend(invitees.kapusRumbia, {
    attendance: 'represented',
    standInName: 'Nurbaya, S.Tr.Keb.',
    standInPosition: 'Bidan Koordinator UPT Puskesmas Rumbia',
    arrivalTime: '09:02',
  });
  invitees.pkkBontotiro = await attend(invitees.pkkBontotiro, { attendance: 'excused' });
  const walkIn = await invite({
    freeName: 'Serda Baharuddin',
    freePosition: 'Babinsa Kelurahan Tolo',
    institutionId: institutions.koramil.id,
    invited: false,
    arrivalTime: '09:20',
  });

  // Minutes per agenda item, the chair's directives, decisions, commitments.
  const note = (agendaItem: AgendaItem, input: Omit<InputOf<'minutes.create'>, 'meetingId' | 'agendaItemId'>) =>
    call('minutes.create', { meetingId, agendaItemId: agendaItem.id, ...input });
  await note(opening, {
    speakerPersonId: people.camatKelara.id,
    body: 'Camat Kelara membuka rapat dan menyampaikan selamat datang kepada Wakil Bupati beserta rombongan.',
  });
  await note(directives, {
    kind: 'directive',
    speakerPersonId: people.chair.id,
    body:
      'Penanganan stunting bukan lagi masalah sektoral. Ini adalah isu kemanusiaan dan masa depan generasi kita. ' +
      'Hilangkan ego sektoral dan libatkan semua pihak: Puskesmas, PKK, TNI, Kepolisian, hingga pemerintah desa ' +
      'harus bergerak dalam satu visi dan langkah.',
  });
  await note(directives, {
    kind: 'directive',
    speakerPersonId: people.chair.id,
    body: 'Setiap program intervensi, baik spesifik maupun sensitif, dilaksanakan tepat sasaran dan berbasis data valid di lapangan.',
  });
  await note(directives, {
    kind: 'directive',
    speakerPersonId: people.chair.id,
    body: 'Belajar dari Kabupaten Brebes: kuncinya kolaborasi, satu data, dan tidak ada ego sektoral.',
  });
  await note(dppkb, {
    speakerPersonId: people.meriam.id,
    body:
      'Kelembagaan TPPS di tingkat desa dan kelurahan harus berperan aktif. Mereka adalah garda terdepan dalam ' +
      'identifikasi dan pendampingan keluarga berisiko stunting.',
  });
  await note(bappeda, {
    speakerPersonId: people.alfian.id,
    body:
      'Pendekatan konvergensi harus menjadi kunci. Semua sektor harus bergerak selaras agar hasilnya optimal dan ' +
      'berkelanjutan; penyelarasan program dan anggaran menentukan efektivitas upaya penurunan stunting.',
  });
  await note(discussion, {
    speakerText: 'Ketua TP PKK Desa Gantarang',
    body: 'Mengusulkan agar data keluarga berisiko stunting dari TPK dibahas bersama setiap bulan di kantor desa.',
  });

  const decisions = [
    await call('decisions.create', {
      meetingId,
      agendaItemId: directives.id,
      body: 'Seluruh unsur TPPS kecamatan, desa dan kelurahan menghilangkan ego sektoral dan bekerja dengan satu data.',
    }),
    await call('decisions.create', {
      meetingId,
      agendaItemId: discussion.id,
      body: 'TPPS Kecamatan Kelara dan Rumbia menyusun rencana aksi terpadu dan berkelanjutan percepatan penurunan stunting.',
    }),
  ];

  const commitments = [
    await call('commitments.create', {
      meetingId,
      agendaItemId: dppkb.id,
      institutionId: institutions.dppkb.id,
      contactPersonId: people.meriam.id,
      description:
        'Memperkuat TPPS Desa/Kelurahan dan Tim Pendamping Keluarga untuk mendampingi keluarga berisiko stunting ' +
        'di Kecamatan Kelara dan Rumbia',
      dueDate: '2025-12-31',
      indicator: 'Persentase keluarga berisiko stunting yang didampingi TPK',
      target: '90%',
    }),
    await call('commitments.create', {
      meetingId,
      agendaItemId: bappeda.id,
      institutionId: institutions.bappeda.id,
      contactPersonId: people.alfian.id,
      description:
        'Menyelaraskan program dan anggaran pencegahan stunting desa/kelurahan dalam rencana aksi terpadu ' +
        'Kecamatan Kelara dan Rumbia',
      dueDate: '2026-01-31',
      indicator: 'Rencana aksi terpadu memuat program dan anggaran desa/kelurahan',
      target: '2 kecamatan',
    }),
  ];

  // Pengesahan.
  meeting = await call('meetings.updateSummary', {
    id: meetingId,
    summary:
      'Rakor menyepakati penguatan koordinasi lintas sektor tanpa ego sektoral, satu data keluarga berisiko ' +
      'stunting, dan penyusunan rencana aksi terpadu Kecamatan Kelara dan Rumbia.',
    closingTime: '11:45',
  });
  if (options.approve ?? true) meeting = await call('meetings.approve', { id: meetingId });

  const agenda = await call('meetings.workspace', { id: meetingId }).then((w) => w.agenda);
  const byId = (id: string) => agenda.find((a) => a.id === id) as AgendaItem;
  return {
    meeting,
    institutions,
    people,
    agenda: {
      opening: byId(opening.id),
      directives: byId(directives.id),
      dppkb: byId(dppkb.id),
      bappeda: byId(bappeda.id),
      discussion: byId(discussion.id),
      closing: byId(closing.id),
    },
    participants: { ...invitees, walkIn },
    decisions,
    commitments,
  };
}
