/**
 * Annual reports (`content/clsm/reports.yaml`): the yearly "bilan" the 2016
 * instruction asks for, with its PDF in public/documents/.
 */
import { z } from 'astro/zod';
import { isoDate } from '../../../core/schema/common.ts';
import { sitePdfPath } from '../../information/index.ts';

export const annualReport = z.object({
  /** Year the report covers. */
  year: z.number().int().min(2000).max(2100),
  /** Title as on the document. */
  title: z.string().min(1),
  /** Key points, a few lines. */
  highlights: z.array(z.string().min(1)).min(1),
  /**
   * Difficulties met during the year (a partner who left, an action
   * delayed, a need not covered), said as plainly as the key points, so the
   * report reads as an honest account.
   */
  difficulties: z.array(z.string().min(1)).default([]),
  /** When it was presented to the assemblée plénière (YYYY-MM-DD). */
  presented: isoDate,
  /** The PDF, in public/documents/. */
  pdf: sitePdfPath,
  /** True for sample content. */
  example: z.boolean().default(false),
});
export type AnnualReport = z.infer<typeof annualReport>;

export const annualReports = z.array(annualReport).min(1);
