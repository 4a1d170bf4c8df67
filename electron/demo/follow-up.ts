import type { InputOf } from '../../shared/api/contract';
import type { Meeting } from '../../shared/domain/meetings';
import type { DemoCall, DemoReport } from './call';
import { sampleName } from './sample';
import type { DemoSeed } from './seed-rakor';

const FOLLOW_UP = {
  title: 'Rapat Koordinasi TPPS Kecamatan Kelara dan Rumbia: Reviu Tindak Lanjut Komitmen',
  kind: 'rakor_tpps',
  hostLevel: 'kecamatan',
  date: '2025-11-21',
  startTime: '09:00',
  endTime: '12:00',
  venue: 'Aula Kantor Camat Rumbia',
  chairRole: 'Camat Rumbia selaku Ketua TPPS Kecamatan Rumbia',
  invitationNumber: '400.5.7/241/RMB/XI/2025',
} as const;

/**
 * The next Rakor of the same two kecamatan, five weeks later, held but not yet approved (so a
 * newcomer can still edit it): it opens with the review of the seed Rakor's commitments, whose
 * progress is reported in it, and ends with new commitments and the decision to adopt the plan.
 */
export function enterFollowUp(call: DemoCall, report: DemoReport, seed: DemoSeed): Meeting {
  const { people, institutions: inst } = seed;
  const { id: meetingId } = call('meetings.create', {
    ...FOLLOW_UP,
    areaCodes: ['73.04.05', '73.04.10'],
    chairPersonId: people.camatRumbia.id,
    minuteTakerPersonId: seed.minuteTaker.personId,
  });
  const item = (input: Omit<InputOf<'agenda.create'>, 'meetingId'>) => call('agenda.create', { meetingId, ...input });
  const opening = item({
    kind: 'opening',
    title: 'Pembukaan dan sambutan Camat Rumbia',
    presenterPersonId: people.camatRumbia.id,
    durationMinutes: 10,
  });
  const review = item({
    kind: 'follow_up',
    title: 'Reviu tindak lanjut komitmen Rakor TPPS 17 Oktober 2025',
    presenterPersonId: people.camatKelara.id,
    durationMinutes: 30,
  });
  const measurement = item({
    kind: 'presentation',
    title: 'Hasil pengukuran balita bulan Oktober 2025 di Kecamatan Kelara dan Rumbia',
    presenterPersonId: people.kapusKelara.id,
    presenterInstitutionId: inst.puskesmasKelara.id,
    durationMinutes: 20,
  });
  const tpk = item({
    kind: 'presentation',
    title: 'Kemajuan pendampingan keluarga berisiko stunting oleh TPK',
    presenterPersonId: people.meriam.id,
    presenterInstitutionId: inst.dppkb.id,
    durationMinutes: 20,
  });
  const plan = item({
    kind: 'discussion',
    title: 'Penyusunan rencana aksi terpadu Kecamatan Kelara dan Rumbia Tahun 2026',
    presenterPersonId: people.alfian.id,
    presenterInstitutionId: inst.bappeda.id,
    durationMinutes: 60,
  });
  item({ kind: 'closing', title: 'Penutup', durationMinutes: 10 });

  const invite = (input: Omit<InputOf<'participants.add'>, 'meetingId'>) =>
    call('participants.add', { meetingId, ...input });
  const present: [InputOf<'participants.add'>['role'], string, string][] = [
    ['chair', people.camatRumbia.id, '08:40'],
    ['participant', people.camatKelara.id, '08:45'],
    ['presenter', people.meriam.id, '08:55'],
    ['presenter', people.kapusKelara.id, '08:50'],
    ['participant', people.kapusRumbia.id, '08:35'],
    ['participant', people.pkkTolo.id, '08:58'],
    ['participant', people.pkkRumbia.id, '08:52'],
    ['participant', people.pkkBontotiro.id, '09:05'],
    ['minute_taker', seed.minuteTaker.personId ?? '', '08:20'],
  ];
  const arrived = present.map(([role, personId, arrivalTime]) => ({ id: invite({ personId, role }).id, arrivalTime }));
  const alfian = invite({ personId: people.alfian.id, role: 'presenter' });
  const gantarang = invite({ personId: people.pkkGantarang.id });
  invite({ institutionId: inst.koramil.id, role: 'guest' });
  call('meetings.setStatus', { id: meetingId, status: 'scheduled' });
  call('meetings.setStatus', { id: meetingId, status: 'held' });
  for (const { id, arrivalTime } of arrived)
    call('participants.setAttendance', { id, attendance: 'present', arrivalTime });
  call('participants.setAttendance', {
    id: alfian.id,
    attendance: 'represented',
    standInName: sampleName('Nur Aisyah, S.E.'),
    standInPosition: 'Perencana Ahli Muda Bappeda Kabupaten Jeneponto',
    arrivalTime: '09:00',
  });
  call('participants.setAttendance', { id: gantarang.id, attendance: 'absent' });

  // The review: progress on the seed Rakor's commitments, reported in this meeting.
  call('commitments.setStatus', {
    id: seed.commitments.dppkb.id,
    status: 'in_progress',
    note: 'TPK di sepuluh desa/kelurahan Kelara dan Rumbia telah dilatih ulang; 62% keluarga berisiko stunting sudah didampingi.',
    meetingId,
  });
  call('commitments.setStatus', {
    id: seed.commitments.bappeda.id,
    status: 'in_progress',
    note: 'Draf rencana aksi terpadu 2026 disusun bersama kedua kecamatan dan dibahas dalam rakor ini.',
    meetingId,
  });

  const note = (agendaItemId: string, input: Omit<InputOf<'minutes.create'>, 'meetingId' | 'agendaItemId'>) =>
    call('minutes.create', { meetingId, agendaItemId, ...input });
  note(opening.id, {
    speakerPersonId: people.camatRumbia.id,
    body: 'Camat Rumbia membuka rapat dan mengingatkan komitmen yang disepakati pada Rakor 17 Oktober 2025.',
  });
  note(review.id, {
    speakerPersonId: people.camatKelara.id,
    body: 'Kedua komitmen Rakor sebelumnya sedang berjalan; pendampingan TPK belum menjangkau Desa Gantarang dan Desa Bontotiro.',
  });
  note(measurement.id, {
    speakerPersonId: people.kapusKelara.id,
    body: 'Pengukuran serentak bulan Oktober mencatat 41 balita stunting di Kecamatan Kelara dan 37 di Kecamatan Rumbia.',
  });
  note(tpk.id, {
    speakerPersonId: people.meriam.id,
    body: 'Sebanyak 312 dari 503 keluarga berisiko stunting telah dikunjungi TPK; data kunjungan dicatat di Elsimil.',
  });
  note(plan.id, {
    speakerText: 'Perencana Ahli Muda Bappeda (pengganti Kepala Bappeda)',
    body: 'Rencana aksi terpadu 2026 memuat dua belas kegiatan dengan sumber dana APBD, DAK, BOK, BOKB dan Dana Desa.',
  });
  note(plan.id, {
    kind: 'directive',
    speakerPersonId: people.camatRumbia.id,
    body: 'Setiap desa lokus memasukkan PMT lokal dan jamban sehat ke dalam APBDes 2026 sebelum akhir Desember.',
  });

  call('decisions.create', {
    meetingId,
    agendaItemId: plan.id,
    body: 'Rencana aksi terpadu Kecamatan Kelara dan Rumbia Tahun 2026 disepakati dan ditetapkan.',
  });
  call('decisions.create', {
    meetingId,
    agendaItemId: review.id,
    body: 'Reviu komitmen dilakukan setiap bulan pada rakor TPPS kecamatan secara bergantian di Kelara dan Rumbia.',
  });

  const promise = (input: Omit<InputOf<'commitments.create'>, 'meetingId'>) =>
    call('commitments.create', { meetingId, ...input });
  const remeasure = promise({
    agendaItemId: measurement.id,
    institutionId: inst.puskesmasKelara.id,
    contactPersonId: people.kapusKelara.id,
    description: 'Melakukan pengukuran ulang balita di Kelurahan Tolo dan Desa Gantarang dengan alat ukur terstandar',
    dueDate: '2025-12-19',
    indicator: 'Persentase balita yang dipantau pertumbuhan dan perkembangannya',
    target: '90%',
  });
  promise({
    agendaItemId: plan.id,
    institutionId: inst.puskesmasRumbia.id,
    contactPersonId: people.kapusRumbia.id,
    description: 'Memberikan PMT lokal bagi balita gizi kurang di Desa Rumbia dan Desa Bontotiro',
    dueDate: '2026-01-30',
    indicator: 'Persentase balita gizi kurang yang mendapat tambahan asupan gizi',
    target: '90%',
  });
  const budgeting = promise({
    agendaItemId: plan.id,
    institutionId: inst.camatRumbia.id,
    contactPersonId: people.camatRumbia.id,
    description:
      'Memfasilitasi penganggaran PMT lokal dan jamban sehat dalam APBDes 2026 seluruh desa Kecamatan Rumbia',
    dueDate: '2026-01-15',
    target: '12 desa',
  });
  const cadres = promise({
    agendaItemId: tpk.id,
    institutionId: inst.pkkBontotiro.id,
    contactPersonId: people.pkkBontotiro.id,
    description: 'Menggerakkan kader PKK mendampingi kunjungan TPK ke keluarga berisiko stunting di Desa Bontotiro',
    dueDate: '2025-12-31',
  });

  // What happened after the meeting, reported to the secretariat: two done on time, one under way,
  // the PMT of Puskesmas Rumbia still without news (so the dashboard has a bit of everything).
  report({
    commitmentId: remeasure.id,
    reportedOn: '2025-12-17',
    statusAfter: 'done',
    percent: 100,
    note: 'Pengukuran ulang 214 balita di Kelurahan Tolo dan Desa Gantarang selesai dengan antropometri terstandar.',
    reportedByPersonId: people.kapusKelara.id,
  });
  report({
    commitmentId: cadres.id,
    reportedOn: '2025-12-29',
    statusAfter: 'done',
    percent: 100,
    note: 'Kader PKK mendampingi 48 kunjungan TPK ke keluarga berisiko stunting di Desa Bontotiro.',
    reportedByPersonId: people.pkkBontotiro.id,
  });
  report({
    commitmentId: budgeting.id,
    reportedOn: '2026-01-12',
    statusAfter: 'in_progress',
    percent: 75,
    note: 'Sembilan dari dua belas desa sudah memasukkan PMT lokal dan jamban sehat ke dalam APBDes 2026.',
    reportedByPersonId: people.camatRumbia.id,
  });

  return call('meetings.updateSummary', {
    id: meetingId,
    summary:
      'Rakor meninjau komitmen Rakor 17 Oktober 2025, menyepakati rencana aksi terpadu 2026 dan empat komitmen baru.',
    closingTime: '11:50',
  });
}
