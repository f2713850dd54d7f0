/**
 * How street and district names are compared, in the build and in the
 * browser (no Node import here): accents, case, hyphens and the usual
 * abbreviations ("av.", "bd", "r.") do not matter.
 */
import { slugify } from '../../core/slug.ts';

const WORDS: Record<string, string> = { av: 'avenue', bd: 'boulevard', bld: 'boulevard', pl: 'place', r: 'rue', crs: 'cours', che: 'chemin', rte: 'route', imp: 'impasse', all: 'allee' };

/** "Bd du 11-Novembre-1918" → "boulevard-du-11-novembre-1918". */
export function placeKey(name: string): string {
  return slugify(name)
    .split('-')
    .map((w) => WORDS[w] ?? w)
    .join('-');
}
