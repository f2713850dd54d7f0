/**
 * Where content entries are published. Entry ids come from file paths
 * ("fr/ou-s-adresser"); the last segment is the URL slug. Each feature
 * writes the addresses of its own collections from these (for example
 * features/information/urls.ts).
 */
import type { Language } from './schema/site.ts';

/** The slug of an entry id: its last path segment. */
export function slugOf(id: string): string {
  return id.slice(id.lastIndexOf('/') + 1);
}

/** The language folder of an entry id ("en/where-to-go" → "en"). */
export function languageOfId(id: string): Language {
  return id.startsWith('en/') ? 'en' : 'fr';
}

/** An editorial page by its id, when it has a fixed place on the site. */
export const PAGE_URLS: Record<string, string> = {
  'fr/le-clsm': '/le-clsm/',
  'en/about': '/en/about/',
  'fr/formation-des-elus': '/le-clsm/formation-des-elus/',
  'fr/situations-complexes': '/le-clsm/situations-complexes/',
  'fr/mentions-legales': '/mentions-legales/',
  'fr/accessibilite': '/accessibilite/',
  'fr/confidentialite': '/confidentialite/',
  'en/legal-notice': '/en/legal-notice/',
  'en/accessibility': '/en/accessibility/',
  'en/privacy': '/en/privacy/',
  'en/reporting-suicide': '/en/press/reporting-suicide/',
};
