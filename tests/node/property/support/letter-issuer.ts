import { parentPort, workerData } from 'node:worker_threads';
import { openConnection } from '../../../../electron/db/connection';
import { issueNumber } from '../../../../electron/letters/service';

/**
 * A worker thread of letter-numbers.test.ts: its own SQLite connection to the shared database
 * file, issuing `count` numbers as fast as it can, from the moment every thread is ready.
 */
const { file, count, thread, threads, start } = workerData as {
  file: string;
  count: number;
  thread: number;
  threads: number;
  start: SharedArrayBuffer;
};
const db = openConnection(file);
// Every thread waits here until all have their connection open, so that they issue at the same time.
const gate = new Int32Array(start);
Atomics.add(gate, 0, 1);
Atomics.notify(gate, 0);
while (Atomics.load(gate, 0) < threads) Atomics.wait(gate, 0, Atomics.load(gate, 0), 50);
const numbers: string[] = [];
for (let i = 0; i < count; i++) {
  numbers.push(
    issueNumber(db, {
      kind: 'lainnya',
      letterDate: '2027-03-15',
      subject: `Utas ${thread}, surat ${i + 1}`,
      addressee: null,
    }).number,
  );
}
db.close();
parentPort?.postMessage(numbers);
