import type { SearchHit, SearchKind } from '../../shared/domain/follow-up';
import type { Db } from '../db/connection';
import { matchExpression, queryWords } from './fts';

/**
 * A word as common as "stunting" matches 130,000 rows of ten years of minutes, and bm25 has to
 * score every match it ranks (about 0.5 µs each, with its snippet). Queries matching more rows
 * than this rank the most recently written ones (FTS rowids grow with each insert or edit).
 */
const RANK_WINDOW = 10_000;

/** Title hits first: bm25 weights for the columns title, body, kind. */
const BM25 = 'bm25(search_index, 10.0, 1.0, 0.0)';
const SNIPPET = "snippet(search_index, -1, char(1), char(2), '…', 16)";

interface HitRow {
  doc: number;
  rank: number;
  snippet: string | null;
}

interface DocRow {
  kind: SearchKind;
  ref_id: string;
  meeting_id: string | null;
  meeting_title: string | null;
  meeting_date: string | null;
  plan_id: string | null;
  plan_title: string | null;
  live: 0 | 1;
  title: string | null;
}

/**
 * Full-text search over meetings, agenda items, minutes entries, decisions and commitments
 * (search_index, migration 003), people and action-plan rows (migration 007). Every word of the query is a prefix; results are ranked by bm25
 * with titles weighted above bodies and come with a snippet marked by \u0001 … \u0002.
 */
export function searchRepository(db: Db) {
  // The rowid from which the newest RANK_WINDOW matches start (null: fewer matches than that).
  const windowStart = db
    .prepare<{ match: string; skip: number }, number>(
      'SELECT rowid FROM search_index WHERE search_index MATCH @match ORDER BY rowid DESC LIMIT 1 OFFSET @skip',
    )
    .pluck();
  // snippet() for every ranked row costs less than a second pass for the hits' snippets: the
  // second pass would have to hand every row of the window back to compare its rank.
  const ranked = db.prepare<{ match: string; from: number; limit: number }, HitRow>(
    `SELECT rowid AS doc, ${BM25} AS rank, ${SNIPPET} AS snippet FROM search_index
     WHERE search_index MATCH @match AND rowid >= @from ORDER BY rank LIMIT @limit`,
  );
  const docOf = db.prepare<[number], DocRow>(
    `SELECT d.kind, d.ref_id, d.meeting_id, m.title AS meeting_title, m.date AS meeting_date,
       p.id AS plan_id, p.title AS plan_title,
       (m.id IS NULL OR (m.deleted_at IS NULL AND m.is_template = 0))
         AND (r.id IS NULL OR (r.deleted_at IS NULL AND p.deleted_at IS NULL)) AS live,
       CASE d.kind
         WHEN 'meeting' THEN m.title
         WHEN 'agenda' THEN (SELECT title FROM agenda_items WHERE id = d.ref_id)
         WHEN 'minutes' THEN (SELECT coalesce(a.title, m.title) FROM minutes_entries e
           LEFT JOIN agenda_items a ON a.id = e.agenda_item_id WHERE e.id = d.ref_id)
         WHEN 'decision' THEN (SELECT coalesce(a.title, m.title) FROM decisions x
           LEFT JOIN agenda_items a ON a.id = x.agenda_item_id WHERE x.id = d.ref_id)
         WHEN 'commitment' THEN (SELECT i.name FROM commitments c JOIN institutions i ON i.id = c.institution_id
           WHERE c.id = d.ref_id)
         WHEN 'person' THEN (SELECT name FROM people WHERE id = d.ref_id)
         WHEN 'plan_row' THEN r.activity
       END AS title
     FROM search_docs d LEFT JOIN meetings m ON m.id = d.meeting_id
       LEFT JOIN plan_rows r ON d.kind = 'plan_row' AND r.id = d.ref_id
       LEFT JOIN action_plans p ON p.id = r.plan_id
     WHERE d.doc = ?`,
  );

  return {
    /**
     * Hits for `query`, best first (rank is bm25: lower is better). Anything a user may type is
     * safe: a query without letters or digits finds nothing.
     */
    query(query: string, limit: number): SearchHit[] {
      const match = matchExpression(queryWords(query), ['title', 'body']);
      if (!match) return [];
      const from = windowStart.get({ match, skip: RANK_WINDOW - 1 }) ?? 0;
      // A little more than asked: hits of a meeting or plan deleted without its parts are dropped below.
      const top = ranked.all({ match, from, limit: limit + 10 });
      const hits: SearchHit[] = [];
      for (const { doc, rank, snippet } of top) {
        const row = docOf.get(doc);
        if (!row || !row.live) continue;
        hits.push({
          kind: row.kind,
          id: row.ref_id,
          meetingId: row.meeting_id,
          meetingTitle: row.meeting_title,
          meetingDate: row.meeting_date,
          planId: row.plan_id,
          planTitle: row.plan_title,
          title: row.title ?? row.meeting_title ?? '',
          snippet: snippet ?? '',
          rank,
        });
        if (hits.length === limit) break;
      }
      return hits;
    },
  };
}
