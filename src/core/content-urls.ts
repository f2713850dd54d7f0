/**
 * Where each content entry is published. Entry ids come from file paths
 * ("fr/ou-s-adresser"); the last segment is the URL slug.
 */
import type { Language } from './schema/site.ts';
import type { BrochureSeries } from '../features/information/schema/brochure.ts';

/** The slug of an entry id: its last path segment. */
export function slugOf(id: string): string {
  return id.slice(id.lastIndexOf('/') + 1);
}

/** The language folder of an entry id ("en/where-to-go" → "en"). */
export function languageOfId(id: string): Language {
  return id.startsWith('en/') ? 'en' : 'fr';
}

/** A guide's page. */
export function guideUrl(id: string): string {
  return languageOfId(id) === 'en' ? `/en/learn/${slugOf(id)}/` : `/s-informer/${slugOf(id)}/`;
}

/** A myth-versus-fact page. */
export function mythUrl(id: string): string {
  return `/s-informer/idees-recues/${slugOf(id)}/`;
}

/** A series of brochures. */
export function brochureSeriesUrl(series: BrochureSeries): string {
  return `/s-informer/brochures/${series}/`;
}

/** A brochure's HTML version. */
export function brochureUrl(series: BrochureSeries, id: string): string {
  return `${brochureSeriesUrl(series)}${slugOf(id)}/`;
}

/** A news item. */
export function newsUrl(id: string): string {
  return `/actualites/${slugOf(id)}/`;
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
};
