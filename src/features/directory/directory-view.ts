/**
 * What the directory pages derive from the loaded entries: groups, labels,
 * weekly hours in words, links, and the compact JSON index that the filter
 * element fetches. Pure functions over `Directory`, shared by pages and
 * endpoints so that static HTML and client-side results say the same thing.
 */
import type { Language } from '../../core/schema/site.ts';
import type { TaxonomyTerm } from './schema/taxonomy.ts';
import { formatDay, encodeDates, encodeWeek, type WeeklyHours } from './weekly-hours.ts';
import { termAndChildren, type Directory, type Resource } from './resources.ts';
import { formatPhone } from '../../core/phone.ts';
import { slugify } from '../../core/slug.ts';
import { translate } from '../../core/i18n/i18n.ts';
import { loadSiteConfig } from '../../core/site-config.ts';
import { routeFor } from '../../core/routes.ts';
import { dateTimeFormat, displayNames } from '../../core/intl-cache.ts';
import { servedElsewhereSlugs } from './served.ts';

/** Pseudo-commune for services with no place (phone lines, websites). */
export const REMOTE_SLUG = 'a-distance';

/** Entries per static page (category, commune and combined pages). */
export const PAGE_SIZE = 50;

/** Most entries the printable guide holds; a larger directory prints by need or by commune. */
export const GUIDE_CAP = 400;

/** Entries shown per category on /ressources/ before "see all": keeps that page light with 10,000 entries. */
export const GROUP_CAP = 12;

/** Day name for Monday = 0 ... Sunday = 6, e.g. "lundi" or "lun.". */
export function dayName(lang: Language, weekday: number, width: 'long' | 'short' = 'long'): string {
  const monday = Date.UTC(2024, 0, 1, 12);
  return dateTimeFormat(lang === 'fr' ? 'fr-FR' : 'en-GB', { weekday: width, timeZone: 'UTC' }).format(new Date(monday + weekday * 86_400_000));
}

/** "lun.–ven. 9 h – 17 h ; sam. 14 h – 18 h": consecutive days with the same hours grouped. */
export function summarizeWeek(lang: Language, hours: WeeklyHours): string {
  const week = hours.week;
  if (week.every((day) => day.length === 1 && day[0]?.[0] === 0 && day[0]?.[1] === 1440)) return translate(lang, 'directory.status.always');
  const parts: string[] = [];
  let start = 0;
  while (start < 7) {
    const text = formatDay(week[start] ?? [], lang);
    let end = start;
    while (end + 1 < 7 && formatDay(week[end + 1] ?? [], lang) === text) end += 1;
    if (text !== '') {
      const days = start === end ? dayName(lang, start, 'short') : `${dayName(lang, start, 'short')}–${dayName(lang, end, 'short')}`;
      parts.push(`${days} ${text}`);
    }
    start = end + 1;
  }
  return parts.join(lang === 'fr' ? ' ; ' : '; ');
}

/** Where a card says the place is: "Villeurbanne" or "Partout en France". */
export function placeLine(lang: Language, entry: Resource): string {
  if (!entry.location) return translate(lang, 'directory.list.national');
  return `${entry.location.street}, ${entry.location.postcode} ${entry.location.commune}`;
}

/** The commune slug used by filters and pages, remote services included. */
export function communeKey(entry: Resource): string {
  return entry.communeSlug ?? REMOTE_SLUG;
}

/** Communes of the territory with their slugs, plus the remote pseudo-commune. */
export function communeChoices(lang: Language): { slug: string; name: string }[] {
  const site = loadSiteConfig();
  return [
    ...site.territory.communes.map((c) => ({ slug: slugify(c.name), name: c.name })),
    { slug: REMOTE_SLUG, name: translate(lang, 'directory.browse.remote') },
  ];
}

/** Entries in a category or any of its sub-categories. */
export function inCategory(directory: Directory, categoryId: string): Resource[] {
  // Every listing page asks for its category again; with 100,000 entries the
  // filter costs more than the page, so it runs once per category and build.
  let byCategory = categoryLists.get(directory);
  if (!byCategory) categoryLists.set(directory, (byCategory = new Map()));
  let list = byCategory.get(categoryId);
  if (!list) {
    const ids = termAndChildren(directory.taxonomy, categoryId);
    list = directory.listed.filter((r) => r.categories.some((c) => ids.includes(c)));
    byCategory.set(categoryId, list);
  }
  return list;
}
const categoryLists = new WeakMap<Directory, Map<string, Resource[]>>();

/** Top-level categories, in taxonomy order. */
export function topCategories(directory: Directory): TaxonomyTerm[] {
  return directory.taxonomy.terms.filter((t) => t.parent === undefined);
}

/**
 * A category's name and description in `lang` (taxonomy.yaml `translations`),
 * and the language they are actually in: French when the CLSM gave no
 * translation, so a page can mark it lang="fr".
 */
export function termText(term: TaxonomyTerm, lang: Language): { name: string; description: string; lang: Language } {
  const translated = lang === 'fr' ? undefined : term.translations?.[lang];
  return translated ? { name: translated.name, description: translated.description, lang } : { name: term.name, description: term.description, lang: 'fr' };
}

/** Name of a category id, in `lang` when taxonomy.yaml translates it. */
export function categoryName(directory: Directory, id: string, lang: Language = 'fr'): string {
  const term = directory.taxonomy.terms.find((t) => t.id === id);
  return term ? termText(term, lang).name : id;
}

