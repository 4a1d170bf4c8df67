import type { DashboardSummary, RateRow } from '../../shared/domain/follow-up';
import { formatDateId } from '../../shared/format/dates';

function escapeHtml(text: string): string {
  return text.replace(/[&<>"']/g, (c) => `&#${c.charCodeAt(0)};`);
}

const percent = (row: RateRow) => (row.completionRate === null ? 0 : Math.round(row.completionRate * 100));

function bars(testId: string, rows: RateRow[]): string {
  const lines = rows.map(
    (row) =>
      `<div data-testid="rate-row"><span>${escapeHtml(row.label)}</span>` +
      `<span style="display:inline-block;height:18px;width:${percent(row)}px;background:#009E73"></span>` +
      `<span>${percent(row)}%</span></div>`,
  );
  return `<section data-testid="${testId}">${lines.join('')}</section>`;
}

/** The trend as two polylines on a 600 × 240 box, scaled to the largest month. */
function trend(points: DashboardSummary['trend']): string {
  const most = Math.max(1, ...points.map((p) => Math.max(p.due, p.done)));
  const line = (pick: (p: DashboardSummary['trend'][number]) => number) =>
    points.map((p, i) => `${(i * 600) / Math.max(1, points.length - 1)},${240 - (pick(p) * 240) / most}`).join(' ');
  return `<section data-testid="chart-trend"><svg width="600" height="240">
<polyline class="recharts-line-curve" fill="none" stroke="#0072B2" points="${line((p) => p.due)}"/>
<polyline class="recharts-line-curve" fill="none" stroke="#009E73" points="${line((p) => p.done)}"/>
</svg></section>`;
}

/**
 * The floor of `ui.dashboard`: the figures the dashboard shows for the default period (three
 * counts, the rates per sector, area and institution as bars, the trend as two polylines, the
 * most overdue as a table), written into a static HTML page with no script and no style sheet:
 * what the browser needs to draw them and nothing more.
 */
export function staticDashboardHtml(summary: DashboardSummary): string {
  const overdue = summary.topOverdue
    .map(
      (item) =>
        `<tr><td>${escapeHtml(item.institutionName)}</td><td>${escapeHtml(item.description)}</td>` +
        `<td>${item.dueDate ? formatDateId(item.dueDate) : ''}</td><td>${escapeHtml(item.contactPersonName ?? '')}</td></tr>`,
    )
    .join('\n');
  return `<!doctype html>
<html lang="id"><head><meta charset="utf-8"><title>Beranda</title></head>
<body>
<p>${summary.total} komitmen jatuh tempo ${formatDateId(summary.range.from)} – ${formatDateId(summary.range.to)}</p>
<p>Komitmen terbuka ${summary.open}</p><p>Terlambat ${summary.overdue}</p><p>Selesai ${summary.done}</p>
${bars('chart-sector', summary.bySector)}
${bars('chart-area', summary.byArea)}
${bars('chart-institution', summary.byInstitution)}
${trend(summary.trend)}
<table>${overdue}</table>
</body></html>
`;
}
