/**
 * One event (`content/events/<id>.yaml`): a SISM event or any other public
 * event of the CLSM (training, plenary assembly). Times are written as read
 * on a clock in Paris ("2026-10-24T18:00"); the site converts them to UTC
 * for calendars and adds the offset for schema.org.
 *
 * Rules that need other files (place id in the directory, commune and map
 * bounds in site.yaml, edition dates) are checked by src/features/events/events.ts.
 */
import { z } from 'astro/zod';
import { coordinates, email, endNotBeforeStart, httpsUrl, localDateTime, phoneNumber, postcode } from '../../../core/schema/common.ts';
import { accessFeature, resourceId, slug } from '../../directory/index.ts';

/** Kinds of event; labels in the UI strings (`event.type.<id>`). */
export const EVENT_TYPES = [
  'conference',
  'cine-debat',
  'atelier',
  'portes-ouvertes',
  'exposition',
  'stand',
  'sport',
  'spectacle',
  'rencontre',
  'formation',
  'instance',
] as const;
export const eventType = z.enum(EVENT_TYPES, { message: `expected one of: ${EVENT_TYPES.join(', ')}` });

/** Who an event is for; labels in the UI strings (`event.audience.<id>`). */
export const EVENT_AUDIENCES = ['tout-public', 'enfants', 'jeunes', 'parents', 'aidants', 'seniors', 'professionnels', 'elus'] as const;
export const eventAudience = z.enum(EVENT_AUDIENCES, { message: `expected one of: ${EVENT_AUDIENCES.join(', ')}` });

/** Whether the event takes place as announced (schema.org eventStatus). */
export const EVENT_STATUSES = ['scheduled', 'cancelled', 'postponed'] as const;
export const eventStatus = z.enum(EVENT_STATUSES, { message: `expected one of: ${EVENT_STATUSES.join(', ')}` });

export { localDateTime };

/** An event id: the file name without `.yaml`, used in the URL /agenda/<id>/. */
export const eventId = slug;

/** A place that is not in the directory: a named address with coordinates. */
export const namedPlace = z.object({
  /** Name of the place, e.g. "Médiathèque du Tonkin". */
  name: z.string().min(1, 'expected the name of the place'),
  /** Street line. */
  street: z.string().min(1, 'expected a street line such as "12 rue Anatole France"'),
  /** Postcode. */
  postcode,
  /** Commune, one of the territory's communes in site.yaml. */
  commune: z.string().min(1, 'expected a commune of the territory'),
  /** WGS84 point, inside the map bounds of site.yaml. */
  coordinates,
  /** Room, floor, entrance. */
  complement: z.string().min(1).optional(),
});

/** A place from the directory, by its id (the file name in content/resources/). */
export const directoryPlace = z.object({
  /** Directory entry id: the event takes place at that entry's location. */
  resource: resourceId,
  /** Room, floor, entrance. */
  complement: z.string().min(1).optional(),
});

/** Where the event happens: a directory entry, or a named address. */
export const eventPlace = z.union([directoryPlace.strict(), namedPlace.strict()], {
  message: 'expected either { resource: <directory id> } or { name, street, postcode, commune, coordinates }',
});

/** How to register. */
export const registration = z.discriminatedUnion('kind', [
  /** No registration: come along. */
  z.object({ kind: z.literal('none') }),
  /** Register online. */
  z.object({ kind: z.literal('link'), url: httpsUrl }),
  /** Register by phone. */
  z.object({ kind: z.literal('phone'), phone: phoneNumber }),
  /** Register by email. */
  z.object({ kind: z.literal('email'), email }),
], { message: 'expected registration.kind to be one of: none, link, phone, email' });

/** Who organises the event. */
export const organiser = z.object({
  /** Name of the organisation. */
  name: z.string().min(1),
  /** Its website. */
  url: httpsUrl.optional(),
});

export const event = z
  .object({
    /** Title, short and plain ("Ciné-débat : Vice-versa"). */
    title: z.string().min(1, 'expected a title').max(120, 'expected a title of at most 120 characters'),
    /** What happens, for whom, in plain French; blank lines separate paragraphs. */
    description: z.string().min(1, 'expected a description'),
    /** Start, on a Paris clock. */
    start: localDateTime,
    /** End, on a Paris clock; after the start. */
    end: localDateTime,
    /** Kind of event. */
    type: eventType,
    /** Where it happens. */
    place: eventPlace,
    /** Who it is for (at least one; "tout-public" when open to all). */
    audiences: z.array(eventAudience).min(1, 'expected at least one audience, or "tout-public"'),
    /** Price in euros; 0 means free. */
    price: z.number({ message: 'expected a price in euros, 0 when free' }).min(0).default(0),
    /** Details on price ("gratuit pour les moins de 18 ans"). */
    priceNote: z.string().min(1).optional(),
    /** How to register. */
    registration: registration.default({ kind: 'none' }),
    /** Accessibility arrangements. */
    accessibility: z.array(accessFeature).default([]),
    /** Anything else on access ("interprète LSF sur demande avant le 10 octobre"). */
    accessibilityNote: z.string().min(1).optional(),
    /** Organisers, the main one first. */
    organisers: z.array(organiser).min(1, 'expected at least one organiser'),
    /** Year of the SISM edition this event belongs to; absent for other events. */
    edition: z.number().int().min(1990).max(2100).optional(),
    /** scheduled, cancelled or postponed. */
    status: eventStatus.default('scheduled'),
    /** True for sample events: the page says "exemple". */
    example: z.boolean().default(false),
  })
  .strict()
  .superRefine(endNotBeforeStart('start', 'end', { strict: true }));

/** An event file as written. */
export type EventInput = z.input<typeof event>;
/** An event file once validated, defaults applied. */
export type EventData = z.infer<typeof event>;