/** The group an entry is listed under on /ressources/: the top-level category of its first category. */
export function groupOf(directory: Directory, entry: Resource): string {
  const first = directory.taxonomy.terms.find((t) => t.id === entry.categories[0]);
  return first?.parent ?? first?.id ?? 'autre';
}

/** The directory's home in `lang`: "/ressources/", "/en/directory/". */
export function directoryPath(lang: Language = 'fr'): string {
  return routeFor('findHelp', lang).href;
}

/**
 * A static listing page in `lang`: by need, by commune, or both
 * ("/ressources/commune/bron/cmp/", "/en/directory/town/bron/cmp/"). The
 * path words are UI strings, so a new language names its own.
 */
export function listingPath(lang: Language, by: { category?: string; commune?: string }): string {
  const base = directoryPath(lang);
  if (by.commune !== undefined) return `${base}${translate(lang, 'directory.path.commune')}/${by.commune}/${by.category !== undefined ? `${by.category}/` : ''}`;
  return `${base}${translate(lang, 'directory.path.category')}/${by.category ?? ''}/`;
}

/** Page URL of an entry, in `lang` when the directory has that language. */
export function entryPath(entry: Pick<Resource, 'id'>, lang: Language = 'fr'): string {
  return `${directoryPath(lang)}${entry.id}/`;
}

/** The first phone, as shown and as dialled. */
export function mainPhone(entry: Resource): { display: string; href: string } | undefined {
  const phone = entry.phones[0];
  if (!phone) return undefined;
  return { display: formatPhone(phone.number), href: `${phone.kind === 'text' ? 'sms' : 'tel'}:${phone.number}` };
}

/** Data attributes that let <open-status> compute "open now" in the browser. */
export function statusAttributes(entry: Resource): Record<string, string> {
  if (entry.status === 'temporarily-closed') return { 'data-temporarily-closed': '' };
  const hours = entry.compiledHours;
  if (!hours) return {};
  return {
    'data-week': encodeWeek(hours.week),
    ...(hours.holiday ? { 'data-holiday': encodeWeek(hours.holiday) } : {}),
    ...(hours.dates ? { 'data-dates': encodeDates(hours.dates) } : {}),
  };
}

/** One entry in /ressources/index.json: short keys, since the file grows with the directory. */
export interface IndexEntry {
  /** id */
  id: string;
  /** name */
  n: string;
  /** example */
  e?: 1;
  /** categories (with their parents, so filtering on a parent is one lookup) */
  c: string[];
  /** commune slug or "a-distance" */
  m: string;
  /** slugs of the other communes it serves (its area, its sector: served.ts) */
  v?: string[];
  /** place line */
  p: string;
  /** audiences */
  a: string[];
  /** cost */
  f: string;
  /** appointment */
  r: string;
  /** languages */
  l: string[];
  /** accessibility */
  x: string[];
  /** hours summary in words */
  s?: string;
  /** weekly table (encodeWeek) */
  w?: string;
  /** holiday table */
  h?: string;
  /** dated days the table gets wrong (encodeDates) */
  d?: string;
  /** temporarily closed */
  t?: 1;
  /** main phone: display, href */
  tel?: [string, string];
}

/** The whole index: entries plus what the browser needs to read them. */
export interface DirectoryIndex {
  holidays: string[];
  entries: IndexEntry[];
}

/** The index in `lang`: place lines and hours in words follow the page that fetches it. */
export function buildIndex(directory: Directory, lang: Language = 'fr'): DirectoryIndex {
  const parentOf = new Map(directory.taxonomy.terms.map((t) => [t.id, t.parent]));
  return {
    holidays: directory.holidays,
    entries: directory.listed.map((r) => {
      const cats = new Set<string>();
      for (const c of r.categories) {
        cats.add(c);
        const parent = parentOf.get(c);
        if (parent) cats.add(parent);
      }
      const attrs = statusAttributes(r);
      const phone = mainPhone(r);
      const entry: IndexEntry = {
        id: r.id,
        n: r.name,
        c: [...cats],
        m: communeKey(r),
        p: placeLine(lang, r),
        a: r.audiences,
        f: r.cost,
        r: r.appointment,
        l: r.languages,
        x: r.accessibility,
      };
      const elsewhere = servedElsewhereSlugs(r);
      if (elsewhere.length > 0) entry.v = elsewhere;
      if (r.example) entry.e = 1;
      if (r.compiledHours) entry.s = summarizeWeek(lang, r.compiledHours);
      if (attrs['data-week'] !== undefined) entry.w = attrs['data-week'];
      if (attrs['data-holiday'] !== undefined) entry.h = attrs['data-holiday'];
      if (attrs['data-dates'] !== undefined) entry.d = attrs['data-dates'];
      if (r.status === 'temporarily-closed') entry.t = 1;
      if (phone) entry.tel = [phone.display, phone.href];
      return entry;
    }),
  };
}

/** Splits a list into static pages of PAGE_SIZE. */
export function pageCount(total: number): number {
  return Math.max(1, Math.ceil(total / PAGE_SIZE));
}

/** Display name of an ISO 639 code in French ("arabe"). */
export function languageName(lang: Language, code: string): string {
  return displayNames(lang === 'fr' ? 'fr-FR' : 'en-GB', { type: 'language', fallback: 'code' }).of(code) ?? code;
}
