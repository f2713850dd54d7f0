/**
 * The site configuration (`content/site.yaml`): who the CLSM is, its
 * territory, its contacts and local crisis lines, the map and the languages.
 */
import { z } from 'astro/zod';
import { bounds, coordinates, email, httpsUrl, inseeCode, isWithin, phoneNumber, postcode } from './common.ts';

/** Languages the interface is translated into. */
export const SUPPORTED_LANGUAGES = ['fr', 'en'] as const;
export const language = z.enum(SUPPORTED_LANGUAGES, { message: `expected one of: ${SUPPORTED_LANGUAGES.join(', ')}` });
export type Language = z.infer<typeof language>;

/** A commune of the territory. */
export const commune = z.object({
  /** Official name, e.g. "Villeurbanne". */
  name: z.string().min(1),
  /** INSEE code (code officiel géographique), not the postcode. */
  insee: inseeCode,
  /** Postcodes that serve the commune. */
  postcodes: z.array(postcode).min(1, 'expected at least one postcode'),
  /** A central point used for distances ("near me" from a chosen commune). */
  centre: coordinates,
});
export type Commune = z.infer<typeof commune>;

/** A postal address. */
export const postalAddress = z.object({
  /** Street line, e.g. "12 rue Anatole France". */
  street: z.string().min(1),
  /** Postcode. */
  postcode,
  /** Commune name. */
  city: z.string().min(1),
});

/** A way to reach a local crisis service. */
export const crisisContact = z.object({
  /** Service name as people know it. */
  name: z.string().min(1),
  /** One line on what it is for and when to call. */
  description: z.string().min(1),
  /** Phone number to call. */
  phone: phoneNumber.optional(),
  /** Number that accepts text messages, if any. */
  sms: phoneNumber.optional(),
  /** When it answers, in words ("24 h/24", "lun-ven 9 h-17 h"). */
  hours: z.string().min(1),
  /** True for sample data: the page then says it is an example. */
  example: z.boolean().default(false),
}).refine((c) => c.phone !== undefined || c.sms !== undefined, {
  message: 'expected a phone or an sms number',
  path: ['phone'],
});

/** Where the basemap comes from. `none` and `pmtiles` send no request to another host. */
export const basemap = z.discriminatedUnion('kind', [
  z.object({
    /** Markers on a plain background, with the territory outline if `content/territory.geojson` exists. */
    kind: z.literal('none'),
  }),
  z.object({
    /** A vector PMTiles file served by the site itself. */
    kind: z.literal('pmtiles'),
    /** Path of the file under `public/`, e.g. "/tiles/territoire.pmtiles". */
    url: z.string().regex(/^\/[^/]/, 'expected a path on this site starting with "/"'),
    /** Attribution text required by the data licence. */
    attribution: z.string().min(1),
  }),
  z.object({
    /** Raster tiles from a third party: loaded only after the visitor accepts. */
    kind: z.literal('raster'),
    /** Provider's name, shown on the consent button. */
    provider: z.string().min(1),
    /** Tile URL template with {z}, {x}, {y}. */
    tiles: z.string().regex(/^https:\/\/.*\{z\}.*\{x\}.*\{y\}/, 'expected an https:// URL template with {z}, {x} and {y}'),
    /** Attribution text required by the provider. */
    attribution: z.string().min(1),
    /** The provider's privacy or usage policy, linked from the consent button. */
    policyUrl: httpsUrl,
  }),
], { message: 'expected basemap.kind to be one of: none, pmtiles, raster' });
export type Basemap = z.infer<typeof basemap>;

