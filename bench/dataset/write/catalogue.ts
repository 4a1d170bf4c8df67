import { instantMs, isoOf } from '../calendar';
import type { GenContext } from '../context';
import { FUNDING_SOURCES, INTERVENTIONS, type InterventionSpec } from '../pools/catalogue';

/**
 * Generated catalogue rows carry codes starting with this prefix and `is_seeded = 0`, so they
 * never collide with the catalogue a migration seeds later (own ids, own codes) and can be told
 * apart from it at a glance.
 */
export const GENERATED_CODE_PREFIX = 'GEN-';

export interface Catalogue {
  interventions: { id: string; spec: InterventionSpec }[];
  /** Funding source id by the code of FUNDING_SOURCES (without the prefix). */
  funding: Map<string, string>;
}

/** Writes the intervention catalogue and the funding sources the plans draw on. */
export function writeCatalogue(ctx: GenContext): Catalogue {
  const at = instantMs('2016-01-04', 8 * 60);
  const iso = isoOf(at);
  const insertIntervention = ctx.db.prepare(
    `INSERT INTO interventions (id, kind, code, name, indicator, unit, national_target, target_group, position,
       is_seeded, created_at, updated_at)
     VALUES (?, ?, ?, ?, ?, '%', ?, ?, ?, 0, ?, ?)`,
  );
  const insertFunding = ctx.db.prepare(
    `INSERT INTO funding_sources (id, code, name, parent_id, position, is_seeded, created_at, updated_at)
     VALUES (?, ?, ?, ?, ?, 0, ?, ?)`,
  );
  const catalogue: Catalogue = { interventions: [], funding: new Map() };
  ctx.db.transaction(() => {
    INTERVENTIONS.forEach((spec, position) => {
      const id = ctx.newId(at);
      insertIntervention.run(
        id,
        spec.kind,
        GENERATED_CODE_PREFIX + spec.code,
        spec.name,
        spec.indicator,
        spec.nationalTarget,
        spec.targetGroup,
        position,
        iso,
        iso,
      );
      catalogue.interventions.push({ id, spec });
    });
    FUNDING_SOURCES.forEach((spec, position) => {
      const id = ctx.newId(at);
      const parent = spec.parent ? (catalogue.funding.get(spec.parent) ?? null) : null;
      insertFunding.run(id, GENERATED_CODE_PREFIX + spec.code, spec.name, parent, position, iso, iso);
      catalogue.funding.set(spec.code, id);
    });
  })();
  return catalogue;
}
