/**
 * NIP printed grouped as birth date, appointment month, sex digit and sequence:
 * `196512312 …` → `19651231 199803 1 066`. Anything that is not 18 digits is returned as is.
 */
export function formatNip(nip: string | null): string {
  if (!nip) return '';
  const digits = nip.replace(/\s+/g, '');
  if (!/^\d{18}$/.test(digits)) return nip;
  return `${digits.slice(0, 8)} ${digits.slice(8, 14)} ${digits.slice(14, 15)} ${digits.slice(15)}`;
}
