import type {
  ConvergenceAction,
  FundingSource,
  Intervention,
  InterventionKind,
  PlanRowStatus,
  PlanVillage,
} from '../domain/plans';
import { foldForSearch } from '../text/fold';
import { commitmentLabel, convergenceActionLabel, KIND_WORDS, ROW_STATUS_WORDS, type CommitmentRef } from './labels';

/**
 * Names typed in a cell (pasted from Excel or imported) resolved to the ids a row stores. The
 * same rules serve the grid's paste (with what the renderer has loaded) and the XLSX import
 * (with the whole catalogue and directory).
 */

export interface InstitutionLookup {
  id: string;
  name: string;
  shortName: string | null;
}

export interface PlanLookups {
  interventions: readonly Pick<Intervention, 'id' | 'code' | 'name' | 'kind'>[];
  fundingSources: readonly Pick<FundingSource, 'id' | 'code' | 'name'>[];
  /** Every desa/kelurahan under the plan's area. */
  villages: readonly PlanVillage[];
  institutions: readonly InstitutionLookup[];
  /** Whether a village of that name or code exists outside the plan's area (for a precise message). */
  villageElsewhere?: (nameOrCode: string) => boolean;
  /** The convergence actions of the catalogue (the XLSX import; the grid's paste has no column for them). */
  convergenceActions?: readonly Pick<ConvergenceAction, 'id' | 'scheme' | 'number' | 'name'>[];
  /** Live commitments with what names them (`commitmentLabel`), for the XLSX import. */
  commitments?: readonly (CommitmentRef & { id: string })[];
}

/** A resolved value, or the `planImport.cell.*` key of why not, with the offending text. */
export type Resolved<T> = { ok: true; value: T } | { ok: false; key: string; value: string };

const fail = (key: string, value: string): Resolved<never> => ({ ok: false, key: `planImport.cell.${key}`, value });

/** Letters and digits only: `DAK Non-Fisik (BOK)` and `dak nonfisik bok` compare equal. */
export function compact(text: string): string {
  return foldForSearch(text).replace(/[^\p{L}\p{N}]+/gu, '');
}

function tokens(text: string): string[] {
  return foldForSearch(text)
    .split(/[^\p{L}\p{N}]+/u)
    .filter(Boolean);
}

/** Multi-valued cells: one per line, or separated by `;` or `,`. */
function splitList(text: string): string[] {
  return text
    .split(/[\n;,]+/)
    .map((part) => part.trim())
    .filter(Boolean);
}

/** Other names offices give the seeded funding sources, by code. */
const FUNDING_ALIASES: Record<string, readonly string[]> = {
  APBD: ['apbd kabupaten', 'apbd kab', 'apbd kota', 'apbd ii', 'apbd 2'],
  'DAK-F': ['dak fisik', 'dakf'],
  'DAK-NF': ['dak nonfisik', 'dak non fisik', 'daknf'],
  'DAK-NF-BOK': ['bok', 'bantuan operasional kesehatan', 'dak bok'],
  'DAK-NF-BOKB': ['bokb', 'bok kb', 'bantuan operasional keluarga berencana', 'dak bokb'],
  'DAK-NF-BOP-PAUD': ['bop paud', 'bop', 'bantuan operasional penyelenggaraan paud'],
  DD: ['dd', 'dana desa', 'apbdes', 'apb desa', 'add', 'dana desa apbdes'],
  APBN: ['apbn', 'kementerian'],
  CSR: ['csr', 'tjsl', 'swasta', 'dunia usaha'],
  LAIN: ['lainnya', 'lain lain', 'sumber lain', 'lain'],
};

/** Whether `needle` occurs as whole consecutive tokens of `hay`. */
function containsTokens(hay: readonly string[], needle: readonly string[]): boolean {
  if (needle.length === 0 || needle.length > hay.length) return false;
  for (let start = 0; start + needle.length <= hay.length; start++) {
    if (needle.every((token, i) => hay[start + i] === token)) return true;
  }
  return false;
}

