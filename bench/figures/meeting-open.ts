import { join } from 'node:path';
import { createDispatcher, type Dispatch } from '../../electron/api/dispatch';
import { handlers } from '../../electron/api/handlers';
import { openConnection, type Db } from '../../electron/db/connection';
import { migrate } from '../../electron/db/migrate';
import type { MethodName } from '../../shared/api/contract';
import type { MeetingWorkspace } from '../../shared/domain/meetings';
import { millis, type Figure, type Measurement } from '../figure';
import { record, replayOn } from '../floors/sql-replay';
import { inTempDir, RESOURCES_DIR } from '../support/paths';

const AGENDA_ITEMS = 30;
const MINUTES_ENTRIES = 200;
const INSTITUTIONS = 25;
const INVITEES = 60;
const WALK_INS = 8;
const DECISIONS = 10;
const COMMITMENTS = 15;

/** The few areas the meeting needs; the full region list is not part of this figure. */
function insertAreas(db: Db): void {
  const insert = db.prepare(
    'INSERT INTO areas (code, name, level, kind, parent_code, search_name) VALUES (?, ?, ?, ?, ?, ?)',
  );
  insert.run('73', 'Sulawesi Selatan', 'provinsi', null, null, 'sulawesi selatan');
  insert.run('73.04', 'Kabupaten Jeneponto', 'kabupaten', 'kabupaten', '73', 'kabupaten jeneponto');
  insert.run('73.04.05', 'Kelara', 'kecamatan', null, '73.04', 'kelara');
  insert.run('73.04.10', 'Rumbia', 'kecamatan', null, '73.04', 'rumbia');
}

async function call<T>(dispatch: Dispatch, method: MethodName, input: unknown): Promise<T> {
  const result = await dispatch(method, input);
  if (!result.ok) throw new Error(`${method} failed: ${JSON.stringify(result.error)}`);
  return result.value as T;
}

/** A long Rakor, held, entered through the dispatcher as the app would. Returns its id. */
async function seedLongMeeting(dispatch: Dispatch): Promise<string> {
  const sectors = ['kesehatan', 'pkk', 'pemerintahan', 'keluarga_berencana', 'perencanaan'] as const;
  const institutions: string[] = [];
  for (let i = 0; i < INSTITUTIONS; i++) {
    const sector = sectors[i % sectors.length];
    const created = await call<{ id: string }>(dispatch, 'institutions.create', {
      name: `Instansi ${i + 1} Kabupaten Jeneponto`,
      sector,
      level: 'kecamatan',
      areaCode: '73.04.05',
    });
    institutions.push(created.id);
  }
  const people: string[] = [];
  for (let i = 0; i < INVITEES; i++) {
    const created = await call<{ id: string }>(dispatch, 'people.create', {
      name: `Peserta ${i + 1}, S.KM.`,
      position: `Kepala Seksi ${i + 1}`,
      institutionId: institutions[i % INSTITUTIONS],
    });
    people.push(created.id);
  }
  const meeting = await call<{ id: string }>(dispatch, 'meetings.create', {
    title: 'Rapat Koordinasi TPPS Kecamatan Kelara dan Rumbia',
    kind: 'rakor_tpps',
    hostLevel: 'kecamatan',
    areaCodes: ['73.04.05', '73.04.10'],
    date: '2025-10-17',
    startTime: '08:00',
    endTime: '16:00',
    venue: 'Aula Kantor Camat Kelara',
    chairPersonId: people[0],
    chairRole: 'Wakil Bupati Jeneponto selaku Ketua TPPS Kabupaten',
  });
  const meetingId = meeting.id;
  const items: string[] = [];
  for (let i = 0; i < AGENDA_ITEMS; i++) {
    const item = await call<{ id: string }>(dispatch, 'agenda.create', {
      meetingId,
      kind: i === 0 ? 'opening' : 'presentation',
      title: `Paparan ${i + 1}: capaian intervensi spesifik dan sensitif di desa lokus`,
      presenterPersonId: people[i % INVITEES],
      presenterInstitutionId: institutions[i % INSTITUTIONS],
      durationMinutes: 15,
      notes: i % 3 === 0 ? 'Bahan tayang dikirim sehari sebelumnya' : null,
    });
    items.push(item.id);
  }
  for (let i = 0; i < INVITEES; i++) {
    const participant = await call<{ id: string }>(dispatch, 'participants.add', {
      meetingId,
      personId: people[i],
      role: i === 0 ? 'chair' : 'participant',
    });
    await call(dispatch, 'participants.setAttendance', {
      id: participant.id,
      attendance: i % 10 === 9 ? 'represented' : 'present',
      standInName: i % 10 === 9 ? 'Staf pengganti' : null,
      arrivalTime: '08:05',
    });
  }
  for (let i = 0; i < WALK_INS; i++) {
    await call(dispatch, 'participants.add', { meetingId, freeName: `Tamu ${i + 1}`, invited: false });
  }
  await call(dispatch, 'meetings.setStatus', { id: meetingId, status: 'scheduled' });
  await call(dispatch, 'meetings.setStatus', { id: meetingId, status: 'held' });
  const sentence = 'Peserta menyampaikan perkembangan pendampingan keluarga berisiko stunting dan kendala data. ';
  for (let i = 0; i < MINUTES_ENTRIES; i++) {
    await call(dispatch, 'minutes.create', {
      meetingId,
      agendaItemId: items[i % AGENDA_ITEMS],
      kind: i % 7 === 0 ? 'directive' : 'discussion',
      speakerPersonId: people[i % INVITEES],
      body: sentence.repeat(1 + (i % 4)),
    });
  }
  for (let i = 0; i < DECISIONS; i++) {
    await call(dispatch, 'decisions.create', { meetingId, agendaItemId: items[i], body: `Keputusan ${i + 1}` });
  }
  for (let i = 0; i < COMMITMENTS; i++) {
    await call(dispatch, 'commitments.create', {
      meetingId,
      agendaItemId: items[i],
      institutionId: institutions[i % INSTITUTIONS],
      contactPersonId: people[i],
      description: `Komitmen ${i + 1}: pendampingan keluarga berisiko stunting di desa lokus`,
      dueDate: '2025-12-31',
      indicator: 'Persentase keluarga berisiko stunting yang didampingi',
      target: '90%',
    });
  }
  return meetingId;
}

