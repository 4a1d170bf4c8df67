import { z } from 'zod';

/** The demo takes no options: it is always the same sample, built around the seed Rakor. */
export const demoLoadInput = z.strictObject({});
/** Removal takes none either: it removes exactly what the demo recorded when it was loaded. */
export const demoRemoveInput = z.strictObject({});
