/**
 * One yearly edition of the Semaines d'information sur la santé mentale
 * (`content/sism/<year>.yaml`): the national theme, the dates, an
 * introduction, the partners and the poster. Its events are files in
 * content/events/ with `edition: <year>`.
 */
import { z } from 'astro/zod';
import { endNotBeforeStart, httpsUrl, isoDate } from '../../../core/schema/common.ts';

/** A partner of the local programme. */
export const partner = z.object({
  /** Name of the organisation. */
  name: z.string().min(1),
  /** Its website. */
  url: httpsUrl.optional(),
});

export const sismEdition = z
  .object({
    /** National theme, as the national collective announced it. */
    theme: z.string().min(1, 'expected the national theme'),
    /** True when the theme is a placeholder, not the announced one: the page says so. */
    themeIsExample: z.boolean().default(false),
    /** First day of the local programme (YYYY-MM-DD). */
    startDate: isoDate,
    /** Last day of the local programme (YYYY-MM-DD). */
    endDate: isoDate,
    /** Introduction in plain French; blank lines separate paragraphs. */
    introduction: z.string().min(1, 'expected an introduction'),
    /** Partners of the local programme. */
    partners: z.array(partner).default([]),
    /** The poster: an SVG, PNG or JPEG file next to this one in content/sism/, and its text alternative. */
    poster: z
      .object({
        /** File name in content/sism/, e.g. "affiche-2026.svg". */
        file: z.string().regex(/^[a-z0-9-]+\.(svg|png|jpe?g)$/, 'expected a file name in content/sism/ such as "affiche-2026.svg" (svg, png or jpg)'),
        /** What the poster says, for people who cannot see it. */
        alt: z.string().min(1, 'expected a text alternative for the poster'),
      })
      .optional(),
    /** True for sample content: the page says "exemple". */
    example: z.boolean().default(false),
  })
  .strict()
  .superRefine(endNotBeforeStart('startDate', 'endDate'));

export type SismEditionData = z.infer<typeof sismEdition>;
