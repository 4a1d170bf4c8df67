import type { HandlerContext } from '../api/context';
import type { HandlerGroup } from '../api/handler-types';
import { refused } from '../api/errors';
import { jobSpecOf } from './kinds';
import type { JobRegistry } from './registry';

function jobsOf(ctx: HandlerContext): JobRegistry {
  if (!ctx.jobs) throw refused('jobUnknown');
  return ctx.jobs;
}

/** Jobs (issue 17): long work started, followed, cancelled and collected from any screen. */
export const jobsHandlers: HandlerGroup<'jobs.start' | 'jobs.list' | 'jobs.cancel' | 'jobs.file' | 'jobs.dismiss'> = {
  'jobs.start': (input, ctx) => jobsOf(ctx).start(jobSpecOf(ctx, input)),
  'jobs.list': (_input, ctx) => ctx.jobs?.list() ?? [],
  'jobs.cancel': (input, ctx) => jobsOf(ctx).cancel(input.id),
  'jobs.file': (input, ctx) => jobsOf(ctx).file(input.id),
  'jobs.dismiss': (input, ctx) => {
    jobsOf(ctx).dismiss(input.id);
    return { id: input.id };
  },
};
