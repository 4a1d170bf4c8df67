import type { InputOf } from '../../shared/api/contract';
import type { AgendaItem } from '../../shared/domain/agenda';
import type { Commitment } from '../../shared/domain/commitments';
import type { Institution, Person } from '../../shared/domain/directory';
import type { Meeting } from '../../shared/domain/meetings';
import type { Participant } from '../../shared/domain/participants';
import type { DemoCall } from './call';
import { sampleName } from './sample';

export interface DemoSeed {
  meeting: Meeting;
  institutions: Record<
    | 'pemkab'
    | 'dppkb'
    | 'bappeda'
    | 'camatKelara'
    | 'camatRumbia'
    | 'puskesmasKelara'
    | 'puskesmasRumbia'
    | 'pkkTolo'
    | 'pkkGantarang'
    | 'pkkRumbia'
    | 'pkkBontotiro'
    | 'koramil',
    Institution
  >;
  people: Record<
    | 'chair'
    | 'meriam'
    | 'alfian'
    | 'camatKelara'
    | 'camatRumbia'
    | 'pkkTolo'
    | 'pkkGantarang'
    | 'pkkRumbia'
    | 'pkkBontotiro'
    | 'kapusKelara'
    | 'kapusRumbia',
    Person
  >;
  minuteTaker: Participant;
  commitments: { dppkb: Commitment; bappeda: Commitment };
}

function institutionsOf(call: DemoCall): DemoSeed['institutions'] {
  const add = (input: InputOf<'institutions.create'>) => call('institutions.create', input);
  return {
    pemkab: add({
      name: 'Pemerintah Kabupaten Jeneponto',
      shortName: 'Pemkab Jeneponto',
      sector: 'pemerintahan',
      level: 'kabupaten',
      areaCode: '73.04',
    }),
    dppkb: add({
      name: 'Dinas Pengendalian Penduduk dan Keluarga Berencana Kabupaten Jeneponto',
      shortName: 'DPPKB',
      sector: 'keluarga_berencana',
      level: 'kabupaten',
      areaCode: '73.04',
    }),
    bappeda: add({
      name: 'Badan Perencanaan Pembangunan Daerah Kabupaten Jeneponto',
      shortName: 'Bappeda',
      sector: 'perencanaan',
      level: 'kabupaten',
      areaCode: '73.04',
    }),
    camatKelara: add({ name: 'Kantor Camat Kelara', sector: 'pemerintahan', level: 'kecamatan', areaCode: '73.04.05' }),
    camatRumbia: add({ name: 'Kantor Camat Rumbia', sector: 'pemerintahan', level: 'kecamatan', areaCode: '73.04.10' }),
    puskesmasKelara: add({
      name: 'UPT Puskesmas Kelara',
      sector: 'kesehatan',
      level: 'kecamatan',
      areaCode: '73.04.05',
    }),
    puskesmasRumbia: add({
      name: 'UPT Puskesmas Rumbia',
      sector: 'kesehatan',
      level: 'kecamatan',
      areaCode: '73.04.10',
    }),
    pkkTolo: add({ name: 'TP PKK Kelurahan Tolo', sector: 'pkk', level: 'desa', areaCode: '73.04.05.1001' }),
    pkkGantarang: add({ name: 'TP PKK Desa Gantarang', sector: 'pkk', level: 'desa', areaCode: '73.04.05.2006' }),
    pkkRumbia: add({ name: 'TP PKK Desa Rumbia', sector: 'pkk', level: 'desa', areaCode: '73.04.10.2001' }),
    pkkBontotiro: add({ name: 'TP PKK Desa Bontotiro', sector: 'pkk', level: 'desa', areaCode: '73.04.10.2004' }),
    koramil: add({ name: 'Koramil Kelara', sector: 'tni_polri', level: 'kecamatan', areaCode: '73.04.05' }),
  };
}

