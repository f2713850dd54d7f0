/**
 * Brochure lookups: by series, and the easy-to-read (FALC) pairing in both
 * directions. A FALC brochure that names a missing original fails the build.
 */
import type { CollectionEntry } from 'astro:content';
import { ContentError } from '../../core/content-errors.ts';
import { BROCHURE_SERIES, type BrochureSeries } from './schema/brochure.ts';

type Brochure = CollectionEntry<'brochures'>;

/** Brochures of one series, in their set order. */
export function inSeries(all: Brochure[], series: BrochureSeries): Brochure[] {
  return all.filter((b) => b.data.series === series).sort((a, b) => a.data.order - b.data.order);
}

/** Series that have at least one brochure, in the canonical order. */
export function seriesInUse(all: Brochure[]): BrochureSeries[] {
  return BROCHURE_SERIES.filter((s) => all.some((b) => b.data.series === s));
}

/** The other half of an easy-to-read pair: the FALC version of an original, or the original of a FALC version. */
export function easyReadPartner(all: Brochure[], brochure: Brochure): Brochure | undefined {
  if (brochure.data.easyReadOf) {
    const original = all.find((b) => b.id === brochure.data.easyReadOf);
    if (!original) {
      throw new ContentError([
        { file: brochure.filePath ?? brochure.id, field: 'easyReadOf', message: `expected the id of an existing brochure; "${brochure.data.easyReadOf}" was not found` },
      ]);
    }
    return original;
  }
  return all.find((b) => b.data.easyReadOf === brochure.id);
}
