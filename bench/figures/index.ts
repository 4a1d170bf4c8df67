import type { Figure } from '../figure';
import { meetingOpen } from './meeting-open';
import { regionsLoad } from './regions-load';

/** Every figure `npm run bench` knows, in the order it runs and prints them. Add new ones here. */
export const FIGURES: readonly Figure[] = [regionsLoad, meetingOpen];