/** The three people the article names, as written there; everyone else is a marked sample name. */
function peopleOf(call: DemoCall, inst: DemoSeed['institutions']): DemoSeed['people'] {
  const add = (name: string, position: string, institution: Institution) =>
    call('people.create', { name, position, institutionId: institution.id });
  return {
    chair: add('H. Islam Iskandar, S.Sos.', 'Wakil Bupati Jeneponto', inst.pemkab),
    meriam: add('St. Meriam', 'Kepala DPPKB Kabupaten Jeneponto', inst.dppkb),
    alfian: add('Alfian Afandy Syam', 'Kepala Bappeda Kabupaten Jeneponto', inst.bappeda),
    camatKelara: add(sampleName('Muh. Ridwan Daeng Tompo, S.STP., M.Si.'), 'Camat Kelara', inst.camatKelara),
    camatRumbia: add(sampleName('Hj. Nurhaeda, S.Sos., M.M.'), 'Camat Rumbia', inst.camatRumbia),
    pkkTolo: add(sampleName('Hasnawati'), 'Ketua TP PKK Kelurahan Tolo', inst.pkkTolo),
    pkkGantarang: add(sampleName('Sitti Rahmah'), 'Ketua TP PKK Desa Gantarang', inst.pkkGantarang),
    pkkRumbia: add(sampleName('Rosmiati'), 'Ketua TP PKK Desa Rumbia', inst.pkkRumbia),
    pkkBontotiro: add(sampleName('Jumriani'), 'Ketua TP PKK Desa Bontotiro', inst.pkkBontotiro),
    kapusKelara: add(sampleName('dr. Andi Makkasau, M.Kes.'), 'Kepala UPT Puskesmas Kelara', inst.puskesmasKelara),
    kapusRumbia: add(sampleName('Syamsuddin, S.KM.'), 'Kepala UPT Puskesmas Rumbia', inst.puskesmasRumbia),
  };
}

const RAKOR = {
  title: 'Rapat Koordinasi TPPS Kecamatan Kelara dan Rumbia',
  kind: 'rakor_tpps',
  hostLevel: 'kecamatan',
  date: '2025-10-17',
  startTime: '09:00',
  endTime: '12:00',
  venue: 'Aula Kantor Camat Kelara',
  chairRole: 'Wakil Bupati Jeneponto selaku Ketua TPPS Kabupaten',
  invitationNumber: '400.5.7/215/KLR/X/2025',
} as const;

/**
 * The reference Rakor of the seed article (../shared/seeds/): the joint Rakor TPPS of Kecamatan
 * Kelara and Rumbia on Friday 17 October 2025, chaired by the Wakil Bupati, with DPPKB and
 * Bappeda presenting, the chair's directives from the article, attendance with a stand-in,
 * decisions and two commitments, ready for the chair's approval (see loadDemo). Times, the letter
 * number and the commitments' dates and targets are invented, as in tests/node/support/seed-rakor.ts.
 */
