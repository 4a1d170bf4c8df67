import type { KeyboardEvent } from 'react';

/**
 * Keyboard moves between agenda items in the minutes: each item's section carries
 * `data-minutes-section`; Ctrl+↓/↑ lands in the next/previous one's new-entry box (marked
 * `data-new-entry`), ready to type, or in its first text box when it has none (an approved
 * meeting, the conclusion).
 */
export function focusSiblingSection(from: HTMLElement, direction: 1 | -1): void {
  const sections = [...document.querySelectorAll<HTMLElement>('[data-minutes-section]')];
  const current = sections.findIndex((section) => section.contains(from));
  const target = sections[current + direction];
  const field =
    target?.querySelector<HTMLElement>('textarea[data-new-entry]') ?? target?.querySelector<HTMLElement>('textarea');
  field?.focus();
}

/** Focuses the new-entry box of the section holding `from`. */
export function focusNewEntryBox(from: HTMLElement): void {
  from.closest('[data-minutes-section]')?.querySelector<HTMLElement>('textarea[data-new-entry]')?.focus();
}

function sectionJump(event: { ctrlKey: boolean; metaKey: boolean; key: string }): 1 | -1 | null {
  if (!(event.ctrlKey || event.metaKey)) return null;
  if (event.key === 'ArrowDown') return 1;
  if (event.key === 'ArrowUp') return -1;
  return null;
}

/** Ctrl+↓/↑ in a text box of the minutes: moves to the next/previous section; true when it did. */
export function handleSectionJump(event: KeyboardEvent<HTMLElement>): boolean {
  const jump = sectionJump(event);
  if (!jump) return false;
  event.preventDefault();
  focusSiblingSection(event.currentTarget, jump);
  return true;
}
