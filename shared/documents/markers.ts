import type { ListStyle } from './model';

const ROMAN: readonly [number, string][] = [
  [1000, 'M'],
  [900, 'CM'],
  [500, 'D'],
  [400, 'CD'],
  [100, 'C'],
  [90, 'XC'],
  [50, 'L'],
  [40, 'XL'],
  [10, 'X'],
  [9, 'IX'],
  [5, 'V'],
  [4, 'IV'],
  [1, 'I'],
];

function toRoman(value: number): string {
  let rest = value;
  let out = '';
  for (const [amount, letters] of ROMAN) {
    while (rest >= amount) {
      out += letters;
      rest -= amount;
    }
  }
  return out;
}

function toLetters(value: number): string {
  let rest = value;
  let out = '';
  while (rest > 0) {
    const digit = (rest - 1) % 26;
    out = String.fromCharCode(97 + digit) + out;
    rest = Math.floor((rest - 1) / 26);
  }
  return out;
}

/**
 * The marker printed before a list item (`1.`, `IV.`, `b.`, `•`, `-`). Both renderers write it
 * as text rather than as a Word numbering definition, so the two formats number alike.
 */
export function listMarker(style: ListStyle, number: number): string {
  switch (style) {
    case 'decimal':
      return `${number}.`;
    case 'upperRoman':
      return `${toRoman(number)}.`;
    case 'lowerAlpha':
      return `${toLetters(number)}.`;
    case 'bullet':
      return '•';
    case 'dash':
      return '-';
  }
}
