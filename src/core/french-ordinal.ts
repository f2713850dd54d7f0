/**
 * French writes the first day of a month as an ordinal: "1er décembre",
 * never "1 décembre" (Imprimerie nationale, Lexique des règles
 * typographiques; Académie française, "Dire, ne pas dire"). Intl's fr-FR
 * formats give the cardinal, so every French date goes through this.
 * Plain code for build and browser alike.
 */
const MONTHS = 'janvier|février|mars|avril|mai|juin|juillet|août|septembre|octobre|novembre|décembre';
const FIRST = new RegExp(`(^|[^\\d])1(\\s|\\u00a0|\\u202f)(${MONTHS})`, 'g');

/** "1 décembre 2026" → "1er décembre 2026"; other days and other languages unchanged. */
export function withFrenchOrdinal(text: string): string {
  return text.replace(FIRST, '$11er$2$3');
}
