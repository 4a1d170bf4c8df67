import fc from 'fast-check';

/**
 * Hostile values for the API property tests: what a broken renderer, a script on the preview
 * host or a tampered IPC message could send. Everything here can cross the structured clone of
 * Electron's IPC (no functions, no symbols); the HTTP host sees the JSON subset.
 */

/** One megabyte of text, made once: a few huge payloads, not a thousand. */
export const HUGE_STRING = 'x'.repeat(1024 * 1024);
export const HUGE_UNICODE = '🤖'.repeat(256 * 1024);

/** Strings that stress SQL, XML/HTML, spreadsheets, file paths and Unicode handling. */
export const NASTY_STRINGS: readonly string[] = [
  '',
  ' ',
  '\t\n\r',
  "'",
  '"',
  "' OR 1=1 --",
  "'; DROP TABLE meetings; --",
  '"); DELETE FROM people; --',
  'Robert\'); DROP TABLE "institutions";--',
  '%',
  '_',
  '%_\\',
  '\\',
  '`',
  '/*',
  '*/',
  ';',
  'NULL',
  'null',
  'undefined',
  'true',
  '0',
  '-1',
  '1e309',
  'NaN',
  '=1+1',
  '=HYPERLINK("http://evil.example","klik")',
  '+62812',
  '-2+3',
  '@SUM(A1:A9)',
  '\t=cmd|" /C calc"!A0',
  '\r=1',
  "=cmd|'/C calc'!A0",
  '<script>alert(1)</script>',
  '<![CDATA[x]]>',
  '&amp; & &lt; < > "\'',
  ']]>',
  '<w:p></w:p>',
  '../../../../etc/passwd',
  '..\\..\\Windows\\System32',
  'C:\\Windows\\win.ini',
  '\\\\server\\share\\x',
  'CON',
  'nul.txt',
  '\u0000',
  'a\u0000b',
  '\u0001\u0002\u0003\u0007\u0008\u000b\u000c\u001b\u001f',
  '\u007f\u0080\u009f',
  '\ud800',
  '\udfff',
  'a\ud800b',
  '\udc00\ud800',
  '\u202e\u202d RTL override',
  'مرحبا بالعالم',
  'שלום',
  '\u200b\u200c\u200d\u2060\ufeff',
  '\ufffe\uffff',
  'e\u0301\u0301\u0301\u0301',
  'Z̴̡̛̛̪̪͈͓͓̞̯̲̙̦̙̹̘̙̣̣̈́̏̋̈́̑̀̓͒̀̑̍̚͝͝a̸̢̘̜̪̜̫̺̫͖̠̒̂̄̀͑̏̌̾̒͠l̵̛̛̖̯̞̺̊̓̓̔̓̓̇̽̌̀̈́̈́̀̾̀g̷̬͎̜͓̘̲̲̈́̃̊o̶̧̙̦̺̰̬͓̳͑̂̅͌̓͆̓̆̓̆͘',
  '🤖👩‍👩‍👧‍👦🏳️‍🌈',
  '𝕊𝕚𝕣𝕒𝕜𝕠𝕣',
  'Ł ẵ “curly” – —',
  'ﷺ',
  '\u2028\u2029',
  '${7*7}{{7*7}}',
  '%s%s%s%n',
  '__proto__',
  'constructor',
  'prototype',
  'x'.repeat(201),
  'y'.repeat(10_001),
];

export const NASTY_NUMBERS: readonly number[] = [
  0,
  -0,
  -1,
  1,
  0.5,
  -0.5,
  Number.NaN,
  Number.POSITIVE_INFINITY,
  Number.NEGATIVE_INFINITY,
  Number.MAX_SAFE_INTEGER,
  Number.MAX_SAFE_INTEGER + 2,
  Number.MIN_SAFE_INTEGER,
  Number.MAX_VALUE,
  Number.MIN_VALUE,
  Number.EPSILON,
  2 ** 31,
  2 ** 32,
  -(2 ** 31) - 1,
  1e21,
  1e308,
  12,
  100,
  101,
  4095,
  4096,
  20_000,
  20_001,
];