function unique<T>(matches: readonly T[]): T | null | 'ambiguous' {
  if (matches.length === 0) return null;
  return matches.length === 1 ? (matches[0] as T) : 'ambiguous';
}

/** `Desa Tolo`, `Kel. Tolo` → `tolo`; `Tolo (Kelara)` → name and kecamatan. */
function villageQuery(text: string): { name: string; kecamatan: string | null } {
  const match = /^(.*?)\s*\(([^)]*)\)\s*$/.exec(text);
  const rawName = match ? (match[1] as string) : text;
  const name = foldForSearch(rawName).replace(/^(desa|kelurahan|kel\.?|ds\.?)\s+/, '');
  const kecamatan = match ? foldForSearch(match[2] as string).replace(/^(kecamatan|kec\.?)\s+/, '') : null;
  return { name, kecamatan };
}

export interface Resolver {
  intervention(text: string): Resolved<Pick<Intervention, 'id' | 'kind'>>;
  kind(text: string): Resolved<InterventionKind>;
  village(text: string): Resolved<string>;
  villages(text: string): Resolved<string[]>;
  institution(text: string): Resolved<string>;
  institutions(text: string): Resolved<string[]>;
  fundingSource(text: string): Resolved<string>;
  status(text: string): Resolved<PlanRowStatus>;
  /** By its label (`5. Rembuk Stunting (8 Aksi Konvergensi)`) or its name alone when that is unique. */
  convergenceAction(text: string): Resolved<string>;
  /** One commitment per line, by its label (`commitmentLabel`). */
  commitments(text: string): Resolved<string[]>;
}

/** Keys under which each entry can be found: every name it goes by, compacted. */
function indexBy<T>(entries: readonly T[], keysOf: (entry: T) => string[]): Map<string, T[]> {
  const index = new Map<string, T[]>();
  for (const entry of entries)
    for (const key of new Set(keysOf(entry).map(compact))) if (key) index.set(key, [...(index.get(key) ?? []), entry]);
  return index;
}

