/**
 * Names the seed article does not give (the camat, PKK chairs, Puskesmas heads, staff) are
 * invented for the demo and carry this mark, so nobody takes them for the real office holders.
 */
export function sampleName(name: string): string {
  return `${name} (contoh)`;
}
