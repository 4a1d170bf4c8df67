import { repositoriesOf } from '../db/repositories';
import { notFound } from '../api/errors';
import type { HandlerGroup } from '../api/handler-types';

export const areasHandlers: HandlerGroup<'areas.search' | 'areas.children' | 'areas.get'> = {
  'areas.search': (input, ctx) => repositoriesOf(ctx).areas.search(input),

  'areas.children': (input, ctx) => {
    const { areas } = repositoriesOf(ctx);
    if (input.code !== null && !areas.exists(input.code)) throw notFound('area');
    return areas.children(input.code);
  },

  'areas.get': (input, ctx) => {
    const area = repositoriesOf(ctx).areas.get(input.code);
    if (!area) throw notFound('area');
    return area;
  },
};
