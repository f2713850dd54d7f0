/**
 * A key figure (`content/figures/<id>.yaml`) for the observatory and the
 * press space: values with their source, date and geography. Figures that
 * are not real must say so with `example: true`.
 */
import { z } from 'astro/zod';
import { httpsUrl, isoDate } from '../../../core/schema/common.ts';

export const figure = z.object({
  /** What is measured, as a heading. */
  title: z.string().min(1).max(120),
  /** One sentence that says what the numbers show. */
  summary: z.string().min(10),
  /** Unit of the values, e.g. "%" or "personnes". */
  unit: z.string().min(1),
  /** The values, one bar each. */
  values: z
    .array(
      z.object({
        /** Label of the bar, e.g. "2017" or "Villeurbanne". */
        label: z.string().min(1),
        /** The number (in the unit above). */
        value: z.number().min(0, 'expected a positive number or zero'),
      }),
    )
    .min(1)
    .max(12, 'expected at most 12 values: a longer series belongs in a table'),
  /** Where the numbers come from. */
  source: z.object({
    /** Publisher and document. */
    name: z.string().min(1),
    /** Where to check them; absent for sample data. */
    url: httpsUrl.optional(),
  }),
  /** When the data was published (YYYY-MM-DD). */
  published: isoDate,
  /** Area covered, e.g. "France métropolitaine" or "territoire du CLSM". */
  geography: z.string().min(1),
  /** True for invented numbers: the page labels them as examples. */
  example: z.boolean(),
  /** Position on the page (smaller first). */
  order: z.number().int().min(0).default(0),
}).refine((f) => f.example || f.source.url !== undefined, {
  message: 'expected a source url for a real figure (or example: true for sample data)',
  path: ['source', 'url'],
});