/** Keys that pollute prototypes when code merges objects carelessly. */
export const PROTO_KEYS = ['__proto__', 'constructor', 'prototype'] as const;

/** An object with an own `__proto__` key, as JSON.parse builds it (a literal would set the prototype). */
export function withProtoKey(base: Record<string, unknown>, value: unknown): Record<string, unknown> {
  const target: Record<string, unknown> = { ...base };
  Object.defineProperty(target, '__proto__', { value, enumerable: true, configurable: true, writable: true });
  return target;
}

export const pollutionPayload = (): unknown => ({ polluted: 'yes', isAdmin: true, toString: 'x' });

/** A value nested `depth` levels deep (arrays or objects). */
export function nested(depth: number, kind: 'array' | 'object'): unknown {
  let value: unknown = 'bottom';
  for (let i = 0; i < depth; i++) value = kind === 'array' ? [value] : { a: value };
  return value;
}

export const nastyString = fc.oneof(
  { weight: 6, arbitrary: fc.constantFrom(...NASTY_STRINGS) },
  { weight: 3, arbitrary: fc.string({ unit: 'binary', maxLength: 40 }) },
  { weight: 2, arbitrary: fc.string({ unit: 'grapheme', maxLength: 20 }) },
  {
    weight: 2,
    arbitrary: fc
      .tuple(fc.constantFrom(...NASTY_STRINGS), fc.string({ maxLength: 10 }), fc.constantFrom(...NASTY_STRINGS))
      .map(([a, b, c]) => a + b + c),
  },
  { weight: 1, arbitrary: fc.constantFrom(HUGE_STRING, HUGE_UNICODE) },
);

export const nastyNumber = fc.oneof(
  { weight: 3, arbitrary: fc.constantFrom(...NASTY_NUMBERS) },
  { weight: 2, arbitrary: fc.double() },
  { weight: 2, arbitrary: fc.integer() },
);

/** Values of every type IPC can carry, shallow (fast-check's `anything`, bounded). */
const anyValue = fc.anything({
  maxDepth: 3,
  maxKeys: 5,
  withBigInt: true,
  withDate: true,
  withMap: true,
  withSet: true,
  withTypedArray: true,
  withSparseArray: true,
  withNullPrototype: true,
  withBoxedValues: true,
});

/** A value of the wrong kind for almost any field. */
export const hostileValue: fc.Arbitrary<unknown> = fc.oneof(
  { weight: 4, arbitrary: nastyString },
  { weight: 3, arbitrary: nastyNumber },
  { weight: 3, arbitrary: anyValue },
  {
    weight: 1,
    arbitrary: fc.constantFrom<unknown>(
      null,
      undefined,
      true,
      false,
      [],
      {},
      [null],
      [''],
      new Date(Number.NaN),
      new Uint8Array(3),
      10n ** 30n,
    ),
  },
  {
    weight: 1,
    arbitrary: fc.constantFrom(PROTO_KEYS[0], PROTO_KEYS[1]).map(() => withProtoKey({}, pollutionPayload())),
  },
  { weight: 1, arbitrary: fc.constantFrom<'array' | 'object'>('array', 'object').map((kind) => nested(2_000, kind)) },
);

/** A whole payload that is not even shaped like an input object. */
export const hostilePayload: fc.Arbitrary<unknown> = fc.oneof(
  { weight: 3, arbitrary: hostileValue },
  {
    weight: 2,
    arbitrary: fc.dictionary(fc.oneof(fc.constantFrom(...PROTO_KEYS), fc.string({ maxLength: 12 })), hostileValue, {
      maxKeys: 4,
    }),
  },
  { weight: 1, arbitrary: fc.constantFrom(...PROTO_KEYS).map((key) => JSON.parse(`{"${key}":{"polluted":"yes"}}`)) },
  { weight: 1, arbitrary: fc.constant(nested(10_000, 'object')) },
);
