/**
 * Phone numbers are personal data (UU 27/2022): lists show only enough to recognise one
 * (`0812••••7890`); the full number is shown only when a single record is opened.
 */
export function maskPhone(phone: string | null): string | null {
  if (!phone) return phone;
  const digits = phone.replace(/\D/g, '');
  if (digits.length <= 8) return `${'•'.repeat(Math.max(digits.length - 3, 0))}${digits.slice(-3)}`;
  return `${digits.slice(0, 4)}${'•'.repeat(digits.length - 8)}${digits.slice(-4)}`;
}