/**
 * Opening the meeting workspace: one meetings.workspace call through the dispatcher, on a fresh
 * database holding a long Rakor (30 agenda items, 200 minutes entries, 68 participants, 15
 * commitments, decisions and history). The data was just written, as after typing it in. The
 * floor runs the SQL of that call again directly, after it (the call is the first on the data).
 */
export const meetingOpen: Figure = {
  id: 'meeting.open',
  label: 'Open a meeting workspace (30 agenda items, 200 minutes entries)',
  unit: 'ms',
  budget: 30,
  ratioBudget: 2,
  runs: 20,
  floor: { label: 'the same SQL statements run directly with better-sqlite3' },
  sample: () =>
    inTempDir(async (dir): Promise<Measurement> => {
      const file = join(dir, 'sirakor.sqlite');
      const db = openConnection(file);
      try {
        await migrate(db);
        insertAreas(db);
        const dispatch = createDispatcher({
          ctx: {
            db,
            dataDir: dir,
            databaseFile: file,
            resourcesDir: RESOURCES_DIR,
            host: 'preview',
            appVersion: 'bench',
          },
          handlers,
          emit: () => undefined,
          logError: (method, error) => console.error(method, error),
        });
        const id = await seedLongMeeting(dispatch);
        const open = () => call<MeetingWorkspace>(dispatch, 'meetings.workspace', { id });
        let workspace: MeetingWorkspace | null = null;
        const value = await millis(async () => {
          workspace = await open();
        });
        const loaded = workspace as MeetingWorkspace | null;
        if (loaded?.agenda.length !== AGENDA_ITEMS || loaded.minutes.length !== MINUTES_ENTRIES) {
          throw new Error('meetings.workspace did not return the seeded meeting');
        }
        const replay = replayOn(db, await record(open));
        return { value, floor: await millis(() => replay.run()) };
      } finally {
        db.close();
      }
    }),
};
