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

/** A calendar date written YYYY-MM-DD (YAML dates are accepted too). */
export const isoDate = z.preprocess(
  (value) => (value instanceof Date ? value.toISOString().slice(0, 10) : value),
  z.string().regex(/^\d{4}-\d{2}-\d{2}$/, 'expected a date written YYYY-MM-DD, such as 2026-10-05'),
);

/** An absolute https URL. */
export const httpsUrl = z.url({ protocol: /^https$/, message: 'expected an absolute https:// address' });

/** An email address. */
export const email = z.email({ message: 'expected an email address such as contact@example.fr' });
