/**
 * A plain editorial page (`content/pages/<lang>/<slug>.mdx`): the CLSM's own
 * pages and the legal pages. No review dates: these are not health advice.
 */
import { z } from 'astro/zod';
import { isoDate } from '../../../core/schema/common.ts';
import { translatedShape } from '../../../core/schema/page-language.ts';

export const page = z.object({
  /** Page title (the h1). */
  title: z.string().min(1).max(90),
  /** One or two sentences for search engines. */
  description: z.string().min(20).max(220),
  /** When the text was last updated (YYYY-MM-DD), shown at the bottom. */
  updated: isoDate,
  ...translatedShape,
});
