/**
 * How street and district names are compared, in the build and in the
 * browser (no Node import here): accents, case, hyphens and the usual
 * abbreviations ("av.", "bd", "r.") do not matter. The words are those of
 * the address matcher, so a street of sectors.yaml and the same street in
 * the Base Adresse Nationale get the same key.
 */
import { nameWords } from './address-match.ts';

/** "Bd du 11-Novembre-1918" → "boulevard-du-11-novembre-1918". */
export function placeKey(name: string): string {
  return nameWords(name).join('-');
}
