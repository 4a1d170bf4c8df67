import type { Db } from '../../../electron/db/connection';
import { applyingPackage } from '../../../electron/db/exchange-functions';
import { PART_TABLES, RECORD_TABLES } from '../../../electron/db/migrations/009-ownership';

/**
 * Copies the records another installation owns (and their parts) from its database file into
 * `db`, in one transaction, as a package import will: in applyingPackage mode, with the owner and
 * versions they have there, after the office's row.
 */
export function receive(db: Db, from: string, office: { id: string; name: string; areaCode: string }): void {
  const owner = office.id;
  db.prepare('ATTACH DATABASE ? AS other').run(from);
  try {
    applyingPackage(db, () =>
      db.transaction(() => {
        db.prepare('INSERT INTO offices (id, name, level, area_code, created_at) VALUES (?, ?, ?, ?, ?)').run(
          owner,
          office.name,
          'kecamatan',
          office.areaCode,
          '2025-10-20T00:00:00.000Z',
        );
        for (const { table } of RECORD_TABLES)
          db.prepare(`INSERT INTO main.${table} SELECT * FROM other.${table} WHERE owner_office_id = ?`).run(owner);
        for (const { table, parent } of PART_TABLES)
          db.prepare(
            `INSERT INTO main.${table} SELECT p.* FROM other.${table} p
             JOIN other.${parent.table} x ON x.id = p.${parent.column} WHERE x.owner_office_id = ?`,
          ).run(owner);
      })(),
    );
  } finally {
    db.prepare('DETACH DATABASE other').run();
  }
}
