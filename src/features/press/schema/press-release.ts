/**
 * A press release (`content/press/releases/<yyyy-mm-dd-slug>.mdx`): dated,
 * with its PDF next to it, and an optional embargo (a Paris wall-clock time)
 * that keeps it out of the built site and the feed until it passes.
 */
import { z } from 'astro/zod';
import { isoDate, localDateTime } from '../../../core/schema/common.ts';

export const pressRelease = z
  .object({
    /** Headline: factual, no sensational word (Papageno). */
    title: z.string().min(1).max(110, 'expected a title of at most 110 characters'),
    /** Date printed on the release (YYYY-MM-DD). */
    date: isoDate,
    /** One or two sentences for lists and the feed. */
    summary: z.string().min(20, 'expected a summary of at least 20 characters').max(300),
    /** Not to be published before this Paris date-time; absent for an immediate release. */
    embargo: localDateTime.optional(),
    /** The PDF version: a file name in content/press/releases/, e.g. "2026-11-15-sism.pdf". */
    pdf: z.string().regex(/^[a-z0-9-]+\.pdf$/, 'expected a PDF file name in content/press/releases/, such as "2026-11-15-bilan-sism.pdf"'),
    /** Topics; a `suicide` release must end with the 3114 help block (content linter). */
    tags: z.array(z.string().min(1)).default([]),
    /**
     * The SISM edition the release is about: its figures are then computed
     * from the programme, written [[rendez-vous]], [[gratuits]], [[payants]],
     * [[communes]] or [[dates]] (events/sism-facts.ts), never typed.
     */
    edition: z.number().int().min(1992).max(2100).optional(),
    /** Marks sample content: the page says it is an example. */
    example: z.boolean().default(false),
  })
  .refine((r) => !r.embargo || r.embargo.slice(0, 10) <= r.date, {
    message: 'expected the embargo to end on or before the release date',
    path: ['embargo'],
  });
