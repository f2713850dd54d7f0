/**
 * Building blocks shared by several schemas: phones, coordinates, dates,
 * INSEE codes. Each carries an error message that says what was expected.
 */
import { z } from 'astro/zod';
import { normalizePhone, PHONE_EXPECTED } from '../phone.ts';

/** A phone number as typed; parsed to E.164 (or a short number such as 3114). */
export const phoneNumber = z.string().transform((input, ctx) => {
  const normalized = normalizePhone(input);
  if (normalized === undefined) {
    ctx.addIssue({ code: 'custom', message: `"${input}" is not a valid phone number: expected ${PHONE_EXPECTED}` });
    return z.NEVER;
  }
  return normalized;
});

/** A point in WGS84 decimal degrees. */
export const coordinates = z.object({
  /** Latitude, -90 to 90 (south to north). */
  lat: z.number({ message: 'expected a latitude in decimal degrees, such as 45.7719' }).min(-90).max(90),
  /** Longitude, -180 to 180 (west to east). */
  lon: z.number({ message: 'expected a longitude in decimal degrees, such as 4.8902' }).min(-180).max(180),
});
export type Coordinates = z.infer<typeof coordinates>;

/** A rectangle in WGS84 decimal degrees. */
export const bounds = z
  .object({
    /** Southern edge (smallest latitude). */
    south: z.number().min(-90).max(90),
    /** Western edge (smallest longitude). */
    west: z.number().min(-180).max(180),
    /** Northern edge (largest latitude). */
    north: z.number().min(-90).max(90),
    /** Eastern edge (largest longitude). */
    east: z.number().min(-180).max(180),
  })
  .refine((b) => b.south < b.north, { message: 'expected south to be smaller than north', path: ['north'] })
  .refine((b) => b.west < b.east, { message: 'expected west to be smaller than east', path: ['east'] });
export type Bounds = z.infer<typeof bounds>;

/** True when the point lies inside the rectangle (edges included). */
export function isWithin(point: Coordinates, box: Bounds): boolean {
  return point.lat >= box.south && point.lat <= box.north && point.lon >= box.west && point.lon <= box.east;
}

/** Code officiel géographique of a commune (5 characters, Corsica included). */
export const inseeCode = z
  .string()
  .regex(/^(\d{5}|2[AB]\d{3})$/, 'expected a 5-character INSEE commune code such as "69266"');

/** A French postcode. */
export const postcode = z.string().regex(/^\d{5}$/, 'expected a 5-digit postcode such as "69100"');

/** True when year, month and day name a day of the calendar (2026-02-30 and 2026-13-45 do not). */
export function isRealDate(year: number, month: number, day: number): boolean {
  const date = new Date(Date.UTC(year, month - 1, day));
  return date.getUTCFullYear() === year && date.getUTCMonth() === month - 1 && date.getUTCDate() === day;
}

/** True for "YYYY-MM-DD" text naming a real day. */
export function isIsoDate(text: string): boolean {
  const match = /^(\d{4})-(\d{2})-(\d{2})$/.exec(text);
  return match !== null && isRealDate(Number(match[1]), Number(match[2]), Number(match[3]));
}

/**
 * A calendar date written YYYY-MM-DD, a day that exists. Content files reach
 * the schemas with their dates as text (core/yaml.ts and
 * core/content-loader.ts read YAML with the core schema): a YAML date parser
 * would have turned 2026-13-45 into 14 February 2027 without a word.
 */
export const isoDate = z.preprocess(
  (value) => (value instanceof Date ? value.toISOString().slice(0, 10) : value),
  z
    .string({ message: 'expected a date written YYYY-MM-DD, such as 2026-10-05' })
    .regex(/^\d{4}-\d{2}-\d{2}$/, 'expected a date written YYYY-MM-DD, such as 2026-10-05')
    .refine(isIsoDate, { error: (issue) => `expected a date that exists (month 01 to 12, a day of that month); got "${String(issue.input)}"` }),
);

/** A time of day on a 24-hour clock, "HH:MM" (00:00 to 23:59). */
export const clockTime = z
  .string({ message: 'expected a time written HH:MM, such as 14:30' })
  .regex(/^([01]\d|2[0-3]):[0-5]\d$/, 'expected a time written HH:MM between 00:00 and 23:59, such as 14:30');

/** A date and time on a Paris clock, without offset: "2026-10-24T18:00". */
export const localDateTime = z
  .string({ message: 'expected a date and time written YYYY-MM-DDTHH:MM on a Paris clock, such as "2026-10-24T18:00", in quotes' })
  .regex(/^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}$/, 'expected a date and time written YYYY-MM-DDTHH:MM on a Paris clock (no offset, no seconds), such as "2026-10-24T18:00"')
  .refine((value) => isIsoDate(value.slice(0, 10)), { error: (issue) => `expected a date that exists (month 01 to 12, a day of that month); got "${String(issue.input).slice(0, 10)}"` })
  .refine((value) => clockTime.safeParse(value.slice(11)).success, { error: (issue) => `expected a time between 00:00 and 23:59; got "${String(issue.input).slice(11)}"` });

/**
 * The rule every range follows: its end is not before its start. `strict`
 * when the end must come after the start (times), not merely on or after it
 * (days). Adds the issue on the end field, naming the start.
 */
export function endNotBeforeStart<T extends Record<string, unknown>>(start: keyof T & string, end: keyof T & string, options: { strict?: boolean } = {}) {
  return (value: T, ctx: z.RefinementCtx) => {
    const from = value[start];
    const to = value[end];
    if (typeof from !== 'string' || typeof to !== 'string') return;
    if (options.strict ? to <= from : to < from) {
      ctx.addIssue({ code: 'custom', path: [end], message: `expected ${end} to be ${options.strict ? 'after' : 'on or after'} ${start} (${from}); got ${to}` });
    }
  };
}

/** A year or a period of years ("2026", "2025-2027") matching `pattern`, whose last year is not before its first. */
export function yearPeriod(pattern: RegExp, message: string) {
  return z
    .string({ message })
    .regex(pattern, message)
    .refine((period) => {
      const [first, last = first] = period.split('-');
      return Number(last) >= Number(first);
    }, { error: (issue) => `expected a period whose last year is not before its first; got "${String(issue.input)}"` });
}

/** An absolute https URL. */
export const httpsUrl = z.url({ protocol: /^https$/, message: 'expected an absolute https:// address' });

/** An email address. */
export const email = z.email({ message: 'expected an email address such as contact@example.fr' });