export function enterSeedRakor(call: DemoCall): DemoSeed {
  const inst = institutionsOf(call);
  const people = peopleOf(call, inst);
  const areaCodes = ['73.04.05', '73.04.10'];
  const { id: meetingId } = call('meetings.create', { ...RAKOR, areaCodes, chairPersonId: people.chair.id });

  const item = (input: Omit<InputOf<'agenda.create'>, 'meetingId'>) => call('agenda.create', { meetingId, ...input });
  const opening = item({
    kind: 'opening',
    title: 'Pembukaan dan sambutan Camat Kelara',
    presenterPersonId: people.camatKelara.id,
    durationMinutes: 10,
  });
  const directives = item({
    kind: 'directives',
    title: 'Arahan Wakil Bupati Jeneponto selaku Ketua TPPS Kabupaten',
    presenterPersonId: people.chair.id,
    presenterInstitutionId: inst.pemkab.id,
    durationMinutes: 20,
  });
  const dppkb = item({
    kind: 'presentation',
    title:
      'Strategi intervensi keluarga berisiko stunting, penguatan TPPS Desa/Kelurahan dan Tim Pendamping Keluarga (TPK)',
    presenterPersonId: people.meriam.id,
    presenterInstitutionId: inst.dppkb.id,
    durationMinutes: 30,
  });
  const bappeda = item({
    kind: 'presentation',
    title: 'Konvergensi program dan anggaran pencegahan stunting di tingkat desa dan kelurahan',
    presenterPersonId: people.alfian.id,
    presenterInstitutionId: inst.bappeda.id,
    durationMinutes: 30,
  });
  const discussion = item({
    kind: 'discussion',
    title: 'Diskusi dan penyusunan rencana aksi terpadu',
    durationMinutes: 60,
    notes: 'Dipandu Camat Rumbia',
  });
  item({ kind: 'closing', title: 'Penutup', durationMinutes: 10 });

  const invite = (input: Omit<InputOf<'participants.add'>, 'meetingId'>) =>
    call('participants.add', { meetingId, ...input });
  const invitees = {
    chair: invite({ personId: people.chair.id, role: 'chair' }),
    meriam: invite({ personId: people.meriam.id, role: 'presenter' }),
    alfian: invite({ personId: people.alfian.id, role: 'presenter' }),
    camatKelara: invite({ personId: people.camatKelara.id }),
    camatRumbia: invite({ personId: people.camatRumbia.id }),
    pkkTolo: invite({ personId: people.pkkTolo.id }),
    pkkGantarang: invite({ personId: people.pkkGantarang.id }),
    pkkRumbia: invite({ personId: people.pkkRumbia.id }),
    pkkBontotiro: invite({ personId: people.pkkBontotiro.id }),
    kapusKelara: invite({ personId: people.kapusKelara.id }),
    kapusRumbia: invite({ personId: people.kapusRumbia.id }),
    koramil: invite({ institutionId: inst.koramil.id, role: 'guest' }),
    minuteTaker: invite({
      newPerson: {
        name: sampleName('Ahmad Fauzi, S.IP.'),
        position: 'Kepala Seksi Pemerintahan Kecamatan Kelara',
        institutionId: inst.camatKelara.id,
      },
      role: 'minute_taker',
    }),
  };
  call('meetings.update', {
    ...RAKOR,
    areaCodes,
    id: meetingId,
    chairPersonId: people.chair.id,
    minuteTakerPersonId: invitees.minuteTaker.personId,
  });
  call('meetings.setStatus', { id: meetingId, status: 'scheduled' });
  call('meetings.setStatus', { id: meetingId, status: 'held' });

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
    call('participants.setAttendance', { id: invitees[key].id, attendance: 'present', arrivalTime });
  }
  call('participants.setAttendance', {
    id: invitees.kapusRumbia.id,
    attendance: 'represented',
    standInName: sampleName('Nurbaya, S.Tr.Keb.'),
    standInPosition: 'Bidan Koordinator UPT Puskesmas Rumbia',
    arrivalTime: '09:02',
  });
  call('participants.setAttendance', { id: invitees.pkkBontotiro.id, attendance: 'excused' });
  invite({
    freeName: sampleName('Serda Baharuddin'),
    freePosition: 'Babinsa Kelurahan Tolo',
    institutionId: inst.koramil.id,
    invited: false,
    arrivalTime: '09:20',
  });

  const note = (agendaItem: AgendaItem, input: Omit<InputOf<'minutes.create'>, 'meetingId' | 'agendaItemId'>) =>
    call('minutes.create', { meetingId, agendaItemId: agendaItem.id, ...input });
  note(opening, {
    speakerPersonId: people.camatKelara.id,
    body: 'Camat Kelara membuka rapat dan menyampaikan selamat datang kepada Wakil Bupati beserta rombongan.',
  });
  note(directives, {
    kind: 'directive',
    speakerPersonId: people.chair.id,
    body:
      'Penanganan stunting bukan lagi masalah sektoral. Ini adalah isu kemanusiaan dan masa depan generasi kita. ' +
      'Hilangkan ego sektoral dan libatkan semua pihak: Puskesmas, PKK, TNI, Kepolisian, hingga pemerintah desa ' +
      'harus bergerak dalam satu visi dan langkah.',
  });
  note(directives, {
    kind: 'directive',
    speakerPersonId: people.chair.id,
    body: 'Setiap program intervensi, baik spesifik maupun sensitif, dilaksanakan tepat sasaran dan berbasis data valid di lapangan.',
  });
  note(directives, {
    kind: 'directive',
    speakerPersonId: people.chair.id,
    body: 'Belajar dari Kabupaten Brebes: kuncinya kolaborasi, satu data, dan tidak ada ego sektoral.',
  });
  note(dppkb, {
    speakerPersonId: people.meriam.id,
    body:
      'Kelembagaan TPPS di tingkat desa dan kelurahan harus berperan aktif. Mereka adalah garda terdepan dalam ' +
      'identifikasi dan pendampingan keluarga berisiko stunting.',
  });
  note(bappeda, {
    speakerPersonId: people.alfian.id,
    body:
      'Pendekatan konvergensi harus menjadi kunci. Semua sektor harus bergerak selaras agar hasilnya optimal dan ' +
      'berkelanjutan; penyelarasan program dan anggaran menentukan efektivitas upaya penurunan stunting.',
  });
  note(discussion, {
    speakerText: 'Ketua TP PKK Desa Gantarang',
    body: 'Mengusulkan agar data keluarga berisiko stunting dari TPK dibahas bersama setiap bulan di kantor desa.',
  });

  call('decisions.create', {
    meetingId,
    agendaItemId: directives.id,
    body: 'Seluruh unsur TPPS kecamatan, desa dan kelurahan menghilangkan ego sektoral dan bekerja dengan satu data.',
  });
  call('decisions.create', {
    meetingId,
    agendaItemId: discussion.id,
    body: 'TPPS Kecamatan Kelara dan Rumbia menyusun rencana aksi terpadu dan berkelanjutan percepatan penurunan stunting.',
  });

  const commitments = {
    dppkb: call('commitments.create', {
      meetingId,
      agendaItemId: dppkb.id,
      institutionId: inst.dppkb.id,
      contactPersonId: people.meriam.id,
      description:
        'Memperkuat TPPS Desa/Kelurahan dan Tim Pendamping Keluarga untuk mendampingi keluarga berisiko stunting ' +
        'di Kecamatan Kelara dan Rumbia',
      dueDate: '2025-12-31',
      indicator: 'Persentase keluarga berisiko stunting yang didampingi TPK',
      target: '90%',
    }),
    bappeda: call('commitments.create', {
      meetingId,
      agendaItemId: bappeda.id,
      institutionId: inst.bappeda.id,
      contactPersonId: people.alfian.id,
      description:
        'Menyelaraskan program dan anggaran pencegahan stunting desa/kelurahan dalam rencana aksi terpadu ' +
        'Kecamatan Kelara dan Rumbia',
      dueDate: '2026-01-31',
      indicator: 'Rencana aksi terpadu memuat program dan anggaran desa/kelurahan',
      target: '2 kecamatan',
    }),
  };

  const meeting = call('meetings.updateSummary', {
    id: meetingId,
    summary:
      'Rakor menyepakati penguatan koordinasi lintas sektor tanpa ego sektoral, satu data keluarga berisiko ' +
      'stunting, dan penyusunan rencana aksi terpadu Kecamatan Kelara dan Rumbia.',
    closingTime: '11:45',
  });
  return { meeting, institutions: inst, people, minuteTaker: invitees.minuteTaker, commitments };
}
