/**
 * The static pages of the directory by need, by commune and by both, with
 * their page numbers: getStaticPaths for the three listing routes.
 */
import { loadDirectory, type Directory, type Resource } from './resources.ts';
import { communeChoices, communeKey, inCategory, pageCount, REMOTE_SLUG } from './directory-view.ts';
import { servedGroups, type ServedGroups } from './served.ts';
import { loadSiteConfig } from '../../core/site-config.ts';
import { slugify } from '../../core/slug.ts';

/** `[...page]` parameter: undefined for page 1, "2", "3" ... after. */
export function pageParams(total: number): { page: string | undefined; number: number }[] {
  return Array.from({ length: pageCount(total) }, (_, i) => ({ page: i === 0 ? undefined : String(i + 1), number: i + 1 }));
}

/** Page number from the `[...page]` parameter. */
export function pageNumber(param: string | undefined): number {
  return param === undefined ? 1 : Number(param);
}

/**
 * What a commune's pages list: the entries that serve it, grouped (located
 * there, serving it from elsewhere, remote: served.ts), and the same in one
 * list for the page numbers. The remote pseudo-commune has no groups.
 */
export function inCommune(directory: Directory, slug: string, among?: readonly Resource[]): { entries: Resource[]; groups?: ServedGroups } {
  if (slug === REMOTE_SLUG) return { entries: (among ?? directory.listed).filter((r) => communeKey(r) === REMOTE_SLUG) };
  const commune = loadSiteConfig().territory.communes.find((c) => slugify(c.name) === slug);
  if (!commune) return { entries: [] };
  const key = among ? undefined : slug;
  const cached = key === undefined ? undefined : communeLists.get(directory)?.get(key);
  if (cached) return cached;
  const groups = servedGroups(directory, commune.insee, among);
  const result = { entries: [...groups.here, ...groups.nearby, ...groups.remote], groups };
  if (key !== undefined) {
    const lists = communeLists.get(directory) ?? new Map<string, { entries: Resource[]; groups?: ServedGroups }>();
    lists.set(key, result);
    communeLists.set(directory, lists);
  }
  return result;
}
// Computed once per build: every commune page asks again (see inCategory).
const communeLists = new WeakMap<Directory, Map<string, { entries: Resource[]; groups?: ServedGroups }>>();

/** Every (category, commune) pair that has entries. */
export function categoryCommunePairs(): CategoryCommunePair[] {
  const directory = loadDirectory();
  let pairs = pairsOf.get(directory);
  if (pairs) return pairs;
  pairs = [];
  for (const term of directory.taxonomy.terms) {
    const inCat = inCategory(directory, term.id);
    for (const c of communeChoices('fr')) {
      const { entries, groups } = inCommune(directory, c.slug, inCat);
      // A page exists where something serves the commune in person; remote help alone is on the need's own page.
      const inPerson = groups ? groups.here.length + groups.nearby.length : entries.length;
      if (inPerson > 0) pairs.push({ category: term.id, commune: c.slug, entries, groups });
    }
  }
  pairsOf.set(directory, pairs);
  return pairs;
}
interface CategoryCommunePair {
  category: string;
  commune: string;
  entries: Resource[];
  groups?: ServedGroups | undefined;
}
// Each of these pages lists the others of its commune: once per build, not once per page.
const pairsOf = new WeakMap<Directory, CategoryCommunePair[]>();
