import { openStore } from '../../../electron/db/store';
import { RESOURCES_DIR } from './paths';

/**
 * Child process for the data-folder lock tests: opens the store of the folder given as argument,
 * reports `ready`, and holds it until stdin closes (or the test kills it).
 */
const store = await openStore({ dataDir: process.argv[2] as string, resourcesDir: RESOURCES_DIR });
process.stdout.write('ready\n');
process.stdin.resume();
process.stdin.on('end', () => {
  store.close();
  process.exit(0);
});
