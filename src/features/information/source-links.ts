/**
 * Sources are deep links (CONTENT.md: "the publication itself, not a news
 * article or a home page"): a citation whose URL is a site's home page
 * sends the reader to look for the fact. Network-free: it reads the URLs of
 * every `source`, `sources`, `bibliography` and `figures` entry in the
 * content files and flags those whose path is `/`. Part of the content lint.
 */
import { yamlStrings } from '../../core/yaml.ts';
import type { LintFinding } from './content-lint.ts';

/** Keys whose entries are citations (a `website` or a partner's `url` is not). */
const CITATION_KEYS = new Set(['source', 'sources', 'bibliography', 'figures']);

/**
 * Sites whose home page is the page that states the fact, and why. (A
 * directory entry may also cite its own website's home page, where the
 * service presents itself: see `ownSite`.)
 */
export const HOME_PAGE_SOURCES: Readonly<Record<string, string>> = {
  'base-donnees-publique.medicaments.gouv.fr': 'a search tool: its home page is the search form, each medicine has its own page',
  // Single-purpose sites of a national line or scheme: the home page states its
  // number, cost, hours or conditions, which is what the pages cite them for.
  '3114.fr': 'the 3114 line’s own site: number, free, 24 h/24 on its home page',
  'www.filsantejeunes.com': 'the Fil Santé Jeunes line’s own site: number, hours and free call on its home page',
  'www.info.urgence114.fr': 'the 114 service’s own site: how to reach it by SMS, app or video, for whom, on its home page',
  'monsoutienpsy.ameli.fr': 'the Mon soutien psy scheme’s own site: who may use it and how many sessions, on its home page',
};

/**
 * Home-page citations already in the sample content whose deep page could
 * not be read when they were checked (2026-12-02, searched again the same
 * day: no network, and no copy in the reference corpus of a page of the
 * publisher, or of another public health authority, that states what the
 * content says): "file url". The content lint
 * reports them as pending, without failing; a test fails when one of them
 * is fixed and still listed, so the list only shrinks. Never add to it.
 */
export const PENDING_DEEP_LINKS: ReadonlySet<string> = new Set([
  'content/brochures/le-secteur-de-psychiatrie.mdx https://www.psycom.org/',
  // English translations of French pages cite the same pages, pending alike.
  'content/guides/en/myths.mdx https://www.has-sante.fr/',
  'content/guides/fr/ou-s-adresser.mdx https://www.psycom.org/',
  'content/myths/fr/violence-et-troubles-psychiques.mdx https://www.has-sante.fr/',
  'content/press/fiches/depression.mdx https://www.psycom.org/',
  'content/press/fiches/schizophrenie.mdx https://www.psycom.org/',
]);

function isHttpUrl(value: string): boolean {
  return /^https?:\/\//.test(value);
}

/** True when `url` is a site's home page (path "/" or empty, no query). */
export function isHomePage(url: string): boolean {
  try {
    const parsed = new URL(url);
    return (parsed.pathname === '/' || parsed.pathname === '') && parsed.search === '';
  } catch {
    return false;
  }
}

/** Citations of a YAML text (or front matter starting at `base`) that point at a home page. */
export function homePageCitations(file: string, yaml: string, base: number, whole: string, options: { pending?: boolean } = {}): LintFinding[] {
  let strings;
  try {
    strings = yamlStrings(yaml);
  } catch {
    return [];
  }
  const ownSite = strings.find((s) => s.path.length === 1 && s.key === 'website')?.value;
  const host = (url: string) => new URL(url).host;
  return strings
    .filter((s) => s.key === 'url' && s.path.some((k) => CITATION_KEYS.has(k)) && isHomePage(s.value))
    .filter((s) => !(host(s.value) in HOME_PAGE_SOURCES))
    // A directory entry citing its own site, where the service presents itself.
    .filter((s) => !(ownSite !== undefined && s.path[0] === 'source' && isHttpUrl(ownSite) && host(ownSite) === host(s.value)))
    .filter((s) => PENDING_DEEP_LINKS.has(`${file} ${s.value}`) === (options.pending ?? false))
    .map((s) => {
      const offset = base + (s.offsets[0] ?? 0);
      const before = whole.slice(0, offset);
      return {
        file,
        line: before.split('\n').length,
        column: offset - before.lastIndexOf('\n'),
        rule: 'home-page-source',
        message: `"${s.value}" is a site's home page: the reader cannot find the fact there`,
        suggestion: 'link the page or the publication that states the fact (a deep link), or add the site to HOME_PAGE_SOURCES in source-links.ts with the reason',
      };
    });
}
