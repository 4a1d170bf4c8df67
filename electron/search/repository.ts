import {
  SEARCH_SIMILAR_SHOWN,
  type SearchArea,
  type SearchGroup,
  type SearchHit,
  type SearchKind,
  type SearchOffice,
  type SearchPage,
  type SearchSimilar,
} from '../../shared/domain/follow-up';
import { dashboardPeriodRange, type DashboardPeriod } from '../../shared/domain/dashboard-period';
import type { Db } from '../db/connection';
import { matchExpression, queryWords } from './fts';
import { bestSnippet } from './snippet';

/**
 * A word as common as "stunting" matches 130,000 rows of ten years of minutes, and bm25 has to
 * score every match it ranks (about 0.5 µs each, with its snippet). Queries matching more rows
 * than this rank the most recently written ones (FTS rowids grow with each insert or edit).
 */
const RANK_WINDOW = 10_000;
/**
 * The search box groups the best this many hits of its window. Repeated lines tie in rank and
 * fill the top: on ten years, 200 rows gave "balita gizi buruk" 3 groups, 400 rows give 50.
 */
const DIALOG_ROWS = 400;

/** Title hits first: bm25 weights for the columns title, body, kind. */
const BM25 = 'bm25(search_index, 10.0, 1.0, 0.0)';

/**
 * Meetings and people are themselves, never grouped by text; other hits group by kind and text.
 * People linked in the shared directory (copies of one person from several offices) are one group.
 */
const UNGROUPED: readonly SearchKind[] = ['meeting', 'person'];
/** SQL: the directory link group of the person hit `doc` (NULL when it is not linked). */
const personLinkSql = (doc: string) => `(SELECT l.group_id FROM search_docs pd
  JOIN directory_links l ON l.kind = 'people' AND l.record_id = pd.ref_id WHERE pd.doc = ${doc})`;
const groupKeySql = (h: string) => `CASE
  WHEN ${h}.kind = 'person' THEN coalesce('person' || char(0) || ${personLinkSql(`${h}.rowid`)}, ${h}.rowid)
  WHEN ${h}.kind IN (${UNGROUPED.map((k) => `'${k}'`).join(', ')}) THEN ${h}.rowid
  ELSE ${h}.kind || char(0) || ${h}.title || char(0) || ${h}.body END`;

function groupKey(doc: number, kind: SearchKind, title: string, body: string, linkGroup: string | null): string {
  if (kind === 'person' && linkGroup !== null) return `person\u0000${linkGroup}`;
  return UNGROUPED.includes(kind) ? String(doc) : `${kind}\u0000${title}\u0000${body}`;
}

interface RankedRow {
  doc: number;
  rank: number;
  kind: SearchKind;
  title: string;
  body: string;
}

/** One group of the results page: its best hit (`doc`), that hit's rank, and every member. */
interface GroupRow {
  doc: number;
  rank: number;
  members: number;
  docs: string;
}

/** Every group of one search of the results page, best first, and how many hits they hold. */
interface Grouped {
  groups: GroupRow[];
  total: number;
}

/** Groupings kept for paging and going back to a search: a few, each a few MB at most. */
const GROUPINGS_KEPT = 4;

interface DocRow {
  kind: SearchKind;
  ref_id: string;
  meeting_id: string | null;
  meeting_title: string | null;
  meeting_date: string | null;
  meeting_time: string | null;
  plan_id: string | null;
  plan_title: string | null;
  plan_year: number | null;
  live: 0 | 1;
  title: string | null;
  areas: string | null;
  institution: string | null;
  due_date: string | null;
}

export interface SearchPageOptions {
  query: string;
  kind?: SearchKind | undefined;
  /** A whole year: the same as a period of kind `year`. */
  year?: number | undefined;
  /** A year, a semester or a quarter (wins over `year`). */
  period?: DashboardPeriod | undefined;
  areaCode?: string | undefined;
  /** Records of one office (issue 11): meetings and their parts, plans and their rows, people. */
  officeId?: string | undefined;
  limit: number;
  offset: number;
}

