/**
 * The directory's categories (`content/taxonomy.yaml`). Each term maps onto
 * an Open Referral HSDS 3.0 `taxonomy_term`; a term with a parent is a
 * sub-category (HSDS `parent_id`).
 */
import { z } from 'astro/zod';
import { language } from '../../../core/schema/site.ts';

/** A category id: lower-case letters, digits and hyphens. */
export const slug = z
  .string()
  .regex(/^[a-z0-9]+(?:-[a-z0-9]+)*$/, 'expected a slug: lower-case letters, digits and single hyphens, such as "emploi-insertion"');

/** One category of the directory. */
export const taxonomyTerm = z.object({
  /** Stable id used in entries' `categories` and in URLs. HSDS: taxonomy_term.id and taxonomy_term.code. */
  id: slug,
  /** Name shown to residents. HSDS: taxonomy_term.name. */
  name: z.string().min(1),
  /** One sentence saying what the category covers. HSDS: taxonomy_term.description. */
  description: z.string().min(1),
  /** Id of the broader category, for sub-categories. HSDS: taxonomy_term.parent_id. */
  parent: slug.optional(),
  /**
   * The name and description in the site's other languages, with the words
   * residents of that language search for ("emergency" for "Urgence et
   * crise"). A language without one shows the French name, marked lang="fr".
   */
  translations: z
    .partialRecord(
      language,
      z.object({
        name: z.string().min(1),
        description: z.string().min(1),
        /** Other words for this category, indexed by the site search in that language. */
        synonyms: z.array(z.string().min(1)).default([]),
      }),
    )
    .optional(),
});
export type TaxonomyTerm = z.infer<typeof taxonomyTerm>;

export const taxonomy = z
  .object({
    /** Every category, broader ones before their sub-categories. */
    terms: z.array(taxonomyTerm).min(1, 'expected at least one category'),
  })
  .superRefine((value, ctx) => {
    const ids = new Set<string>();
    value.terms.forEach((term, index) => {
      if (ids.has(term.id)) {
        ctx.addIssue({ code: 'custom', path: ['terms', index, 'id'], message: `expected each id once; "${term.id}" is repeated` });
      }
      ids.add(term.id);
    });
    value.terms.forEach((term, index) => {
      if (term.parent === undefined) return;
      const parent = value.terms.find((t) => t.id === term.parent);
      if (!parent) {
        ctx.addIssue({ code: 'custom', path: ['terms', index, 'parent'], message: `expected the id of another category; "${term.parent}" is not one` });
      } else if (parent.parent !== undefined) {
        ctx.addIssue({ code: 'custom', path: ['terms', index, 'parent'], message: `expected a top-level category as parent; "${term.parent}" is itself a sub-category` });
      }
    });
  });
export type Taxonomy = z.infer<typeof taxonomy>;
