/**
 * The people the CLSM can put journalists in touch with
 * (`content/press/experts.yaml`). No personal contact details: journalists
 * go through the press contact.
 */
import { z } from 'astro/zod';

export const expert = z.object({
  /** Name as it may be quoted. */
  name: z.string().min(1),
  /** Role and organisation, e.g. "Psychiatre, chef de pôle du secteur". */
  role: z.string().min(1),
  /** Topics the person can speak about. */
  topics: z.array(z.string().min(1)).min(1, 'expected at least one topic'),
  /** True for invented people: the page labels them as examples. */
  example: z.boolean(),
});

/** The whole file. */
export const experts = z.object({
  experts: z.array(expert).min(1, 'expected at least one expert'),
});
