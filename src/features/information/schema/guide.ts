/**
 * A guide (`content/guides/<lang>/<slug>.mdx`): a health information page
 * under "S'informer". Sources and review dates are required.
 */
import { z } from 'astro/zod';
import { checkReviewDates, reviewShape } from './review.ts';
import { translatedShape } from '../../../core/schema/page-language.ts';

/** Topics that change how a page is checked (e.g. `suicide` requires the 3114 block). */
export const GUIDE_TAGS = ['soins', 'droits', 'proches', 'jeunes', 'suicide', 'bases'] as const;

export const guide = z
  .object({
    /** Page title: plain words, no sensational term. */
    title: z.string().min(1).max(90, 'expected a title of at most 90 characters'),
    /** One or two sentences for the index and search engines. */
    description: z.string().min(20, 'expected a description of at least 20 characters').max(200),
    /** Position in the section index (smaller first). */
    order: z.number().int().min(0),
    /** Topics of the page. */
    tags: z.array(z.enum(GUIDE_TAGS, { message: `expected tags among: ${GUIDE_TAGS.join(', ')}` })).default([]),
    ...translatedShape,
    ...reviewShape,
  })
  .superRefine(checkReviewDates);