export const siteConfig = z
  .object({
    /** Public address of the site, used for canonical links, the sitemap and feeds. */
    url: httpsUrl,
    /** The CLSM's identity. */
    clsm: z.object({
      /** Full name, e.g. "Conseil local de santé mentale de Villeurbanne". */
      name: z.string().min(1),
      /** Short name for the header, e.g. "CLSM Villeurbanne". */
      shortName: z.string().min(1).max(40, 'expected a short name of at most 40 characters'),
      /** Who carries the CLSM (a town, an intercommunality). */
      carrier: z.string().min(1),
      /**
       * The paragraph that ends every press release ("À propos du CLSM"):
       * what the CLSM is, who takes part, since when. Written once here.
       */
      boilerplate: z
        .string({ message: 'expected clsm.boilerplate: the "À propos" paragraph that ends every press release' })
        .min(80, 'expected clsm.boilerplate to say in at least 80 characters what the CLSM is and who takes part')
        .max(700, 'expected clsm.boilerplate to stay under 700 characters (one paragraph)'),
      /** True when this is sample content: every page says so. */
      example: z.boolean().default(false),
    }),
    /** The communes the CLSM covers. */
    territory: z.object({
      /** Name of the territory, e.g. "Villeurbanne et ses voisines". */
      name: z.string().min(1),
      communes: z.array(commune).min(1, 'expected at least one commune'),
      /**
       * Where a resident who lives outside the territory finds their own
       * psychiatric sector (e.g. the ARS's page on sectors): "Quel est mon
       * CMP ?" links to it for an address outside the territory.
       */
      sectorsElsewhere: z.object({ label: z.string().min(1), url: httpsUrl }).optional(),
    }),
    /** How to reach the CLSM and its press contact. */
    contact: z.object({
      /** Coordinator's email, also used for "report an error" links. */
      email,
      phone: phoneNumber,
      address: postalAddress,
      /** The person journalists should call. */
      press: z.object({
        name: z.string().min(1),
        role: z.string().min(1),
        phone: phoneNumber,
        email,
      }),
      /** Address for security reports (security.txt). */
      security: email,
    }),
    /**
     * An e-mail subscription to the CLSM's news, run with a provider the CLSM
     * chooses. Off unless given. The site only links to the provider's
     * sign-up page: no form, script or image of the provider is loaded, so
     * nothing reaches it until the visitor decides to go there.
     */
    newsletter: z
      .object({
        /** The provider's name, shown before the visitor leaves the site, e.g. "Mailjet". */
        provider: z.string().min(1),
        /** The sign-up page at the provider. */
        url: httpsUrl,
      })
      .optional(),
    /** Publisher details required by law for the legal notice. */
    publisher: z.object({
      /** Legal entity that publishes the site. */
      name: z.string().min(1),
      /** Director of publication (directeur de la publication). */
      director: z.string().min(1),
      /** Host of the site: name and address. */
      host: z.string().min(1),
    }),
    /** Local crisis contacts, shown after the national lines on every page. */
    crisisContacts: z.array(crisisContact).default([]),
    /** The map of the directory. */
    map: z.object({
      /** Where the map opens. */
      centre: coordinates,
      /** Initial zoom level (0 = world, 12 = a town). */
      zoom: z.number().min(0).max(20),
      /** Directory entries must lie inside these bounds. */
      bounds,
      basemap,
    }),
    /** Languages of the site; the first one is served at "/". */
    languages: z
      .array(language)
      .min(1)
      .refine((list) => list[0] === 'fr', { message: 'expected French ("fr") first: it is served at "/"' })
      .refine((list) => new Set(list).size === list.length, { message: 'expected each language once' }),
  })
  .superRefine((site, ctx) => {
    if (!isWithin(site.map.centre, site.map.bounds)) {
      ctx.addIssue({ code: 'custom', path: ['map', 'centre'], message: 'expected the map centre to lie inside map.bounds' });
    }
    site.territory.communes.forEach((c, index) => {
      if (!isWithin(c.centre, site.map.bounds)) {
        ctx.addIssue({
          code: 'custom',
          path: ['territory', 'communes', index, 'centre'],
          message: `expected the centre of ${c.name} to lie inside map.bounds`,
        });
      }
    });
    const seen = new Set<string>();
    site.territory.communes.forEach((c, index) => {
      if (seen.has(c.insee)) {
        ctx.addIssue({ code: 'custom', path: ['territory', 'communes', index, 'insee'], message: `expected each INSEE code once; ${c.insee} is repeated` });
      }
      seen.add(c.insee);
    });
  });

/** The validated site configuration. */
export type SiteConfig = z.infer<typeof siteConfig>;
