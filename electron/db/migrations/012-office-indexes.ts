/**
 * Views across offices (issue 11): a kabupaten holding 11–40 kecamatan's data filters the ledger,
 * the dashboard and the meetings list by the office records came from. Without these indexes a
 * filter on `owner_office_id` walks every commitment (or meeting) and reads each wide row; with
 * them one office's listed commitments are a range of a covering index, in due-date order, and
 * one office's meetings a range in the list's order (query plans asserted in
 * tests/node/db/query-plans.test.ts, views across offices). Never edit once released.
 */
export const sql = `
CREATE INDEX commitments_ledger_office ON commitments (
  owner_office_id, due_date IS NULL, due_date, status, meeting_zone, institution_id, meeting_id, search_doc
) WHERE listed = 1;
CREATE INDEX meetings_list_office
  ON meetings (owner_office_id, is_template, deleted_at, date DESC, start_time DESC, id DESC, status, kind);
`;
