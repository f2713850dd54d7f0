/**
 * A guidance page for journalists (`content/press/guides/<slug>.mdx`): how to
 * report on suicide, recommended vocabulary. CLSM's own words, edited as MDX
 * so the content linter checks them.
 */
import { z } from 'astro/zod';

export const pressGuide = z.object({
  /** Page title. */
  title: z.string().min(1).max(90),
  /** One or two sentences for lists and search engines. */
  description: z.string().min(20).max(220),
  /** Position in the list (smaller first). */
  order: z.number().int().min(0),
  /** Topics; a `suicide` page must end with the 3114 help block (content linter). */
  tags: z.array(z.string().min(1)).default([]),
});
