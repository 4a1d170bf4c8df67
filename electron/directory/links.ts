import type { Page } from '../../shared/domain/directory';
import type { DirectoryKind } from '../../shared/domain/directory-links';
import { notFound, refused } from '../api/errors';
import type { Repositories } from '../db/repositories';

/**
 * Links in the directory (docs/exchange.md "Shared directory"): the office's own decision that two
 * records (often of two offices) are one institution or person. Any two live records of one kind
 * may be linked, another office's too, since a link changes none of them and is never exchanged.
 */

function exists(repos: Repositories, kind: DirectoryKind, id: string): boolean {
  return kind === 'institutions' ? repos.institutions.exists(id) : repos.people.exists(id);
}

/** Both records live and distinct, else the refusal a person understands. */
export function checkPair(repos: Repositories, kind: DirectoryKind, firstId: string, secondId: string): void {
  if (firstId === secondId) throw refused('duplicateSame');
  for (const id of [firstId, secondId])
    if (!exists(repos, kind, id)) throw notFound(kind === 'institutions' ? 'institution' : 'person');
}

export function linkRecords(repos: Repositories, kind: DirectoryKind, firstId: string, secondId: string): void {
  checkPair(repos, kind, firstId, secondId);
  repos.directoryLinks.link(kind, firstId, secondId);
}

export function unlinkRecord(repos: Repositories, kind: DirectoryKind, id: string): void {
  if (!repos.directoryLinks.unlink(kind, id)) throw refused('notLinked');
}

export function markNotDuplicate(repos: Repositories, kind: DirectoryKind, firstId: string, secondId: string): void {
  checkPair(repos, kind, firstId, secondId);
  repos.directoryLinks.markNotDuplicate(kind, firstId, secondId);
}

/** A page of the directory with each entry's linked copies (the list shows a group as one entry). */
export function withCopies<T extends { id: string }>(repos: Repositories, kind: DirectoryKind, page: Page<T>): Page<T> {
  const copies = repos.directoryLinks.copiesOf(
    kind,
    page.items.map((item) => item.id),
  );
  if (copies.size === 0) return page;
  return {
    ...page,
    items: page.items.map((item) => (copies.has(item.id) ? { ...item, copies: copies.get(item.id) } : item)),
  };
}
