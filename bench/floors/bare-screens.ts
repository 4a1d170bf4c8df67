import type { OutputOf } from '../../shared/api/contract';

function escapeHtml(text: string): string {
  return text.replace(/[&<>"']/g, (c) => `&#${c.charCodeAt(0)};`);
}

const table = (rows: string[][]) =>
  `<table>${rows.map((cells) => `<tr>${cells.map((c) => `<td>${escapeHtml(c)}</td>`).join('')}</tr>`).join('')}</table>`;

/**
 * The floor of `ui.meeting.conduct`: what the conduct tab of a large meeting shows when it opens
 * (attendance, the agenda items' titles with their entry counts, decisions, conclusion,
 * commitments) as bare HTML, with no script and no style sheet. The last of the minutes'
 * sections carries `data-minutes-section`, as in the app, so both are timed to the same element.
 */
export function bareConductHtml(workspace: OutputOf<'meetings.workspace'>): string {
  const attendance = table(
    workspace.participants.map((p) => [p.personName ?? p.freeName ?? '', p.attendance, p.arrivalTime ?? '']),
  );
  const items = workspace.agenda
    .map((item) => {
      const count = workspace.minutes.filter((e) => e.agendaItemId === item.id).length;
      return `<div data-minutes-section><h4>${item.position + 1}. ${escapeHtml(item.title)}</h4><p>${count} catatan</p></div>`;
    })
    .join('');
  const decisions = workspace.decisions.map((d) => `<p>${d.number}. ${escapeHtml(d.body)}</p>`).join('');
  const summary = `<div data-minutes-section><p>${escapeHtml(workspace.meeting.summary ?? '')}</p></div>`;
  const commitments = table(
    workspace.commitments.map((c, i) => [String(i + 1), c.institutionName, c.description, c.dueDate ?? '']),
  );
  return `${attendance}${items}<div data-minutes-section>${decisions}</div>${summary}${commitments}`;
}

/** The floor of `ui.coverage`: the whole villages × interventions matrix as a bare table of symbols. */
export function bareCoverageHtml(coverage: OutputOf<'plans.coverage'>): string {
  const cells = new Map(coverage.cells.map((cell) => [`${cell.villageCode} ${cell.interventionId}`, cell.state]));
  const head = `<tr><th>Desa</th>${coverage.interventions.map((i) => `<th>${escapeHtml(i.code ?? i.name)}</th>`).join('')}</tr>`;
  const rows = coverage.villages.map((village) => {
    const marks = coverage.interventions.map((i) => {
      const state = cells.get(`${village.code} ${i.id}`);
      return `<td role="gridcell">${state === 'funded' ? '●' : state ? '○' : '✕'}</td>`;
    });
    return `<tr><th>${escapeHtml(village.name)}</th>${marks.join('')}</tr>`;
  });
  return `<table role="grid">${head}${rows.join('')}</table>`;
}
