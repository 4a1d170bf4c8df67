/** Letters, digits and dashes only: the name survives WhatsApp, e-mail and any file system. */
function slug(text: string): string {
  const folded = text
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '')
    .slice(0, 60)
    .replace(/-+$/, '');
  return folded || 'kantor';
}

/** `kantor-camat-kelara-untuk-bappeda-jeneponto-2026-12-07-1530.sirakor` (`semua-kantor` for any office). */
export function packageFileName(sender: string, recipient: string, at: Date): string {
  const stamp = at.toISOString().slice(0, 16).replace('T', '-').replace(':', '');
  return `${slug(sender)}-untuk-${recipient ? slug(recipient) : 'semua-kantor'}-${stamp}.sirakor`;
}
