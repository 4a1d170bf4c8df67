import type { AreaLevel, AreaWithPath } from '../../shared/domain/areas';
import { fetchApi } from '../api/queries';
import { i18next } from '../i18n';
import { currentSettings } from '../stores/settings';
import type { RemoteOption } from './remote-options';

/** `Kecamatan · Kabupaten Jeneponto, Sulawesi Selatan`: repeated names need their place. */
export function areaOption(area: AreaWithPath): RemoteOption {
  const kind = area.kind ? i18next.t(`areaKind.${area.kind}`) : i18next.t(`areaLevel.${area.level}`);
  const place = [...area.path]
    .reverse()
    .map((p) => p.name)
    .join(', ');
  return {
    value: area.code,
    label: area.name,
    description: place ? `${kind} · ${place} · ${area.code}` : `${kind} · ${area.code}`,
  };
}

/** Area search; areas of the office's own kabupaten come first, since names repeat across Indonesia. */
export function searchAreas(options: { level?: AreaLevel; within?: string }) {
  return async (query: string): Promise<RemoteOption[]> => {
    if (query.trim().length < 2 && !options.within) return [];
    const near = currentSettings()?.office?.kabupatenCode;
    const areas = await fetchApi('areas.search', { query, ...options, ...(near ? { near } : {}), limit: 30 }).catch(
      () => [],
    );
    return areas.map(areaOption);
  };
}

/** Any area by name or code: meeting areas, institution areas, filters. */
export const searchAnyArea = searchAreas({});

export async function resolveArea(code: string): Promise<RemoteOption | null> {
  const area = await fetchApi('areas.get', { code }).catch(() => null);
  return area ? areaOption(area) : null;
}

export async function searchInstitutions(query: string): Promise<RemoteOption[]> {
  const page = await fetchApi('institutions.list', { query, limit: 30 }).catch(() => null);
  return (page?.items ?? []).map((i) => ({
    value: i.id,
    label: i.shortName ? `${i.name} (${i.shortName})` : i.name,
    ...(i.areaName ? { description: i.areaName } : {}),
  }));
}

export async function resolveInstitution(id: string): Promise<RemoteOption | null> {
  const institution = await fetchApi('institutions.get', { id }).catch(() => null);
  return institution ? { value: institution.id, label: institution.name } : null;
}

async function findPeople(query: string, institutionId: string | null): Promise<RemoteOption[]> {
  const page = await fetchApi('people.list', { query, limit: 30, ...(institutionId ? { institutionId } : {}) }).catch(
    () => null,
  );
  return (page?.items ?? []).map((p) => {
    const description = [p.position, p.institutionName].filter(Boolean).join(' · ');
    return { value: p.id, label: p.name, ...(description ? { description } : {}) };
  });
}

export function searchPeople(query: string): Promise<RemoteOption[]> {
  return findPeople(query, null);
}

/** People working at one institution (everyone when none is given); memoise it per institution. */
export function searchPeopleOf(institutionId: string | null): (query: string) => Promise<RemoteOption[]> {
  return institutionId ? (query) => findPeople(query, institutionId) : searchPeople;
}

/** Whether a person works at an institution. */
export async function worksAt(personId: string, institutionId: string): Promise<boolean> {
  const page = await fetchApi('people.list', { ids: [personId], institutionId, limit: 1 }).catch(() => null);
  return (page?.total ?? 0) > 0;
}

/** Through the list (masked phone), not people.get: a picker needs only the name. */
export async function resolvePerson(id: string): Promise<RemoteOption | null> {
  const page = await fetchApi('people.list', { ids: [id], limit: 1 }).catch(() => null);
  const person = page?.items[0];
  return person ? { value: person.id, label: person.name } : null;
}
