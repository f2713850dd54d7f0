/**
 * Psychiatric sectors (`content/sectors.yaml`): which CMP serves which
 * address. French public psychiatry is organised in sectors: every address
 * belongs to one adult sector and one child-and-adolescent sector, each
 * with its CMP. A commune is either wholly in one sector of each kind, or
 * split by streets and districts into areas.
 *
 * Rules that need other files (communes in site.yaml, CMP ids in the
 * directory, streets listed once) are checked by src/features/directory/sectors.ts.
 */
import { z } from 'astro/zod';
import { slug } from './taxonomy.ts';

/** Adult psychiatry (adultes) or child and adolescent psychiatry (enfants et adolescents). */
export const POPULATIONS = ['adults', 'children'] as const;
export const population = z.enum(POPULATIONS, { message: `expected one of: ${POPULATIONS.join(', ')}` });
export type Population = z.infer<typeof population>;

/** One sector and the CMP that serves it. */
export const sector = z.object({
  /** Short id used in this file, e.g. "adultes-villeurbanne-nord". */
  id: slug,
  /** Name as shown, e.g. "Secteur adultes Villeurbanne nord et ouest (exemple)". */
  name: z.string().min(1),
  /** adults or children. */
  population,
  /** Official sector code when known, e.g. "69G21". */
  code: z.string().min(1).optional(),
  /** Directory entry id of the sector's CMP (file name in content/resources/). */
  cmp: z.string().min(1),
  /** What happens at a first visit, in plain French (two or three sentences). */
  firstVisit: z.string().min(1),
});
export type Sector = z.infer<typeof sector>;

/** even: numbers 2, 4, 6 …; odd: 1, 3, 5 …. */
export const SIDES = ['even', 'odd'] as const;
export type Side = (typeof SIDES)[number];

/**
 * A street, or part of one: the whole street as a plain name ("rue
 * Léon-Blum"), or an object that keeps one side and/or a range of house
 * numbers (`from` and `to` included). Two areas may both claim a number
 * (a range that ends where the other starts): the finder then shows both
 * sectors and says the address is on the limit.
 */
export const sectorStreet = z.union([
  z.string().min(1),
  z
    .object({
      /** Street name as on a letter. */
      street: z.string().min(1),
      /** Only the even or only the odd numbers. */
      side: z.enum(SIDES, { message: `expected one of: ${SIDES.join(', ')}` }).optional(),
      /** First house number of the part (included). */
      from: z.number().int().min(0).optional(),
      /** Last house number of the part (included). */
      to: z.number().int().min(0).optional(),
    })
    .strict()
    .refine((s) => s.side !== undefined || s.from !== undefined || s.to !== undefined, { message: 'expected side (even or odd), from or to; for the whole street write its name alone', path: ['street'] })
    .refine((s) => s.from === undefined || s.to === undefined || s.from <= s.to, { message: 'expected from to be at most to', path: ['to'] }),
], { message: 'expected a street name, or { street, side, from, to } for part of a street' });

/** Part of a split commune: named streets and districts served by the same sectors. */
export const sectorArea = z
  .object({
    /** Name as shown, e.g. "Nord et ouest (Charpennes, Gratte-Ciel ...)". */
    name: z.string().min(1),
    /** Adult sector id for this area; defaults to the commune's. */
    adults: slug.optional(),
    /** Child sector id for this area; defaults to the commune's. */
    children: slug.optional(),
    /** Districts (quartiers) wholly in this area. */
    districts: z.array(z.string().min(1)).default([]),
    /** Streets in this area, written as on a letter ("rue Léon-Blum"), whole or in part. */
    streets: z.array(sectorStreet).default([]),
  })
  .refine((a) => a.districts.length + a.streets.length > 0, { message: 'expected at least one district or street in the area', path: ['streets'] });

/** The sectors of one commune of the territory. */
export const communeSectors = z.object({
  /** Commune name, as in site.yaml's territory.communes. */
  commune: z.string().min(1),
  /** Adult sector id for the whole commune (or the default for its areas). */
  adults: slug.optional(),
  /** Child sector id for the whole commune (or the default for its areas). */
  children: slug.optional(),
  /** For a split commune: its areas, each with its streets and districts. */
  areas: z.array(sectorArea).optional(),
  /** True when the split is an example, not the real sector map: the page says so. */
  exampleSplit: z.boolean().default(false),
});

export const sectorsFile = z.object({
  /** True for sample data: every page says it is an example. */
  example: z.boolean().default(false),
  /** Where the sector map comes from (ARS, hospital), in words. */
  source: z.string().min(1),
  sectors: z.array(sector).min(1, 'expected at least one sector'),
  communes: z.array(communeSectors).min(1, 'expected at least one commune'),
});
export type SectorsFile = z.infer<typeof sectorsFile>;
