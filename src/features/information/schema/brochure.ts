/**
 * A brochure (`content/brochures/<slug>.mdx`): the HTML version is the
 * body; the printable PDF lives in `public/` and its size and page count are
 * read from the file at build time. An easy-to-read (FALC) brochure points
 * to its original with `easyReadOf`; the original links back automatically.
 */
import { z } from 'astro/zod';
import type { SchemaContext } from 'astro:content';
import { checkReviewDates, reviewShape } from './review.ts';

/** The five national series (after Psycom's model); a CLSM may add local ones here. */
export const BROCHURE_SERIES = [
  'troubles-psychiques',
  'psychotropes',
  'therapies-et-soins',
  'droits-des-usagers',
  'organisation-des-soins',
] as const;
export const brochureSeries = z.enum(BROCHURE_SERIES, { message: `expected a series among: ${BROCHURE_SERIES.join(', ')}` });
export type BrochureSeries = z.infer<typeof brochureSeries>;

/** Path of a PDF served by the site, e.g. "/documents/brochures/depression.pdf". */
export const sitePdfPath = z
  .string()
  .regex(/^\/documents\/[a-z0-9/-]+\.pdf$/, 'expected a path such as "/documents/brochures/depression.pdf" (file in public/documents/)');

export const brochure = ({ image }: SchemaContext) =>
  z
    .object({
      /** Title as printed on the cover. */
      title: z.string().min(1).max(90),
      /** One or two sentences for lists and search engines. */
      description: z.string().min(20).max(220),
      /** Which series it belongs to. */
      series: brochureSeries,
      /** Position inside its series (smaller first). */
      order: z.number().int().min(0),
      /** Cover picture: a local SVG or PNG next to the file, e.g. "./covers/depression.png". */
      cover: image(),
      /** Describes the cover for screen readers; empty when purely decorative. */
      coverAlt: z.string().default(''),
      /** The printable version, in public/documents/. */
      pdf: sitePdfPath,
      /** For an easy-to-read (FALC) brochure: the id of the original brochure. */
      easyReadOf: z.string().regex(/^[a-z0-9-]+$/, 'expected the id (file name without .mdx) of the original brochure').optional(),
      /** Language of the brochure. */
      lang: z.enum(['fr', 'en']).default('fr'),
      ...reviewShape,
    })
    .superRefine(checkReviewDates);
