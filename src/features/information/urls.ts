/** Where the information pages are published: guides, myths, brochures, news. */
import type { BrochureSeries } from './schema/brochure.ts';
import { languageOfId, slugOf } from '../../core/content-urls.ts';

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
