/**
 * What kind of page a URL is, for the site search: the one table that maps
 * the site's URL patterns to the content types residents filter on. The
 * indexing script derives every page's type from here, so the other
 * sections' pages need no search-specific markup. Pages that only repeat
 * other pages (directory and programme listings by commune or category,
 * pagination) are left out of the index: they would outrank the entries
 * they list.
 */

/** Content types offered as a search filter, in the order the filter lists them; labels are UI strings `search.type.<id>`. */
export const SEARCH_TYPES = ['service', 'guide', 'brochure', 'idee-recue', 'actualite', 'evenement', 'presse', 'page'] as const;
export type SearchType = (typeof SEARCH_TYPES)[number];

/** Segments of SISM programme pages that are filters, not events ("/sism/2026/commune/bron/"). */
const SISM_FACETS = 'commune|jour|type|public|gratuit|accessible|page|imprimer|carte';
/** Directory pages that are not entries ("/ressources/categorie/cmp/"). */
const DIRECTORY_PAGES = 'categorie|commune|page|guide|carte|imprimer';

interface Rule {
  /** Matched against the URL path, which always ends with "/". */
  pattern: RegExp;
  /** The type, or `null` to keep the page out of the index. */
  type: SearchType | null;
  /** Why the rule exists, for reviewers. */
  why: string;
}

/** First match wins. */
export const SEARCH_TYPE_RULES: readonly Rule[] = [
  { pattern: /^\/(en\/)?(recherche|search)\//, type: null, why: 'the search page itself' },
  { pattern: /^\/404\//, type: null, why: 'not found page' },
  { pattern: /^\/ressources\/$/, type: null, why: 'directory home: lists entries that are indexed on their own' },
  { pattern: /^\/ressources\/guide\/$/, type: 'page', why: 'how to use the directory' },
  { pattern: new RegExp(`^/ressources/(${DIRECTORY_PAGES})/`), type: null, why: 'directory listings by category or commune' },
  { pattern: /^\/ressources\/mon-cmp\/$/, type: 'page', why: 'which CMP serves my address' },
  { pattern: /^\/ressources\/mon-cmp\//, type: null, why: 'one page per street of the CMP finder' },
  { pattern: /^\/ressources\/[^/]+\/$/, type: 'service', why: 'a directory entry: /ressources/<id>/' },
  { pattern: /^\/ressources\//, type: null, why: 'other directory files (printable lists, exports)' },
  { pattern: /^\/en\/directory\/$/, type: null, why: 'English directory home: lists entries that are indexed on their own' },
  { pattern: /^\/en\/directory\/(category|town|page)\//, type: null, why: 'English directory listings by need or town' },
  { pattern: /^\/en\/directory\/my-cmp\/$/, type: 'page', why: 'which CMP serves my address, in English' },
  { pattern: /^\/en\/directory\/my-cmp\//, type: null, why: 'one page per street of the English CMP finder' },
  { pattern: /^\/en\/directory\/[^/]+\/$/, type: 'service', why: 'a directory entry in English: /en/directory/<id>/' },
  { pattern: /^\/en\/directory\//, type: null, why: 'other English directory files' },
  { pattern: /^\/s-informer\/brochures\/[^/]+\/[^/]+\/$/, type: 'brochure', why: 'a brochure: /s-informer/brochures/<series>/<id>/' },
  { pattern: /^\/s-informer\/brochures\//, type: 'page', why: 'brochure series and their index' },
  { pattern: /^\/s-informer\/idees-recues\/[^/]+\/$/, type: 'idee-recue', why: 'a myth-versus-fact page' },
  { pattern: /^\/s-informer\/(idees-recues|glossaire)\/$/, type: 'page', why: 'myth index, glossary' },
  { pattern: /^\/s-informer\/[^/]+\/$/, type: 'guide', why: 'a guide: /s-informer/<slug>/' },
  { pattern: /^\/en\/learn\/[^/]+\/$/, type: 'guide', why: 'an English guide: /en/learn/<slug>/' },
  { pattern: /^\/actualites\/[^/]+\/$/, type: 'actualite', why: 'a news item: /actualites/<slug>/' },
  { pattern: /^\/agenda\/[^/]+\/$/, type: 'evenement', why: 'an event page: /agenda/<id>/' },
  { pattern: new RegExp(`^/sism/\\d{4}/(${SISM_FACETS})/`), type: null, why: 'programme filtered by commune, day, type or audience' },
  { pattern: /^\/sism\/\d{4}\/[^/]+\/$/, type: 'evenement', why: 'an event in a programme: /sism/<year>/<event>/' },
  { pattern: /^\/presse\//, type: 'presse', why: 'press space, releases and fact sheets' },
  { pattern: /^\/en\/press\//, type: 'presse', why: 'English press space' },
  { pattern: /\/page\/\d+\/$/, type: null, why: 'later pages of a paginated list' },
  { pattern: /^\//, type: 'page', why: 'any other page (home, CLSM, contact, legal ...)' },
];

/** The search type of a page, or `null` when the page is left out of the index. */
export function searchTypeOf(path: string): SearchType | null {
  const normalised = path.endsWith('/') ? path : `${path}/`;
  for (const rule of SEARCH_TYPE_RULES) if (rule.pattern.test(normalised)) return rule.type;
  return null;
}

/** The last path segment: the entry id of /ressources/<id>/, /agenda/<id>/, /actualites/<slug>/. */
export function lastSegment(path: string): string {
  return path.split('/').filter(Boolean).at(-1) ?? '';
}
