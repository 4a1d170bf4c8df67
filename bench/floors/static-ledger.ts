import type { OutputOf } from '../../shared/api/contract';
import { formatDateId } from '../../shared/format/dates';

function escapeHtml(text: string): string {
  return text.replace(/[&<>"']/g, (c) => `&#${c.charCodeAt(0)};`);
}

/**
 * The floor of `preview.ledger`: the rows the app shows first, written into a static HTML page
 * with the texts of the ledger's six columns, in the ledger's row roles, with no script and no
 * style sheet: what the browser needs to show those rows and nothing more.
 */
export function staticLedgerHtml(page: OutputOf<'commitments.ledger'>): string {
  const cell = (...texts: (string | null)[]) =>
    `<div role="cell">${texts
      .filter((t): t is string => Boolean(t))
      .map(escapeHtml)
      .join('<br>')}</div>`;
  const rows = page.items.map(
    (item) =>
      `<div role="row">${[
        cell(item.institutionName),
        cell(item.description),
        cell(item.dueDate ? formatDateId(item.dueDate) : '-'),
        cell(item.status, item.overdue ? 'terlambat' : null),
        cell(item.lastUpdateOn ? formatDateId(item.lastUpdateOn) : '-', item.lastUpdateNote),
        cell(
          item.meetingTitle,
          [item.meetingDate ? formatDateId(item.meetingDate) : null, item.areaNames.join(', ')]
            .filter(Boolean)
            .join(' · '),
        ),
      ].join('')}</div>`,
  );
  return `<!doctype html>
<html lang="id"><head><meta charset="utf-8"><title>Buku komitmen</title></head>
<body><div role="table"><p>${page.total} komitmen</p><div role="rowgroup">
${rows.join('\n')}
</div></div></body></html>
`;
}
