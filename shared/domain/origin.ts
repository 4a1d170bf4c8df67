/**
 * Where a record of another office came from (issue 11): shown as "dari Kantor Camat Rumbia" and
 * read only. Null for the office's own records (and for shared ones, such as the seeded catalogue).
 */
export interface RecordOrigin {
  officeId: string;
  officeName: string;
}
