import { Text } from '@mantine/core';

const START = String.fromCharCode(1);
const END = String.fromCharCode(2);

/** Splits a snippet into plain and matched parts; the host wraps matches in \u0001 … \u0002. */
export function snippetParts(text: string): { text: string; match: boolean }[] {
  const parts: { text: string; match: boolean }[] = [];
  for (const [index, chunk] of text.split(START).entries()) {
    if (index === 0) {
      if (chunk) parts.push({ text: chunk, match: false });
      continue;
    }
    const [matched = '', rest = ''] = chunk.split(END, 2);
    parts.push({ text: matched, match: true });
    if (rest) parts.push({ text: rest, match: false });
  }
  return parts;
}

/** The snippet's text without its marks. */
export function snippetText(text: string): string {
  return snippetParts(text)
    .map((part) => part.text)
    .join('');
}

/** Renders a search snippet with its matches marked (as text, never as HTML); `asTitle` in the title's style. */
export function Snippet({ text, asTitle = false }: { text: string; asTitle?: boolean }) {
  return (
    <Text size="sm" {...(asTitle ? { fw: 500, lineClamp: 1 } : { c: 'dimmed', lineClamp: 2 })}>
      {snippetParts(text).map((part, index) =>
        part.match ? <mark key={index}>{part.text}</mark> : <span key={index}>{part.text}</span>,
      )}
    </Text>
  );
}
