/**
 * The static pages of the directory by need, by commune and by both, with
 * their page numbers: getStaticPaths for the three listing routes.
 */
import { loadDirectory, type Directory, type Resource } from './resources.ts';
import { communeChoices, communeKey, inCategory, pageCount } from './directory-view.ts';

/** `[...page]` parameter: undefined for page 1, "2", "3" ... after. */
export function pageParams(total: number): { page: string | undefined; number: number }[] {
  return Array.from({ length: pageCount(total) }, (_, i) => ({ page: i === 0 ? undefined : String(i + 1), number: i + 1 }));
}

/** Page number from the `[...page]` parameter. */
export function pageNumber(param: string | undefined): number {
  return param === undefined ? 1 : Number(param);
}

/** Entries of a commune slug (or the remote pseudo-commune). */
export function inCommune(directory: Directory, slug: string): Resource[] {
  let byCommune = communeLists.get(directory);
  if (!byCommune) {
    byCommune = new Map();
    for (const entry of directory.listed) {
      const key = communeKey(entry);
      const list = byCommune.get(key);
      if (list) list.push(entry);
      else byCommune.set(key, [entry]);
    }
    communeLists.set(directory, byCommune);
  }
  return byCommune.get(slug) ?? [];
}
// Computed once per build: every commune page asks again (see inCategory).
const communeLists = new WeakMap<Directory, Map<string, Resource[]>>();

/** Every (category, commune) pair that has entries. */
export function categoryCommunePairs(): CategoryCommunePair[] {
  const directory = loadDirectory();
  let pairs = pairsOf.get(directory);
  if (pairs) return pairs;
  pairs = [];
  for (const term of directory.taxonomy.terms) {
    const inCat = inCategory(directory, term.id);
    for (const c of communeChoices('fr')) {
      const entries = inCat.filter((r) => communeKey(r) === c.slug);
      if (entries.length > 0) pairs.push({ category: term.id, commune: c.slug, entries });
    }
  }
  pairsOf.set(directory, pairs);
  return pairs;
}
interface CategoryCommunePair {
  category: string;
  commune: string;
  entries: Resource[];
}
// Each of these pages lists the others of its commune: once per build, not once per page.
const pairsOf = new WeakMap<Directory, CategoryCommunePair[]>();
