/**
 * Fields shared by translated content entries: the entry's language and
 * the id of the same page in the other language, if there is one.
 */
import { z } from 'astro/zod';
import { language } from './site.ts';

export const translatedShape = {
  /** Language the entry is written in. */
  lang: language,
  /** Id of the same page in the other language, e.g. "en/where-to-go". */
  translation: z.string().regex(/^(fr|en)\/[a-z0-9-]+$/, 'expected an entry id such as "en/where-to-go"').optional(),
};
