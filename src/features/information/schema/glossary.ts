/**
 * The glossary (`content/glossary.yaml`): abbreviations and terms readers
 * meet in health and social care. Each abbreviation is expanded with
 * `<abbr title>` on its first use in every page, and listed on the glossary page.
 */
import { z } from 'astro/zod';

export const glossaryTerm = z.object({
  /** The abbreviation or term as written, e.g. "CMP". */
  term: z.string().min(1).regex(/^\S(.*\S)?$/, 'expected no leading or trailing spaces'),
  /** What it stands for, e.g. "Centre médico-psychologique". */
  expansion: z.string().min(1),
  /** What it is, in one or two plain sentences. */
  definition: z.string().min(10),
  /** Expansion in English, for English pages. */
  expansionEn: z.string().min(1).optional(),
  /** Definition in English, for English pages. */
  definitionEn: z.string().min(10).optional(),
});

export const glossary = z
  .array(glossaryTerm)
  .min(1)
  .superRefine((terms, ctx) => {
    const seen = new Set<string>();
    terms.forEach((t, index) => {
      if (seen.has(t.term)) ctx.addIssue({ code: 'custom', path: [index, 'term'], message: `expected each term once; "${t.term}" is repeated` });
      seen.add(t.term);
    });
  });
export type Glossary = z.infer<typeof glossary>;

/** The anchor of a term on the glossary page ("CMP" → "cmp"). */
export function glossaryAnchor(term: string): string {
  return term
    .normalize('NFD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-|-$/g, '');
}
