/**
 * Phone numbers are personal data (UU 27/2022): lists show only enough to recognise one
 * (`0812•••••890`: the operator prefix and the last three digits); the full number is shown only
 * when a single record is opened. Short numbers keep only their last three digits.
 */
export function maskPhone(phone: string | null): string | null {
  if (!phone) return phone;
  const digits = phone.replace(/\D/g, '');
  if (digits.length < 10) return `${'•'.repeat(Math.max(digits.length - 3, 0))}${digits.slice(-3)}`;
  return `${digits.slice(0, 4)}${'•'.repeat(digits.length - 7)}${digits.slice(-3)}`;
}
