/**
 * The CLSM's action plan (`content/clsm/action-plan.yaml`): actions grouped
 * by the six axes of the 2016 instruction, each with its status.
 */
import { z } from 'astro/zod';
import { isoDate, yearPeriod } from '../../../core/schema/common.ts';

/** The axes, in the order the plan shows them. */
export const AXES = [
  'observation',
  'acces-aux-soins',
  'inclusion',
  'stigmatisation',
  'promotion',
  'situations-complexes',
] as const;
export const axis = z.enum(AXES, { message: `expected an axis among: ${AXES.join(', ')}` });
export type Axis = z.infer<typeof axis>;

/** Where an action stands. */
export const ACTION_STATUSES = ['prevue', 'en-cours', 'realisee', 'permanente'] as const;
export const actionStatus = z.enum(ACTION_STATUSES, { message: `expected a status among: ${ACTION_STATUSES.join(', ')}` });
export type ActionStatus = z.infer<typeof actionStatus>;

export const action = z.object({
  /** Stable identifier, used as the anchor on the page. */
  id: z.string().regex(/^[a-z0-9-]+$/, 'expected lowercase letters, digits and hyphens'),
  /** What is done, in a few words. */
  title: z.string().min(1),
  /** Which axis it serves. */
  axis,
  /** Where it stands. */
  status: actionStatus,
  /** What it does and for whom, in one or two sentences. */
  description: z.string().min(10),
  /** Who leads it (an organisation, not a person's private details). */
  lead: z.string().min(1),
  /** Partners involved. */
  partners: z.array(z.string().min(1)).default([]),
  /** Year or period, e.g. "2026" or "2025-2027". */
  period: yearPeriod(/^\d{4}(-\d{4})?$/, 'expected a year such as "2026" or a period such as "2025-2027"'),
});
export type Action = z.infer<typeof action>;

export const actionPlan = z
  .object({
    /** Period covered by the plan, e.g. "2025-2027". */
    period: yearPeriod(/^\d{4}-\d{4}$/, 'expected a period such as "2025-2027"'),
    /** The body that adopted it: the comité de pilotage (steering) or the assemblée plénière (assembly). */
    adoptedBy: z.enum(['steering', 'assembly'], { message: 'expected steering (comité de pilotage) or assembly (assemblée plénière)' }),
    /** When that body adopted it (YYYY-MM-DD). */
    adopted: isoDate,
    /** True for sample content. */
    example: z.boolean().default(false),
    actions: z.array(action).min(1),
  })
  .superRefine((plan, ctx) => {
    const seen = new Set<string>();
    plan.actions.forEach((a, index) => {
      if (seen.has(a.id)) ctx.addIssue({ code: 'custom', path: ['actions', index, 'id'], message: `expected each id once; "${a.id}" is repeated` });
      seen.add(a.id);
    });
  });
export type ActionPlan = z.infer<typeof actionPlan>;
