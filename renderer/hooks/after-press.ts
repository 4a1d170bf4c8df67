/** Whether a mouse button (or a finger) is down on the page right now. */
let pressed = false;
if (typeof document !== 'undefined') {
  document.addEventListener('pointerdown', () => (pressed = true), true);
  for (const end of ['pointerup', 'pointercancel'] as const)
    document.addEventListener(end, () => (pressed = false), true);
}

/**
 * Runs `change` at once, or, when a press is under way (a field left by clicking elsewhere), once
 * the press ends and its click has been handled: what `change` moves on screen does not move the
 * button under the pointer between press and release, which would make the click miss.
 */
export function afterPress(change: () => void): void {
  if (!pressed) {
    change();
    return;
  }
  const run = () => {
    document.removeEventListener('pointerup', run, true);
    document.removeEventListener('pointercancel', run, true);
    setTimeout(change, 0);
  };
  document.addEventListener('pointerup', run, true);
  document.addEventListener('pointercancel', run, true);
}