export function createResolver(lookups: PlanLookups): Resolver {
  const interventionsByKey = new Map<string, Pick<Intervention, 'id' | 'kind'>[]>();
  const addIntervention = (key: string, entry: Pick<Intervention, 'id' | 'kind'>): void => {
    if (!key) return;
    const list = interventionsByKey.get(key) ?? [];
    if (!list.some((e) => e.id === entry.id)) list.push(entry);
    interventionsByKey.set(key, list);
  };
  for (const i of lookups.interventions) {
    addIntervention(compact(i.name), i);
    if (i.code) {
      addIntervention(compact(i.code), i);
      addIntervention(compact(`${i.code} ${i.name}`), i);
    }
  }

  const villagesByName = new Map<string, PlanVillage[]>();
  const villagesByCode = new Map<string, PlanVillage>();
  for (const v of lookups.villages) {
    const key = foldForSearch(v.name);
    villagesByName.set(key, [...(villagesByName.get(key) ?? []), v]);
    villagesByCode.set(v.code, v);
  }

  const institutionsByKey = new Map<string, InstitutionLookup[]>();
  for (const i of lookups.institutions) {
    for (const key of new Set([compact(i.name), i.shortName ? compact(i.shortName) : ''])) {
      if (!key) continue;
      institutionsByKey.set(key, [...(institutionsByKey.get(key) ?? []), i]);
    }
  }

  const sources = lookups.fundingSources.map((s) => ({
    id: s.id,
    keys: new Set([compact(s.code), compact(s.name), ...(FUNDING_ALIASES[s.code] ?? []).map(compact)]),
    tokens: tokens(s.name),
  }));

  const actionsByKey = indexBy(lookups.convergenceActions ?? [], (a) => [convergenceActionLabel(a), a.name]);
  const commitmentsByKey = indexBy(lookups.commitments ?? [], (c) => [commitmentLabel(c)]);

  const resolver: Resolver = {
    intervention(text) {
      const found = unique(interventionsByKey.get(compact(text)) ?? []);
      if (found === 'ambiguous') return fail('interventionAmbiguous', text);
      return found ? { ok: true, value: found } : fail('interventionUnknown', text);
    },

    kind(text) {
      const kind = KIND_WORDS[foldForSearch(text).replace(/[-_]+/g, ' ')];
      return kind ? { ok: true, value: kind } : fail('kindUnknown', text);
    },

    village(text) {
      const trimmed = text.trim();
      if (/^\d{2}\.\d{2}\.\d{2}\.\d{4}$/.test(trimmed)) {
        const byCode = villagesByCode.get(trimmed);
        if (byCode) return { ok: true, value: byCode.code };
        return lookups.villageElsewhere?.(trimmed)
          ? fail('villageOutsideArea', trimmed)
          : fail('villageUnknown', trimmed);
      }
      const query = villageQuery(trimmed);
      const named = villagesByName.get(query.name) ?? [];
      const matches = query.kecamatan ? named.filter((v) => foldForSearch(v.kecamatanName) === query.kecamatan) : named;
      const found = unique(matches);
      if (found === 'ambiguous') return fail('villageAmbiguous', trimmed);
      if (found) return { ok: true, value: found.code };
      return lookups.villageElsewhere?.(query.name)
        ? fail('villageOutsideArea', trimmed)
        : fail('villageUnknown', trimmed);
    },

    villages(text) {
      const codes: string[] = [];
      for (const part of splitList(text)) {
        const resolved = resolver.village(part);
        if (!resolved.ok) return resolved;
        if (!codes.includes(resolved.value)) codes.push(resolved.value);
      }
      return { ok: true, value: codes };
    },

    institution(text) {
      const found = unique(institutionsByKey.get(compact(text)) ?? []);
      if (found === 'ambiguous') return fail('institutionAmbiguous', text.trim());
      return found ? { ok: true, value: found.id } : fail('institutionUnknown', text.trim());
    },

    institutions(text) {
      const ids: string[] = [];
      // Institution names carry commas rarely but do (`Dinas Pengendalian Penduduk, KB …`): lines and `;` first.
      const parts = /[\n;]/.test(text) ? text.split(/[\n;]+/) : splitList(text);
      for (const part of parts.map((p) => p.trim()).filter(Boolean)) {
        const resolved = resolver.institution(part);
        if (!resolved.ok) return resolved;
        if (!ids.includes(resolved.value)) ids.push(resolved.value);
      }
      return { ok: true, value: ids };
    },

    fundingSource(text) {
      const key = compact(text);
      if (!key) return fail('fundingSourceUnknown', text);
      let found = unique(sources.filter((s) => s.keys.has(key)));
      if (found === null) {
        const wanted = tokens(text);
        found = unique(sources.filter((s) => containsTokens(s.tokens, wanted)));
      }
      if (found === 'ambiguous') return fail('fundingSourceAmbiguous', text.trim());
      return found ? { ok: true, value: found.id } : fail('fundingSourceUnknown', text.trim());
    },

    status(text) {
      const status = ROW_STATUS_WORDS[foldForSearch(text)];
      return status ? { ok: true, value: status } : fail('statusUnknown', text.trim());
    },

    convergenceAction(text) {
      const found = unique(actionsByKey.get(compact(text)) ?? []);
      if (found === 'ambiguous') return fail('convergenceActionAmbiguous', text.trim());
      return found ? { ok: true, value: found.id } : fail('convergenceActionUnknown', text.trim());
    },

    commitments(text) {
      const ids: string[] = [];
      // Labels hold commas: one commitment per line.
      for (const line of text
        .split('\n')
        .map((part) => part.trim())
        .filter(Boolean)) {
        const found = unique(commitmentsByKey.get(compact(line)) ?? []);
        if (found === 'ambiguous') return fail('commitmentAmbiguous', line);
        if (found === null) return fail('commitmentUnknown', line);
        if (!ids.includes(found.id)) ids.push(found.id);
      }
      return { ok: true, value: ids };
    },
  };
  return resolver;
}
