import { join } from 'node:path';
import { fileURLToPath } from 'node:url';

export const RESOURCES_DIR = fileURLToPath(new URL('../../../resources', import.meta.url));
export const REGIONS_FILE = join(RESOURCES_DIR, 'regions', 'wilayah-kemendagri-2025.csv.gz');
