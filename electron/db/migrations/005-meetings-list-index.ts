/**
 * The meetings list (issue 8, query plans asserted in tests/node/db/query-plans.test.ts). Every page
 * asks for meetings or templates (`is_template`) of the live rows, newest or oldest first, with
 * the total: the existing indexes left SQLite counting through `meetings_status` and reading
 * every meeting row for `is_template`, and sorting each date's meetings again. This index walks
 * the page in order and counts without reading table rows, also by status or kind. `deleted_at`
 * is a key column rather than a partial-index condition: SQLite does not count a column of the
 * index's WHERE as covered, so a partial index would still read every row. Never edit once
 * released.
 */
export const sql = `
CREATE INDEX meetings_list ON meetings (is_template, deleted_at, date DESC, start_time DESC, id DESC, status, kind);
`;
