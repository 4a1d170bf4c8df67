/**
 * The search box (Ctrl+K) also finds people of the directory, by name and position, and the rows
 * of action plans, by activity, indicator, target group and notes (issue 13).
 *
 * `search_docs` allowed only the meeting kinds in a CHECK, which SQLite cannot alter: the table is
 * copied aside, created again with the two new kinds and filled back with the same doc numbers
 * (the FTS rowids and `commitments.search_doc` point at them). The triggers of migration 003 name
 * the table, not its definition, so they keep working.
 *
 * People: only live people are indexed; a rename re-indexes, a deletion or an erase
 * (`people.erase` renames and deletes in one UPDATE) drops the row. Phone numbers, e-mail
 * addresses, NIP and rank are never indexed. FTS5's secure-delete is switched on so that a dropped
 * row's words are removed from the index itself at once, not left in its segments until they
 * merge: an erased name must not stay findable in the file.
 *
 * Plan rows: live rows; a row of a deleted plan stays indexed with its rows (a deleted plan soft-
 * deletes them too) and is left out at query time otherwise.
 */
const LIVE = (r: string) => `${r}.deleted_at IS NULL`;
const PERSON_TITLE = (r: string) => `${r}.name`;
const PERSON_BODY = (r: string) => `coalesce(${r}.position, '')`;

const ROW_TITLE = (r: string) => `${r}.activity`;
const ROW_BODY = (r: string) =>
  `trim(coalesce(${r}.indicator, '') || ' ' || coalesce(${r}.target_group, '') || ' ' || coalesce(${r}.notes, ''))`;

function docOf(kind: string, id: string): string {
  return `(SELECT doc FROM search_docs WHERE ref_id = ${id} AND kind = '${kind}')`;
}

function indexSql(
  kind: string,
  table: string,
  columns: string,
  indexed: (r: string) => string,
  title: (r: string) => string,
  body: (r: string) => string,
): string {
  const add = `
  INSERT INTO search_docs (kind, ref_id, meeting_id) SELECT '${kind}', NEW.id, NULL WHERE ${indexed('NEW')};
  INSERT INTO search_index (rowid, title, body, kind)
    SELECT last_insert_rowid(), ${title('NEW')}, ${body('NEW')}, '${kind}' WHERE ${indexed('NEW')};`;
  const drop = `
  DELETE FROM search_index WHERE rowid = ${docOf(kind, 'OLD.id')};
  DELETE FROM search_docs WHERE ref_id = OLD.id AND kind = '${kind}';`;
  return `
CREATE TRIGGER search_${kind}_insert AFTER INSERT ON ${table} BEGIN${add}
END;
CREATE TRIGGER search_${kind}_update AFTER UPDATE OF ${columns} ON ${table} BEGIN${drop}${add}
END;
CREATE TRIGGER search_${kind}_delete AFTER DELETE ON ${table} BEGIN${drop}
END;
INSERT INTO search_docs (kind, ref_id, meeting_id) SELECT '${kind}', r.id, NULL FROM ${table} r WHERE ${indexed('r')};
INSERT INTO search_index (rowid, title, body, kind)
  SELECT d.doc, ${title('r')}, ${body('r')}, d.kind FROM search_docs d JOIN ${table} r ON r.id = d.ref_id
  WHERE d.kind = '${kind}';`;
}

export const sql = /* sql */ `
CREATE TABLE search_docs_before_007 AS SELECT doc, kind, ref_id, meeting_id FROM search_docs;
DROP TABLE search_docs;
CREATE TABLE search_docs (
  doc INTEGER PRIMARY KEY,
  kind TEXT NOT NULL CHECK (kind IN ('meeting', 'agenda', 'minutes', 'decision', 'commitment', 'person', 'plan_row')),
  ref_id TEXT NOT NULL,
  meeting_id TEXT,
  UNIQUE (ref_id, kind)
) STRICT;
INSERT INTO search_docs (doc, kind, ref_id, meeting_id)
  SELECT doc, kind, ref_id, meeting_id FROM search_docs_before_007 ORDER BY doc;
DROP TABLE search_docs_before_007;

INSERT INTO search_index (search_index, rank) VALUES ('secure-delete', 1);
${indexSql('person', 'people', 'name, position, deleted_at', LIVE, PERSON_TITLE, PERSON_BODY)}
${indexSql('plan_row', 'plan_rows', 'activity, indicator, target_group, notes, deleted_at', LIVE, ROW_TITLE, ROW_BODY)}
`;
