/**
 * The words the HSDS export writes for the directory's closed lists
 * (audiences, appointment, cost, accessibility, area), and the way back
 * from those words to the lists. Labels come from the French UI strings,
 * so the export reads like the site.
 */
import { ACCESS_FEATURES, APPOINTMENTS, AUDIENCES, COSTS, type AccessFeature, type Appointment, type Audience, type Cost } from '../directory/index.ts';
import { translate } from '../../core/i18n/i18n.ts';
import { slugify } from '../../core/slug.ts';

/** Taxonomy names used in HSDS attributes. */
export const CATEGORY_TAXONOMY = 'clsm-categories';
export const AUDIENCE_TAXONOMY = 'clsm-publics';

/** The sentence application_process carries when a referral is needed. */
export const REFERRAL_TEXT = 'Sur orientation d’un médecin ou d’un professionnel.';

export const AREA_SCOPES = ['national', 'department', 'territory', 'communes'] as const;
export type AreaScope = (typeof AREA_SCOPES)[number];

export const audienceLabel = (a: Audience) => translate('fr', `directory.audience.${a}`);
export const appointmentLabel = (a: Appointment) => translate('fr', `directory.appointment.${a}`);
export const costLabel = (c: Cost) => translate('fr', `directory.cost.${c}`);
export const accessLabel = (a: AccessFeature) => translate('fr', `directory.access.${a}`);
/** Area names without the communes placeholder ("Communes"). */
export const areaLabel = (s: AreaScope) => translate('fr', `directory.area.${s}`, { communes: '' }).replace(/\s*:\s*$/, '');

/** Compares words the way people type them: case, accents, apostrophes and punctuation ignored. */
export function sameWords(a: string, b: string): boolean {
  return slugify(a) === slugify(b);
}

function lookup<T extends string>(values: readonly T[], label: (v: T) => string, text: string): T | undefined {
  return values.find((v) => sameWords(v, text) || sameWords(label(v), text));
}

export const audienceFromText = (text: string) => lookup(AUDIENCES, audienceLabel, text);
export const costFromText = (text: string) => lookup(COSTS, costLabel, text);
export const accessFromText = (text: string) => lookup(ACCESS_FEATURES, accessLabel, text);
export const areaFromText = (text: string) => lookup(AREA_SCOPES, areaLabel, text);
export function appointmentFromText(text: string): Appointment | undefined {
  const first = text.split(/[.;]/)[0] ?? '';
  return lookup(APPOINTMENTS, appointmentLabel, first) ?? lookup(APPOINTMENTS, appointmentLabel, text);
}