/** Whether a record of each kind belongs to an office (the FTS index knows neither). */
const OWNED_RECORDS = ['meetings', 'action_plans', 'people'] as const;

/** Whether search doc `d` (with its meeting `m`, plan row `r` and plan `p`) is live. */
const LIVE = `(m.id IS NULL OR (m.deleted_at IS NULL AND m.is_template = 0))
  AND (r.id IS NULL OR (r.deleted_at IS NULL AND p.deleted_at IS NULL))`;

/** An area and everything under it: codes are dotted paths (73.04 → 73.04.01 → 73.04.01.2001). */
const IN_AREA = (column: string) => `(${column} = @area OR (${column} > @areaLow AND ${column} < @areaHigh))`;

/**
 * Full-text search over meetings, agenda items, minutes entries, decisions and commitments
 * (search_index, migration 003), people and action-plan rows (migration 007). Every word of the query is a prefix; results are ranked by bm25
 * with titles weighted above bodies and come with a snippet marked by \u0001 … \u0002. Hits of the
 * same kind and text are grouped (SearchGroup).
 */
export function searchRepository(db: Db) {
  // The rowid from which the newest RANK_WINDOW matches start (null: fewer matches than that).
  const windowStart = db
    .prepare<{ match: string; skip: number }, number>(
      'SELECT rowid FROM search_index WHERE search_index MATCH @match ORDER BY rowid DESC LIMIT 1 OFFSET @skip',
    )
    .pluck();
  // No snippet() here: FTS5 computes it for every row of the window before the sort keeps the
  // best, which cost more than the ranking itself; the hits shown get theirs in JS (snippet.ts).
  const ranked = db.prepare<{ match: string; from: number; limit: number }, RankedRow>(
    `SELECT rowid AS doc, ${BM25} AS rank, kind, title, body FROM search_index
     WHERE search_index MATCH @match AND rowid >= @from ORDER BY rank LIMIT @limit`,
  );
  // Deleting a meeting or a plan deletes its parts, whose triggers drop them from the index, and
  // templates' parts are never indexed: every match is a live hit.
  const matchCount = db
    .prepare<{ match: string }, number>('SELECT count(*) FROM search_index WHERE search_index MATCH @match')
    .pluck();
  const docOf = db.prepare<[number], DocRow>(
    `SELECT d.kind, d.ref_id, d.meeting_id, m.title AS meeting_title, m.date AS meeting_date, m.start_time AS meeting_time,
       p.id AS plan_id, p.title AS plan_title, p.year AS plan_year, ${LIVE} AS live,
       CASE d.kind
         WHEN 'meeting' THEN m.title
         WHEN 'agenda' THEN (SELECT title FROM agenda_items WHERE id = d.ref_id)
         WHEN 'minutes' THEN (SELECT coalesce(a.title, m.title) FROM minutes_entries e
           LEFT JOIN agenda_items a ON a.id = e.agenda_item_id WHERE e.id = d.ref_id)
         WHEN 'decision' THEN (SELECT coalesce(a.title, m.title) FROM decisions x
           LEFT JOIN agenda_items a ON a.id = x.agenda_item_id WHERE x.id = d.ref_id)
         WHEN 'commitment' THEN ci.name
         WHEN 'person' THEN (SELECT name FROM people WHERE id = d.ref_id)
         WHEN 'plan_row' THEN r.activity
       END AS title,
       CASE WHEN m.id IS NOT NULL THEN (SELECT json_group_array(json_object('name', name, 'level', level, 'kind', kind))
           FROM (SELECT a.name, a.level, a.kind FROM meeting_areas ma JOIN areas a ON a.code = ma.area_code
             WHERE ma.meeting_id = m.id ORDER BY ma.position, a.name))
         ELSE (SELECT json_array(json_object('name', name, 'level', level, 'kind', kind)) FROM areas
           WHERE code = p.area_code) END AS areas,
       CASE d.kind
         WHEN 'commitment' THEN ci.name
         WHEN 'person' THEN (SELECT i.name FROM people x JOIN institutions i ON i.id = x.institution_id
           WHERE x.id = d.ref_id)
       END AS institution,
       c.due_date
     FROM search_docs d LEFT JOIN meetings m ON m.id = d.meeting_id
       LEFT JOIN plan_rows r ON d.kind = 'plan_row' AND r.id = d.ref_id
       LEFT JOIN action_plans p ON p.id = r.plan_id
       LEFT JOIN commitments c ON d.kind = 'commitment' AND c.id = d.ref_id
       LEFT JOIN institutions ci ON ci.id = c.institution_id
     WHERE d.doc = ?`,
  );

  function describe(doc: number, rank: number, snippet: string): SearchHit | null {
    const row = docOf.get(doc);
    if (!row || !row.live) return null;
    return {
      kind: row.kind,
      id: row.ref_id,
      meetingId: row.meeting_id,
      meetingTitle: row.meeting_title,
      meetingDate: row.meeting_date,
      meetingTime: row.meeting_time,
      planId: row.plan_id,
      planTitle: row.plan_title,
      title: row.title ?? row.meeting_title ?? '',
      snippet,
      rank,
      areas: row.areas ? (JSON.parse(row.areas) as SearchArea[]) : [],
      institution: row.institution,
      dueDate: row.due_date,
      planYear: row.plan_year,
    };
  }

  /** The similar hits of a group, newest first (the higher doc was written later). */
  function similarOf(docs: number[], shown: number, snippet: string): SearchHit[] {
    return [...docs]
      .sort((a, b) => b - a)
      .slice(0, shown)
      .map((doc) => describe(doc, 0, snippet))
      .filter((hit): hit is SearchHit => hit !== null);
  }

  // The full results page ranks every hit and groups them in SQL; filters join each hit to its
  // meeting or plan (the FTS index knows only the kind). Grouping reads the text of every match
  // (143,000 rows for "stunting" in ten years: most of the time goes there), so the whole
  // grouping is kept for the pages that follow, until the database changes.
  const groupStatements = new Map<string, ReturnType<typeof db.prepare<Record<string, unknown>, GroupRow>>>();
  function groupStatement(options: { period: boolean; area: boolean; office: boolean }) {
    const key = `${options.period}:${options.area}:${options.office}`;
    const cached = groupStatements.get(key);
    if (cached) return cached;
    const conditions: string[] = [];
    // A plan is made for a year: its rows belong to every semester and quarter of it.
    if (options.period) conditions.push(`(m.date BETWEEN @from AND @to OR (m.id IS NULL AND p.year = @periodYear))`);
    if (options.area)
      conditions.push(`(EXISTS (SELECT 1 FROM meeting_areas ma WHERE ma.meeting_id = m.id AND ${IN_AREA('ma.area_code')})
        OR ${IN_AREA('p.area_code')}
        OR (d.kind = 'person' AND EXISTS (SELECT 1 FROM people x JOIN institutions i ON i.id = x.institution_id
          WHERE x.id = d.ref_id AND ${IN_AREA('i.area_code')})))`);
    if (options.office)
      conditions.push(`coalesce(m.owner_office_id, p.owner_office_id,
        (SELECT x.owner_office_id FROM people x WHERE d.kind = 'person' AND x.id = d.ref_id)) = @office`);
    // Every match is live (see matchCount): without a filter no hit needs its meeting or plan.
    const joins = conditions.length
      ? `JOIN search_docs d ON d.doc = h.rowid
           LEFT JOIN meetings m ON m.id = d.meeting_id
           LEFT JOIN plan_rows r ON d.kind = 'plan_row' AND r.id = d.ref_id
           LEFT JOIN action_plans p ON p.id = r.plan_id
         WHERE ${conditions.join(' AND ')}`
      : '';
    // min(rank) makes `doc` the best-ranked member of its group (SQLite's bare column rule).
    const statement = db.prepare<Record<string, unknown>, GroupRow>(
      `WITH hits AS MATERIALIZED (
         SELECT rowid, kind, title, body, ${BM25} AS rank FROM search_index WHERE search_index MATCH @match
       ),
       kept AS (
         SELECT h.rowid AS doc, h.rank, ${groupKeySql('h')} AS grp FROM hits h ${joins}
       )
       SELECT doc, min(rank) AS rank, count(*) AS members, group_concat(doc) AS docs FROM kept
       GROUP BY grp ORDER BY rank, doc`,
    );
    groupStatements.set(key, statement);
    return statement;
  }

  // Any write on this connection moves total_changes(); one on another moves data_version.
  const dataVersion = db
    .prepare<[], string>(`SELECT (SELECT data_version FROM pragma_data_version) || ':' || total_changes()`)
    .pluck();
  const groupings = new Map<string, Grouped>();
  function grouped(statementOptions: Parameters<typeof groupStatement>[0], params: Record<string, unknown>): Grouped {
    const key = JSON.stringify([dataVersion.get(), statementOptions, params]);
    const kept = groupings.get(key);
    if (kept) {
      // The most recently used last: the first one is the one to forget.
      groupings.delete(key);
      groupings.set(key, kept);
      return kept;
    }
    const groups = groupStatement(statementOptions).all(params);
    const result = { groups, total: groups.reduce((sum, group) => sum + group.members, 0) };
    groupings.set(key, result);
    for (const old of groupings.keys()) {
      if (groupings.size <= GROUPINGS_KEPT) break;
      groupings.delete(old);
    }
    return result;
  }
  const linkGroupOf = db.prepare<[number], string>(`SELECT ${personLinkSql('?')}`).pluck();
  // The other copies of a linked person among the matches of a query, newest first.
  const linkedCopies = db
    .prepare<{ match: string; doc: number }, number>(
      `SELECT d.doc FROM search_docs pd
       JOIN directory_links l ON l.kind = 'people' AND l.record_id = pd.ref_id
       JOIN directory_links m ON m.kind = l.kind AND m.group_id = l.group_id AND m.record_id <> l.record_id
       JOIN search_docs d ON d.kind = 'person' AND d.ref_id = m.record_id
       WHERE pd.doc = @doc AND d.doc IN (SELECT rowid FROM search_index WHERE search_index MATCH @match)
       ORDER BY d.doc DESC`,
    )
    .pluck();
  const textOf = db.prepare<[number], { title: string; body: string }>(
    'SELECT title, body FROM search_index WHERE rowid = ?',
  );

  // The hits whose text is the same as one hit's, among the matches of a query (the group of
  // that hit, as the results page forms it), newest first.
  const docOfRef = db
    .prepare<[string, string], number>('SELECT doc FROM search_docs WHERE ref_id = ? AND kind = ?')
    .pluck();
  const sameText = db
    .prepare<{ match: string; doc: number; title: string; body: string }, number>(
      `SELECT rowid FROM search_index WHERE search_index MATCH @match AND rowid <> @doc
       AND title = @title AND body = @body ORDER BY rowid DESC`,
    )
    .pluck();

  // Offices whose records the database holds (the local one and those received in packages).
  const officesWithRecords = db.prepare<[], SearchOffice>(
    `SELECT o.id, coalesce(nullif(o.name, ''), o.id) AS name FROM offices o
      WHERE ${OWNED_RECORDS.map((table) => `EXISTS (SELECT 1 FROM ${table} WHERE owner_office_id = o.id)`).join(' OR ')}
      ORDER BY o.name, o.id`,
  );

  return {
    /**
     * The search box: the best `limit` groups of hits for `query` (rank is bm25: lower is
     * better). Groups are formed among the best DIALOG_ROWS hits;
     * the results page (page) groups every hit. Anything a user may type is safe: a query
     * without letters or digits finds nothing.
     */
    query(query: string, limit: number): SearchGroup[] {
      const words = queryWords(query);
      const match = matchExpression(words, ['title', 'body']);
      if (!match) return [];
      const from = windowStart.get({ match, skip: RANK_WINDOW - 1 }) ?? 0;
      const groups = new Map<string, { first: RankedRow; others: number[] }>();
      for (const row of ranked.all({ match, from, limit: DIALOG_ROWS })) {
        const key = groupKey(
          row.doc,
          row.kind,
          row.title,
          row.body,
          row.kind === 'person' ? (linkGroupOf.get(row.doc) ?? null) : null,
        );
        const group = groups.get(key);
        if (group) group.others.push(row.doc);
        else if (groups.size < limit + 10) groups.set(key, { first: row, others: [] });
      }
      // A little more than asked: hits of a meeting or plan deleted without its parts are dropped.
      const out: SearchGroup[] = [];
      for (const { first, others } of groups.values()) {
        const hit = describe(first.doc, first.rank, bestSnippet(first.title, first.body, words));
        if (!hit) continue;
        // Describing similar hits costs a read of each one's meeting: the box only counts them
        // (its "+N serupa" leads to the results page, where they are listed).
        out.push({ hit, similarCount: others.length, similar: [] });
        if (out.length === limit) break;
      }
      return out;
    },

    /**
     * How many hits `query` has. Apart from query(): counting walks every match (20 ms for
     * "stunting" in ten years), so the box shows its hits first and the total when it comes.
     */
    count(query: string): number {
      const match = matchExpression(queryWords(query), ['title', 'body']);
      return match ? (matchCount.get({ match }) ?? 0) : 0;
    },

    /** The full results page: every hit ranked and grouped, filtered, one page of groups. */
    page(options: SearchPageOptions): SearchPage {
      const words = queryWords(options.query);
      const text = matchExpression(words, ['title', 'body']);
      if (!text) return { total: 0, groupTotal: 0, groups: [] };
      const match = options.kind ? `${text} AND {kind} : "${options.kind}"` : text;
      const params: Record<string, unknown> = { match };
      const period = options.period ?? (options.year ? { kind: 'year' as const, year: options.year, index: 1 } : null);
      if (period) Object.assign(params, dashboardPeriodRange(period), { periodYear: period.year });
      if (options.areaCode) {
        params.area = options.areaCode;
        params.areaLow = `${options.areaCode}.`;
        params.areaHigh = `${options.areaCode}/`;
      }
      if (options.officeId) params.office = options.officeId;
      const all = grouped(
        { period: Boolean(period), area: Boolean(options.areaCode), office: Boolean(options.officeId) },
        params,
      );
      // Past the last page (the data changed under it): no groups, but the totals of what there is.
      const groups: SearchGroup[] = [];
      for (const row of all.groups.slice(options.offset, options.offset + options.limit)) {
        const found = textOf.get(row.doc);
        const snippet = found ? bestSnippet(found.title, found.body, words) : '';
        const hit = describe(row.doc, row.rank, snippet);
        if (!hit) continue;
        const others = row.docs
          .split(',')
          .map(Number)
          .filter((doc) => doc !== row.doc);
        groups.push({ hit, similarCount: others.length, similar: similarOf(others, SEARCH_SIMILAR_SHOWN, snippet) });
      }
      return { total: all.total, groupTotal: all.groups.length, groups };
    },

    /**
     * The hits of `query` with the same text as the hit `ref` (its group, as the results page
     * forms it), the newest `limit` of them, and how many there are. The search box opens its
     * "+N serupa" with these.
     */
    similar(options: { query: string; kind: SearchKind; id: string; limit: number }): SearchSimilar {
      const words = queryWords(options.query);
      const text = matchExpression(words, ['title', 'body']);
      const doc = text ? docOfRef.get(options.id, options.kind) : undefined;
      const found = doc === undefined ? undefined : textOf.get(doc);
      if (!text || doc === undefined || !found || options.kind === 'meeting') return { total: 0, hits: [] };
      const match = `${text} AND {kind} : "${options.kind}"`;
      const docs =
        options.kind === 'person'
          ? linkedCopies.all({ match, doc })
          : sameText.all({ match, doc, title: found.title, body: found.body });
      const snippet = bestSnippet(found.title, found.body, words);
      return { total: docs.length, hits: similarOf(docs, options.limit, snippet) };
    },

    /** The offices whose records the database holds, when there are more than one (else none to choose). */
    offices(): SearchOffice[] {
      const offices = officesWithRecords.all();
      return offices.length > 1 ? offices : [];
    },
  };
}
