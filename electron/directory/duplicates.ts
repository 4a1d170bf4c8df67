import {
  COMPARED_FIELDS,
  type DirectoryDuplicates,
  type DirectoryKind,
  type DuplicateCandidate,
  type DuplicateSide,
} from '../../shared/domain/directory-links';
import {
  INSTITUTION_LEVEL_LABELS_ID,
  SECTOR_LABELS_ID,
  type InstitutionLevel,
  type Sector,
} from '../../shared/domain/directory';
import { institutionKey } from '../../shared/directory/match';
import { originOfRow } from '../db/ownership';
import type { Repositories } from '../db/repositories';
import type { InstitutionMatchRow, PersonMatchRow } from './repositories/duplicates';

/**
 * Likely duplicates across (and within) offices, found on stable keys: people by NIP, exactly;
 * institutions by area and name once case, spaces, punctuation and common abbreviations are set
 * aside. Pairs already linked, and pairs the user said are not the same, are left out. Nothing is
 * decided here: the list is offered, with the fields that differ.
 */

/** At most this many pairs per key: a name shared by many records is not a likely duplicate worth a list. */
const PAIRS_PER_KEY = 10;

function institutionSide(row: InstitutionMatchRow): DuplicateSide {
  return {
    id: row.id,
    name: row.name,
    origin: originOfRow(row),
    values: {
      name: row.name,
      shortName: row.short_name,
      sector: row.sector,
      level: row.level,
      areaCode: row.area_code,
      address: row.address,
    },
    shown: {
      name: row.name,
      shortName: row.short_name,
      sector: SECTOR_LABELS_ID[row.sector as Sector] ?? row.sector,
      level: INSTITUTION_LEVEL_LABELS_ID[row.level as InstitutionLevel] ?? row.level,
      areaCode: row.area_name ?? row.area_code,
      address: row.address,
    },
  };
}

function personSide(row: PersonMatchRow): DuplicateSide {
  const values = {
    name: row.name,
    position: row.position,
    institutionId: row.institution_id,
    nip: row.nip,
    rank: row.rank,
  };
  return {
    id: row.id,
    name: row.name,
    origin: originOfRow(row),
    values,
    shown: { ...values, institutionId: row.institution_name },
  };
}

function pairsOf<T extends { id: string }>(groups: Map<string, T[]>, take: (a: T, b: T) => void): void {
  for (const members of groups.values()) {
    let pairs = 0;
    for (let i = 0; i < members.length && pairs < PAIRS_PER_KEY; i++)
      for (let j = i + 1; j < members.length && pairs < PAIRS_PER_KEY; j++, pairs++)
        take(members[i] as T, members[j] as T);
  }
}

function groupBy<T>(rows: T[], key: (row: T) => string): Map<string, T[]> {
  const groups = new Map<string, T[]>();
  for (const row of rows) {
    const k = key(row);
    const list = groups.get(k);
    if (list) list.push(row);
    else groups.set(k, [row]);
  }
  return groups;
}

export function findDuplicates(repos: Repositories): DirectoryDuplicates {
  const candidates = (kind: DirectoryKind, groups: Map<string, DuplicateSide[]>, matchedOn: 'nip' | 'name') => {
    const linked = repos.directoryLinks.groups(kind);
    const declined = repos.directoryLinks.notDuplicates(kind);
    const found: DuplicateCandidate[] = [];
    pairsOf(groups, (first, second) => {
      const group = linked.get(first.id);
      if (group !== undefined && group === linked.get(second.id)) return;
      if (declined.has([first.id, second.id].sort().join('|'))) return;
      found.push({
        kind,
        matchedOn,
        first,
        second,
        differences: COMPARED_FIELDS[kind].filter((field) => first.values[field] !== second.values[field]),
        mergeable: first.origin === null && second.origin === null,
      });
    });
    return found;
  };
  const institutionRows = repos.duplicates.institutions().map((row) => ({ row, side: institutionSide(row) }));
  const institutionGroups = groupBy(institutionRows, ({ row }) => institutionKey(row.area_code, row.name));
  const institutions = candidates(
    'institutions',
    new Map([...institutionGroups].map(([key, rows]) => [key, rows.map(({ side }) => side)])),
    'name',
  );
  const people = candidates(
    'people',
    groupBy(repos.duplicates.peopleSharingNip().map(personSide), (side) => side.values.nip ?? ''),
    'nip',
  );
  return { institutions, people, total: institutions.length + people.length };
}
