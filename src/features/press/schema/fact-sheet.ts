/**
 * A fact sheet for journalists ("fiche thématique",
 * `content/press/fiches/<slug>.mdx`): key messages, key figures with their
 * source and date, a bibliography, and the review fields every health page
 * carries (review.ts).
 */
import { z } from 'astro/zod';
import { httpsUrl, isoDate } from '../../../core/schema/common.ts';
import { checkReviewDates, reviewShape, source } from '../../information/index.ts';

/** Topics a fact sheet covers; `suicide` adds the help block (3114) at the end of the page. */
export const FACT_SHEET_TOPICS = ['depression', 'schizophrenie', 'suicide', 'jeunes'] as const;

/** A figure quoted in a fact sheet. */
export const factSheetFigure = z
  .object({
    /** The number as it should be quoted, e.g. "12,5 %". */
    value: z.string().min(1),
    /** What the number measures, in one sentence. */
    label: z.string().min(10),
    /** Publisher and document. */
    source: z.string().min(1),
    /** Where to check it; absent for sample figures. */
    url: httpsUrl.optional(),
    /** When the data was published (YYYY-MM-DD). */
    date: isoDate,
    /** True for invented numbers: the page labels them as examples. */
    example: z.boolean(),
  })
  .refine((f) => f.example || f.url !== undefined, {
    message: 'expected a source url for a real figure (or example: true for a sample figure)',
    path: ['url'],
  });

export const factSheet = z
  .object({
    /** Page title: plain words, no sensational term. */
    title: z.string().min(1).max(90),
    /** One or two sentences for the index and search engines. */
    description: z.string().min(20).max(200),
    /** The topic. */
    topic: z.enum(FACT_SHEET_TOPICS, { message: `expected a topic among: ${FACT_SHEET_TOPICS.join(', ')}` }),
    /** Position in the list (smaller first). */
    order: z.number().int().min(0),
    /** What a journalist should take away: two to six sentences. */
    keyMessages: z.array(z.string().min(10)).min(2, 'expected at least two key messages').max(6),
    /** Figures quoted on the sheet, each with its source and date. */
    figures: z.array(factSheetFigure).min(1, 'expected at least one key figure'),
    /** Ids of observatory figures (content/figures/<id>.yaml) to link to; checked against the figures at build time. */
    relatedFigures: z.array(z.string().regex(/^[a-z0-9-]+$/, 'expected a figure id, the name of a file in content/figures/ without .yaml')).default([]),
    /** Further reading for journalists. */
    bibliography: z.array(source).min(1, 'expected at least one bibliography entry'),
    ...reviewShape,
  })
  .superRefine(checkReviewDates);
