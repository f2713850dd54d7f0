/**
 * The CLSM's bodies and members (`content/clsm/governance.yaml`): the
 * assemblée plénière and the comité de pilotage required by the 2016
 * instruction, their members (organisations and roles, never private
 * contact details) and the partners.
 */
import { z } from 'astro/zod';
import { httpsUrl } from '../../../core/schema/common.ts';

/** The groups the 2016 instruction expects around the table. */
export const MEMBER_GROUPS = ['elus', 'psychiatrie', 'usagers-aidants', 'social-medico-social', 'institutions', 'habitants'] as const;
export const memberGroup = z.enum(MEMBER_GROUPS, { message: `expected a group among: ${MEMBER_GROUPS.join(', ')}` });

export const member = z.object({
  /** Organisation or function, e.g. "Ville de Bron : adjointe à la santé". */
  name: z.string().min(1),
  /** Which group it represents. */
  group: memberGroup,
  /** Its role in the body, if any (présidence, co-animation ...). */
  role: z.string().min(1).optional(),
});
export type Member = z.infer<typeof member>;

export const body = z.object({
  /** What it is for. */
  purpose: z.string().min(10),
  /** Who chairs it. */
  chair: z.string().min(1),
  /** How often it meets, in words. */
  meets: z.string().min(1),
  /** Its members. */
  members: z.array(member).min(1),
});

export const partner = z.object({
  /** Name of the organisation. */
  name: z.string().min(1),
  /** What it brings, in one line. */
  role: z.string().min(1),
  /** Its public website, if any. */
  url: httpsUrl.optional(),
});

export const governance = z.object({
  /** True for sample content. */
  example: z.boolean().default(false),
  assembly: body,
  steering: body,
  /** The coordinator's post (a function, not a person's private details). */
  coordination: z.string().min(10),
  partners: z.array(partner).default([]),
});
export type Governance = z.infer<typeof governance>;
