/**
 * Puts text on the clipboard. The clipboard API first; where it is refused (the desktop host
 * denies every permission request), a hidden text area copied with the editing command, which
 * needs no permission. Resolves false when neither worked, so the user is told to copy by hand.
 */
export async function copyText(text: string): Promise<boolean> {
  try {
    await navigator.clipboard.writeText(text);
    return true;
  } catch {
    const area = document.createElement('textarea');
    area.value = text;
    area.setAttribute('readonly', '');
    area.style.position = 'fixed';
    area.style.opacity = '0';
    document.body.append(area);
    area.select();
    try {
      return document.execCommand('copy');
    } catch {
      return false;
    } finally {
      area.remove();
    }
  }
}
