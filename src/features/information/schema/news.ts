/**
 * A news item ("brève", `content/news/<lang>/<yyyy-mm-dd-slug>.mdx`):
 * dated, short, published in the feeds and on the home page.
 */
import { z } from 'astro/zod';
import { isoDate } from '../../../core/schema/common.ts';
import { language } from '../../../core/schema/site.ts';

export const newsItem = z.object({
  /** Headline: plain, no sensational word. */
  title: z.string().min(1).max(110),
  /** Publication date (YYYY-MM-DD). */
  date: isoDate,
  /** One or two sentences shown in lists and feeds. */
  summary: z.string().min(20).max(280),
  /** Language of the item. */
  lang: language,
  /** Topics, e.g. "sism", "suicide" (a `suicide` item must end with the 3114 help block). */
  tags: z.array(z.string().min(1)).default([]),
  /** The SISM edition the item is about: its body writes the programme's figures as [[rendez-vous]], [[gratuits]] … (events/sism-facts.ts). */
  edition: z.number().int().min(1992).max(2100).optional(),
  /** Marks sample content: the page says it is an example. */
  example: z.boolean().default(false),
});
export type NewsItem = z.infer<typeof newsItem>;
