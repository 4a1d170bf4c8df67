import { repositoriesOf } from '../db/repositories';
import type { HandlerGroup } from '../api/handler-types';

/** One search box over meetings, agenda items, minutes entries, decisions, commitments, people and plan rows. */
export const searchHandlers: HandlerGroup<
  'search.query' | 'search.count' | 'search.page' | 'search.similar' | 'search.offices'
> = {
  'search.query': (input, ctx) => repositoriesOf(ctx).search.query(input.query, input.limit),
  'search.count': (input, ctx) => repositoriesOf(ctx).search.count(input.query),
  'search.page': (input, ctx) => repositoriesOf(ctx).search.page(input),
  'search.similar': (input, ctx) => repositoriesOf(ctx).search.similar(input),
  'search.offices': (_input, ctx) => repositoriesOf(ctx).search.offices(),
};
