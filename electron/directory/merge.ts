import type { Institution, Person } from '../../shared/domain/directory';
import { COMPARED_FIELDS, type DirectoryKind, type MergeResult } from '../../shared/domain/directory-links';
import { notFound, refused } from '../api/errors';
import type { Db } from '../db/connection';
import { FOREIGN_RECORD_PATTERN, officeName } from '../db/ownership';
import type { Repositories } from '../db/repositories';
import { checkPersonFields } from './people';
import type { InstitutionFields } from './repositories/institutions';
import type { PersonFields } from './repositories/people';

/**
 * Merging two of the office's own records of one institution or person (PRODUCT.md: "merge
 * duplicates"): the user picks the record to keep and, per differing field, the value to keep;
 * every reference to the other moves to the kept record, and the other is deleted for good (a
 * tombstone, so the deletion travels to the offices that received it), in one transaction.
 */

export interface MergeRequest {
  kind: DirectoryKind;
  keepId: string;
  removeId: string;
  /** Per compared field, the record whose value is kept (the kept record's when absent). */
  take: Partial<Record<string, 'keep' | 'remove'>>;
}

/** The fields each kind stores, as its repository's update takes them. */
const STORED_FIELDS = {
  institutions: ['name', 'shortName', 'sector', 'level', 'areaCode', 'address', 'phone', 'email'],
  people: ['name', 'position', 'institutionId', 'nip', 'rank', 'phone', 'email'],
} as const;

/** The kept record's fields: the chosen values, and the other's contact details where the kept one has none. */
function mergedFields(
  kind: DirectoryKind,
  keep: Institution | Person,
  remove: Institution | Person,
  take: MergeRequest['take'],
): Record<string, unknown> {
  const kept = keep as unknown as Record<string, unknown>;
  const other = remove as unknown as Record<string, unknown>;
  const fields: Record<string, unknown> = {};
  for (const field of STORED_FIELDS[kind]) {
    const chosen = take[field] === 'remove' && (COMPARED_FIELDS[kind] as readonly string[]).includes(field);
    const contact = field === 'phone' || field === 'email';
    fields[field] = chosen || (contact && !kept[field]) ? other[field] : kept[field];
  }
  return fields;
}

function ownRecord(db: Db, repos: Repositories, kind: DirectoryKind, id: string): Institution | Person {
  const record = kind === 'institutions' ? repos.institutions.get(id) : repos.people.get(id);
  if (!record) throw notFound(kind === 'institutions' ? 'institution' : 'person');
  if (record.origin) throw refused('mergeForeign', { office: officeName(db, record.origin.officeId) });
  return record;
}

export function mergeRecords(db: Db, repos: Repositories, request: MergeRequest): MergeResult {
  const { kind, keepId, removeId } = request;
  if (keepId === removeId) throw refused('duplicateSame');
  return db.transaction(() => {
    const keep = ownRecord(db, repos, kind, keepId);
    const remove = ownRecord(db, repos, kind, removeId);
    const moved: Record<string, number> = {};
    try {
      for (const reference of repos.merges.referencesTo(kind)) {
        const count = repos.merges.move(reference, removeId, keepId);
        if (count > 0) moved[`${reference.table}.${reference.column}`] = count;
      }
    } catch (error) {
      // A record of another office names the one to remove: it cannot be changed here.
      const owner = error instanceof Error ? FOREIGN_RECORD_PATTERN.exec(error.message)?.[1] : undefined;
      if (owner) throw refused('mergeReferencedElsewhere', { office: officeName(db, owner), name: remove.name });
      throw error;
    }
    repos.merges.deleteForGood(kind, removeId);
    repos.directoryLinks.transfer(kind, removeId, keepId);
    if (kind === 'institutions') {
      repos.institutions.update(keepId, mergedFields(kind, keep, remove, request.take) as unknown as InstitutionFields);
    } else {
      const fields = mergedFields(kind, keep, remove, request.take) as unknown as PersonFields;
      checkPersonFields(repos, fields, keepId);
      repos.people.update(keepId, fields);
    }
    const entity = kind === 'institutions' ? 'institution' : 'person';
    repos.history.record({ entity, entityId: keepId, action: 'merge', changes: { removedId: removeId, moved } });
    return { keptId: keepId, removedId: removeId, moved };
  })();
}
