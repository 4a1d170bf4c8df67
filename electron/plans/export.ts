import type { DataContext } from '../db/clock';
import { repositoriesOf } from '../db/repositories';
import { planWithRows } from './plans';
import { planWorkbook, type PlanLinks } from './xlsx-export';

/** `Rencana Aksi - <title>.xlsx`, without characters Windows refuses in file names. */
export function planFileName(title: string, extension: string): string {
  const printable = [...title].filter((c) => c >= ' ').join('');
  const safe = printable
    .replace(/[\\/:*?"<>|]+/g, ' ')
    .replace(/\s+/g, ' ')
    .trim()
    .slice(0, 120);
  return `Rencana Aksi - ${safe}.${extension}`;
}

/** The plan as XLSX bytes: its rows, totals and links read in one transaction, then written by exceljs. */
export async function planXlsxBytes(
  ctx: DataContext,
  planId: string,
): Promise<{ bytes: Uint8Array; fileName: string }> {
  const repos = repositoriesOf(ctx);
  const { plan, rows, totals, links } = ctx.db.transaction(() => {
    const read = planWithRows(repos, planId);
    const links: PlanLinks = {
      convergenceActions: repos.catalogue.convergenceActions.list(),
      commitments: repos.commitmentRefs.of(read.rows.flatMap((row) => row.commitmentIds)),
    };
    return { ...read, links };
  })();
  const bytes = await planWorkbook(plan, rows, totals, links);
  return { bytes, fileName: planFileName(plan.title, 'xlsx') };
}
