/**
 * Keyboard moves between agenda items in the minutes: each item's section carries
 * `data-minutes-section`; Ctrl+↓/↑ focuses the first field of the next/previous one.
 */
export function focusSiblingSection(from: HTMLElement, direction: 1 | -1): void {
  const sections = [...document.querySelectorAll<HTMLElement>('[data-minutes-section]')];
  const current = sections.findIndex((section) => section.contains(from));
  const target = sections[current + direction];
  const field = target?.querySelector<HTMLElement>('textarea, button[data-add-entry]');
  field?.focus();
}

export function isSectionJump(event: { ctrlKey: boolean; metaKey: boolean; key: string }): 1 | -1 | null {
  if (!(event.ctrlKey || event.metaKey)) return null;
  if (event.key === 'ArrowDown') return 1;
  if (event.key === 'ArrowUp') return -1;
  return null;
}
