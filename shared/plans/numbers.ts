/**
 * Indonesian number formats as people type and paste them: `.` groups thousands, `,` starts the
 * decimals (`1.500.000`, `1.500.000,00`, `Rp1.500.000`, `Rp 1.500.000,-`, `1,5`). Grouping must
 * be regular (`1.50.000` is refused), and nothing is guessed: `1.5` is neither 1,5 nor 1.500.
 */

export type NumberProblem = 'empty' | 'format' | 'negative' | 'fraction' | 'tooLarge';
type ParsedNumber = { ok: true; value: number } | { ok: false; problem: NumberProblem };

const GROUPED = /^\d{1,3}(?:\.\d{3})+$/;
const PLAIN = /^\d+$/;

function normalise(text: string): string {
  // Non-breaking and thin spaces (copied from Word or the web) count as spaces.
  return text.replace(/[\u00a0\u202f\u2009]/g, ' ').trim();
}

/** Digits of the integer part: `1.500.000` or `1500000`; null when the grouping is irregular. */
function integerDigits(part: string): string | null {
  if (PLAIN.test(part)) return part;
  if (GROUPED.test(part)) return part.replace(/\./g, '');
  return null;
}

interface Split {
  negative: boolean;
  body: string;
}

/** Takes off a sign (`-1.000`, `(1.000)` as accountants write it) and, for money, the currency. */
function splitSign(text: string, currency: boolean): Split | null {
  let body = text;
  let negative = false;
  if (/^\(.*\)$/.test(body)) {
    negative = true;
    body = body.slice(1, -1).trim();
  }
  if (body.startsWith('-') || body.startsWith('−')) {
    negative = true;
    body = body.slice(1).trim();
  }
  if (currency) body = body.replace(/^(?:rp\.?|idr)\s*/i, '');
  if (body.startsWith('-') || body.startsWith('−')) {
    negative = true;
    body = body.slice(1).trim();
  }
  return body === '' ? null : { negative, body };
}

/**
 * Whole Rupiah, not negative: `1.500.000`, `1.500.000,00`, `Rp1.500.000`, `Rp 1.500.000,-`,
 * `1500000`. Cents other than zero are a `fraction` problem: budgets are whole Rupiah.
 */
export function parseRupiah(input: string, max = Number.MAX_SAFE_INTEGER): ParsedNumber {
  const text = normalise(input);
  if (text === '') return { ok: false, problem: 'empty' };
  const split = splitSign(text, true);
  if (!split) return { ok: false, problem: 'format' };
  const match = /^([\d.]+)(?:,(\d+|-))?$/.exec(split.body.replace(/,-+$/, ',-'));
  if (!match) return { ok: false, problem: 'format' };
  const digits = integerDigits(match[1] as string);
  if (digits === null) return { ok: false, problem: 'format' };
  const cents = match[2];
  if (cents !== undefined && cents !== '-' && /[1-9]/.test(cents)) return { ok: false, problem: 'fraction' };
  const value = Number(digits);
  if (split.negative && value !== 0) return { ok: false, problem: 'negative' };
  if (!Number.isSafeInteger(value) || value > max) return { ok: false, problem: 'tooLarge' };
  return { ok: true, value };
}

/**
 * A quantity, not negative, possibly with decimals: `42`, `1.500`, `1,5`, `1.500,25`. Used for
 * target volumes and percentages.
 */
export function parseDecimalId(input: string, max = 1e12): ParsedNumber {
  const text = normalise(input);
  if (text === '') return { ok: false, problem: 'empty' };
  const split = splitSign(text.replace(/\s*%$/, ''), false);
  if (!split) return { ok: false, problem: 'format' };
  const match = /^([\d.]+)(?:,(\d+))?$/.exec(split.body);
  if (!match) return { ok: false, problem: 'format' };
  const digits = integerDigits(match[1] as string);
  if (digits === null) return { ok: false, problem: 'format' };
  const value = Number(match[2] === undefined ? digits : `${digits}.${match[2]}`);
  if (!Number.isFinite(value)) return { ok: false, problem: 'format' };
  if (split.negative && value !== 0) return { ok: false, problem: 'negative' };
  if (value > max) return { ok: false, problem: 'tooLarge' };
  return { ok: true, value };
}

/** Thousands grouped with dots: `1.500.000` (no currency sign; the column says Rp). */
export function formatRupiah(amount: number): string {
  if (!Number.isSafeInteger(amount)) throw new RangeError(`not a whole Rupiah amount: ${amount}`);
  const digits = String(Math.abs(amount));
  const grouped = digits.replace(/\B(?=(\d{3})+(?!\d))/g, '.');
  return amount < 0 ? `-${grouped}` : grouped;
}

/** `Rp1.500.000`, as DOMAIN.md writes money in running text. */
export function formatRupiahWithSign(amount: number): string {
  return `Rp${formatRupiah(amount)}`;
}

/** `1.500` or `1,5`: a quantity the Indonesian way, up to `decimals` places without trailing zeros. */
export function formatDecimalId(value: number, decimals = 2): string {
  if (!Number.isFinite(value)) throw new RangeError(`not a number: ${value}`);
  const fixed = Math.abs(value).toFixed(decimals);
  const [whole = '0', fraction = ''] = fixed.split('.');
  const trimmed = fraction.replace(/0+$/, '');
  const grouped = whole.replace(/\B(?=(\d{3})+(?!\d))/g, '.');
  const text = trimmed ? `${grouped},${trimmed}` : grouped;
  return value < 0 && Number(fixed) !== 0 ? `-${text}` : text;
}
