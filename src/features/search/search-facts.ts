/**
 * Filters and result-card metadata for the site search, read from the
 * content itself (directory entries, events, news) rather than from the
 * pages: the category, commune and hours of a directory entry, the date and
 * commune of an event, the date of a news item. The indexing script asks
 * `factsFor()` for each built page.
 */
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { basename, extname, join } from 'node:path';
import { readYaml } from '../../core/yaml.ts';
import type { Language } from '../../core/schema/site.ts';
import { contentPath } from '../../core/content-dir.ts';
import { loadDirectory, topLevel, summarizeWeek, termText, type Directory } from '../directory/index.ts';
import { loadEvents } from '../events/index.ts';
import { dictionaries, translate } from '../../core/i18n/i18n.ts';
import { foldForSearch, synonymsFor } from './search-synonyms.ts';
import { lastSegment, type SearchType } from './search-types.ts';
import type { SearchFacts } from './search-record.ts';

interface EntryFacts {
  categories: string[];
  commune?: string | undefined;
  hours?: string | undefined;
  /** Other words for its categories in the page's language (taxonomy.yaml `synonyms`): "emergency" for Urgence et crise. */
  keywords?: string[] | undefined;
}

interface DatedFacts {
  date: string;
  commune?: string | undefined;
}

/** What the content says about the pages that come from it, by entry id or slug. */
export interface SearchSources {
  /** Directory entries as the French pages describe them. */
  entries: ReadonlyMap<string, EntryFacts>;
  /** The same in the site's other languages (category names, commune, hours in that language). */
  entriesIn?: Partial<Record<Language, ReadonlyMap<string, EntryFacts>>>;
  events: ReadonlyMap<string, DatedFacts>;
  news: ReadonlyMap<string, DatedFacts>;
}

/** The `date` of each news item's front matter, by file name (the URL slug). */
function newsDates(): Map<string, DatedFacts> {
  const dates = new Map<string, DatedFacts>();
  const root = contentPath('news');
  if (!existsSync(root)) return dates;
  for (const name of readdirSync(root, { recursive: true, encoding: 'utf8' })) {
    if (!['.md', '.mdx'].includes(extname(name))) continue;
    const text = readFileSync(join(root, name), 'utf8');
    const front = /^---\r?\n([\s\S]*?)\r?\n---/.exec(text)?.[1];
    if (front === undefined) continue;
    // The news schema has already validated these files in the build; the date is read as written.
    const data: unknown = readYaml(front, { strings: true });
    const date = typeof data === 'object' && data !== null && 'date' in data ? String(data.date) : undefined;
    if (date) dates.set(basename(name, extname(name)), { date });
  }
  return dates;
}

/** What a directory entry's page in `lang` is found by: its categories' names and synonyms in that language, commune, hours. */
function entryFacts(directory: Directory, lang: Language): Map<string, EntryFacts> {
  const terms = new Map(directory.taxonomy.terms.map((t) => [t.id, t]));
  const entries = new Map<string, EntryFacts>();
  for (const entry of directory.listed) {
    const categories = new Set<string>();
    const keywords = new Set<string>();
    for (const id of entry.categories) {
      const term = terms.get(id);
      const top = topLevel(directory.taxonomy, id);
      for (const t of [top, term]) {
        if (!t) continue;
        categories.add(termText(t, lang).name);
        for (const word of (lang === 'fr' ? undefined : t.translations?.[lang])?.synonyms ?? []) keywords.add(word);
      }
    }
    entries.set(entry.id, {
      categories: [...categories],
      commune: entry.location?.commune ?? translate(lang, 'directory.browse.remote'),
      hours: entry.compiledHours ? summarizeWeek(lang, entry.compiledHours) : undefined,
      ...(keywords.size > 0 ? { keywords: [...keywords] } : {}),
    });
  }
  return entries;
}

/** Reads the directory, the events and the news, validated by their own loaders. */
export function loadSearchSources(): SearchSources {
  const directory = loadDirectory();
  const entries = entryFacts(directory, 'fr');
  const languages = (Object.keys(dictionaries) as Language[]).filter((lang) => lang !== 'fr');
  const entriesIn = Object.fromEntries(languages.map((lang) => [lang, entryFacts(directory, lang)]));
  const events = new Map<string, DatedFacts>();
  if (existsSync(contentPath('events'))) {
    for (const event of loadEvents()) events.set(event.id, { date: event.start, commune: event.location.commune });
  }
  return { entries, entriesIn, events, news: newsDates() };
}

/** Weights of added words: synonyms of the title count almost like the title (h1 is 7), others less than body text. */
export const SYNONYM_WEIGHTS = { title: 6, category: 2, body: 0.5 } as const;

/**
 * The filters, metadata and synonyms of one page. `title` is the page's h1
 * and `text` its indexed text: a synonym of the title ("CMP" for "Centre
 * médico-psychologique adultes de Bron") ranks the page like its title does.
 */
export function factsFor(path: string, type: SearchType, lang: Language, title: string, text: string, sources: SearchSources): SearchFacts {
  const id = lastSegment(path);
  const filters: Record<string, string[]> = {};
  const meta: Record<string, string> = {};
  // A directory entry is also found by the names of its categories, whether or not its page spells them out.
  const missing: string[] = [];
  if (type === 'service') {
    const entry = (lang === 'fr' ? undefined : sources.entriesIn?.[lang])?.get(id) ?? sources.entries.get(id);
    // A directory page that is not an entry (a tool added later) is an ordinary page.
    if (!entry) type = 'page';
    if (entry) {
      filters['category'] = entry.categories;
      if (entry.commune) filters['commune'] = [entry.commune];
      if (entry.commune) meta['commune'] = entry.commune;
      if (entry.hours) meta['hours'] = entry.hours;
      const folded = foldForSearch(text);
      missing.push(...[...entry.categories, ...(entry.keywords ?? [])].filter((name) => !folded.includes(foldForSearch(name))));
      text = `${text} ${missing.join(' ')}`;
    }
  }
  const dated = type === 'evenement' ? sources.events.get(id) : type === 'actualite' ? sources.news.get(id) : undefined;
  if (dated) {
    meta['date'] = dated.date;
    if (dated.commune) {
      meta['commune'] = dated.commune;
      filters['commune'] = [dated.commune];
    }
  }
  const ofTitle = synonymsFor(title, lang);
  const ofBody = synonymsFor(text, lang).filter((word) => !ofTitle.includes(word));
  // Searched like the title (Pagefind meta weights, set in site-search.ts): what the page is, in other words.
  const keywords = [...ofTitle, ...missing];
  if (keywords.length) meta['keywords'] = keywords.join(' · ');
  return {
    type,
    filters,
    meta,
    synonyms: [
      { words: ofTitle, weight: SYNONYM_WEIGHTS.title },
      { words: missing, weight: SYNONYM_WEIGHTS.category },
      { words: ofBody, weight: SYNONYM_WEIGHTS.body },
    ],
  };
}
