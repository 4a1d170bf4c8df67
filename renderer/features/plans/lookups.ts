import type { Area } from '../../../shared/domain/areas';
import type { ActionPlan, PlanVillage } from '../../../shared/domain/plans';
import type { InstitutionLookup, PlanLookups } from '../../../shared/plans/resolve';
import { callOrThrow } from '../../api/client';
import { composedQuery } from '../../api/queries';

/** Every desa/kelurahan under the plan's area, with its kecamatan (names repeat across kecamatan). */
async function villagesUnder(plan: Pick<ActionPlan, 'areaCode' | 'areaLevel'>): Promise<PlanVillage[]> {
  const children = async (code: string): Promise<Area[]> => callOrThrow('areas.children', { code });
  if (plan.areaLevel === 'desa') {
    const area = await callOrThrow('areas.get', { code: plan.areaCode });
    const kecamatan = area.path.find((p) => p.level === 'kecamatan');
    return [
      { code: area.code, name: area.name, kecamatanCode: kecamatan?.code ?? '', kecamatanName: kecamatan?.name ?? '' },
    ];
  }
  const kecamatanList =
    plan.areaLevel === 'kecamatan'
      ? [await callOrThrow('areas.get', { code: plan.areaCode })]
      : await children(plan.areaCode);
  const villages: PlanVillage[] = [];
  for (const kecamatan of kecamatanList) {
    for (const desa of await children(kecamatan.code)) {
      villages.push({ code: desa.code, name: desa.name, kecamatanCode: kecamatan.code, kecamatanName: kecamatan.name });
    }
  }
  return villages;
}

async function allInstitutions(): Promise<InstitutionLookup[]> {
  const found: InstitutionLookup[] = [];
  for (let offset = 0; ; offset += 500) {
    const page = await callOrThrow('institutions.list', { limit: 500, offset });
    found.push(...page.items.map((i) => ({ id: i.id, name: i.name, shortName: i.shortName })));
    if (found.length >= page.total || page.items.length === 0) return found;
  }
}

/**
 * What typed and pasted names are resolved against: the catalogue, the directory and the
 * villages of the plan's area — the same lookups the XLSX import uses on the host. Read again
 * when the catalogue or the directory changes, not when the plan's rows do.
 */
export function planLookupsQuery(plan: Pick<ActionPlan, 'areaCode' | 'areaLevel'>) {
  return composedQuery(
    ['plan-lookups', plan.areaCode, plan.areaLevel],
    ['interventions.list', 'fundingSources.list', 'institutions.list', 'areas.children', 'areas.get'],
    () => loadLookups(plan),
  );
}

async function loadLookups(plan: Pick<ActionPlan, 'areaCode' | 'areaLevel'>): Promise<PlanLookups> {
  const [interventions, fundingSources, institutions, villages] = await Promise.all([
    callOrThrow('interventions.list', {}),
    callOrThrow('fundingSources.list', {}),
    allInstitutions(),
    villagesUnder(plan),
  ]);
  return { interventions, fundingSources, institutions, villages };
}
