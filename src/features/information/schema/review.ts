/**
 * What every health information page must carry: the sources it rests on,
 * who reviewed it, when, and when it is next due for review (shown as
 * NHS.UK does: "Page vérifiée le … — prochaine vérification …").
 * Guides, myths and brochures all extend this one shape.
 */
import { z } from 'astro/zod';
import { httpsUrl, isoDate } from '../../../core/schema/common.ts';

/** A document a page rests on. */
export const source = z.object({
  /** Title of the document as its publisher gives it. */
  title: z.string().min(1, 'expected the title of the source document'),
  /** Who published it (Psycom, Santé publique France, HAS ...). */
  publisher: z.string().min(1, 'expected who published the source'),
  /** Where to read it. */
  url: httpsUrl,
});

/** Review fields, spread into the schema of each health collection. */
export const reviewShape = {
  /** Who checked the page: a name and a role, e.g. "Dr A. Dupont, psychiatre (exemple)". */
  reviewer: z.string({ message: 'expected who reviewed the page (a name and a role)' }).min(1),
  /** When the page was last checked against its sources (YYYY-MM-DD). */
  lastReviewed: isoDate,
  /** When it must be checked again (YYYY-MM-DD), after lastReviewed. */
  nextReviewDue: isoDate,
  /** The documents the page rests on: at least one. */
  sources: z.array(source, { message: 'expected a list of sources' }).min(1, 'expected at least one source'),
};

/** The review part of a page, on its own. */
export const review = z.object(reviewShape);
export type Review = z.infer<typeof review>;

/** Checks that the next review comes after the last one; use with superRefine. */
export function checkReviewDates(value: { lastReviewed: string; nextReviewDue: string }, ctx: z.RefinementCtx): void {
  if (value.nextReviewDue <= value.lastReviewed) {
    ctx.addIssue({
      code: 'custom',
      path: ['nextReviewDue'],
      message: `expected a date after lastReviewed (${value.lastReviewed})`,
    });
  }
}
