/**
 * One entry of the directory of local help (`content/resources/<id>.yaml`).
 *
 * Every field says where it goes in Open Referral HSDS 3.0 (organization,
 * service, location, address, phone, schedule, service_area, language,
 * accessibility, cost_option) and in the French data·inclusion schema
 * (structure / service), so exports and importers can map both ways
 * without loss. The entry id is the file name (HSDS service.id).
 *
 * Rules that need other files (categories in taxonomy.yaml, communes and
 * map bounds in site.yaml, ids unique across folders) are checked by the
 * loader in src/features/directory/resources.ts.
 */
import { z } from 'astro/zod';
import { coordinates, email, httpsUrl, inseeCode, isoDate, phoneNumber, postcode } from '../../../core/schema/common.ts';
import { slug } from './taxonomy.ts';
import { slugify } from '../../../core/slug.ts';
import { hoursProblem } from '../hours.ts';
import { importProvenance } from './import-provenance.ts';
import { displayNames } from '../../../core/intl-cache.ts';

/** Who a service is for. data·inclusion: `publics` / `profils`; HSDS: service.eligibility_description. */
export const AUDIENCES = ['tous-publics', 'enfants', 'adolescents', 'jeunes-adultes', 'etudiants', 'adultes', 'personnes-agees', 'familles', 'aidants', 'femmes', 'professionnels'] as const;
export const audience = z.enum(AUDIENCES, { message: `expected one of: ${AUDIENCES.join(', ')}` });
export type Audience = z.infer<typeof audience>;

/** How to get in. HSDS: service.application_process; data·inclusion: modes_orientation_beneficiaire (se-presenter, telephoner) and prise_rdv. */
export const APPOINTMENTS = ['walk-in', 'required', 'by-phone'] as const;
export const appointment = z.enum(APPOINTMENTS, { message: `expected one of: ${APPOINTMENTS.join(', ')}` });
export type Appointment = z.infer<typeof appointment>;

/** What it costs. HSDS: cost_option (amount 0 for free) and service.fees_description; data·inclusion: frais (gratuit, payant). */
export const COSTS = ['free', 'reimbursed', 'fee'] as const;
export const cost = z.enum(COSTS, { message: `expected one of: ${COSTS.join(', ')} (reimbursed = covered by the Assurance maladie)` });
export type Cost = z.infer<typeof cost>;

/** Arrangements for disabled visitors. HSDS: location.accessibility[].description; data·inclusion: accessibilite (structure). */
export const ACCESS_FEATURES = ['step-free', 'hearing-loop', 'lsf', 'easy-to-read'] as const;
export const accessFeature = z.enum(ACCESS_FEATURES, { message: `expected one of: ${ACCESS_FEATURES.join(', ')}` });
export type AccessFeature = z.infer<typeof accessFeature>;

/** Whether people can use the service. HSDS: service.status (active, temporarily closed, defunct); data·inclusion: date_suspension. */
export const STATUSES = ['active', 'temporarily-closed', 'closed'] as const;
export const status = z.enum(STATUSES, { message: `expected one of: ${STATUSES.join(', ')}` });

/** Where the service happens. HSDS: location.location_type (physical, virtual); data·inclusion: modes_accueil (en-presentiel, a-distance). */
export const DELIVERIES = ['in-person', 'remote'] as const;
export const delivery = z.enum(DELIVERIES, { message: `expected one of: ${DELIVERIES.join(', ')}` });

/**
 * A category of taxonomy.yaml, by its id. The message says which id a name
 * typed as in the spreadsheet ("Urgences", "Santé mentale") would be, rather
 * than only that it is not a slug.
 */
export const categoryId = z.string({ message: 'expected a category id from content/taxonomy.yaml, such as "urgences"' }).superRefine((value, ctx) => {
  if (slug.safeParse(value).success) return;
  const id = slugify(value);
  ctx.addIssue({ code: 'custom', message: `expected a category id from content/taxonomy.yaml, in lower case with hyphens${id ? ` ("${id}" if that is the category meant)` : ''}; got "${value}"` });
});

/** Ids that would collide with the directory's own pages. */
export const RESERVED_IDS = ['index', 'guide', 'categorie', 'commune', 'page', 'mon-cmp'] as const;

/** An entry id: the file name without `.yaml`. HSDS: service.id. */
export const resourceId = slug.refine((id) => !(RESERVED_IDS as readonly string[]).includes(id), {
  message: `expected a file name other than ${RESERVED_IDS.join(', ')} (these are directory pages)`,
});

/** A language code. HSDS: language.code (ISO 639-1 or 639-3); data·inclusion: none (free text in presentation). */
export const languageCode = z
  .string()
  .regex(/^[a-z]{2,3}$/, 'expected an ISO 639 language code such as "fr", "ar" or "fsl"')
  .refine((code) => displayNames('fr', { type: 'language', fallback: 'none' }).of(code) !== undefined, {
    message: 'expected a known ISO 639 language code such as "fr", "en", "ar", "tr"',
  });

/** What a call costs: gratuit, non surtaxé (prix d’un appel normal), surtaxé. */
export const CALL_COSTS = ['free', 'standard', 'premium'] as const;

/** A way to reach the service by phone. HSDS: phone (number, type, description); data·inclusion: telephone. */
export const resourcePhone = z.object({
  /** The number as typed, normalised to E.164 or a short number. HSDS: phone.number. */
  number: phoneNumber,
  /** `voice` for calls, `text` for SMS. HSDS: phone.type (RFC 6350 types). */
  kind: z.enum(['voice', 'text'], { message: 'expected voice or text' }).default('voice'),
  /** What the line is for, e.g. "Accueil", "Tchat". HSDS: phone.description. */
  label: z.string().min(1).optional(),
  /**
   * What a call costs, as the line's own page says it, never inferred from
   * the number: `free` (gratuit), `standard` (non surtaxé: the price of a
   * normal call), `premium` (surtaxé). Required for national lines. HSDS:
   * phone.x_clsm_call_cost.
   */
  callCost: z.enum(CALL_COSTS, { message: 'expected free (gratuit), standard (non surtaxé, prix d’un appel normal) or premium (surtaxé)' }).optional(),
});

/** Where a service takes place. HSDS: location (physical) with one address; data·inclusion: adresse, code_postal, commune, code_insee, latitude, longitude. */
export const resourceLocation = z.object({
  /** Street line. HSDS: address.address_1; data·inclusion: adresse. */
  street: z.string().min(1, 'expected a street line such as "12 rue Anatole France"'),
  /** Building, floor, entrance. HSDS: address.address_2; data·inclusion: complement_adresse. */
  complement: z.string().min(1).optional(),
  /** Postcode. HSDS: address.postal_code; data·inclusion: code_postal. */
  postcode,
  /** Commune name, one of the territory's communes in site.yaml. HSDS: address.city; data·inclusion: commune. */
  commune: z.string().min(1),
  /** INSEE code of the commune. HSDS: location.external_identifier (type "insee"); data·inclusion: code_insee. */
  insee: inseeCode,
  /** WGS84 point, inside the map bounds of site.yaml. HSDS: location.latitude / location.longitude; data·inclusion: latitude / longitude. */
  coordinates,
  /** How to get there (tram, bus, parking). HSDS: location.transportation. */
  access: z.string().min(1).optional(),
});

/** The area a service covers. HSDS: service_area (name, description); data·inclusion: zone_diffusion_type, zone_diffusion_code. */
export const serviceArea = z.object({
  /** national (pays), department (departement), territory (all the CLSM's communes) or the listed communes. */
  scope: z.enum(['national', 'department', 'territory', 'communes'], { message: 'expected one of: national, department, territory, communes' }),
  /** INSEE codes when scope is `communes`. HSDS: service_area.extent (list); data·inclusion: zone_diffusion_code. */
  communes: z.array(inseeCode).optional(),
  /** Free text, e.g. "secteur 69G21: Villeurbanne nord". HSDS: service_area.description. */
  description: z.string().min(1).optional(),
});

/** Where the information was checked. HSDS: metadata (resource source); data·inclusion: source, lien_source. */
export const resourceSource = z
  .object({
    /** Official page the details were checked against. data·inclusion: lien_source. */
    url: httpsUrl.optional(),
    /** Who or what, in words (e.g. "Appel au secrétariat", "Donnée d'exemple"). */
    note: z.string().min(1).optional(),
  })
  .refine((s) => s.url !== undefined || s.note !== undefined, { message: 'expected a source url, a note, or both' });

/** Opening hours in OpenStreetMap syntax, checked with the opening_hours library (French public holidays). */
export const openingHours = z.string().superRefine((value, ctx) => {
  const problem = hoursProblem(value);
  if (problem) ctx.addIssue({ code: 'custom', message: problem });
});

export const resource = z
  .object({
    /** Public name of the service; sample entries end with "(exemple)". HSDS: service.name; data·inclusion: nom. */
    name: z.string().min(1),
    /** Who runs it. HSDS: organization (name, website); data·inclusion: structure (nom, site_web). */
    organization: z.object({
      /** HSDS: organization.name; data·inclusion: structure.nom. */
      name: z.string().min(1),
      /** HSDS: organization.website; data·inclusion: structure.site_web. */
      website: httpsUrl.optional(),
    }),
    /** Category ids from content/taxonomy.yaml, the main one first. HSDS: attribute → taxonomy_term; data·inclusion: thematiques. */
    categories: z.array(categoryId).min(1, 'expected at least one category id from content/taxonomy.yaml'),
    /** What the service does, in plain French (two to four sentences). HSDS: service.description; data·inclusion: presentation_resume / presentation_detail. */
    description: z.string().min(1),
    /** Who it is for. HSDS: service.eligibility_description; data·inclusion: profils. */
    audiences: z.array(audience).min(1, 'expected at least one audience, or "tous-publics"'),
    /** Age limits, when there are any. HSDS: service.minimum_age / maximum_age. */
    ages: z
      .object({
        /** HSDS: service.minimum_age. */
        min: z.number().int().min(0).max(120).optional(),
        /** HSDS: service.maximum_age. */
        max: z.number().int().min(0).max(120).optional(),
      })
      .refine((a) => a.min === undefined || a.max === undefined || a.min <= a.max, { message: 'expected min to be at most max', path: ['max'] })
      .optional(),
    /** In person, remote (phone, chat), or both. HSDS: location.location_type; data·inclusion: modes_accueil. */
    delivery: z.array(delivery).min(1).default(['in-person']),
    /** The place, for in-person services; absent for national or remote services. HSDS: location + address. */
    location: resourceLocation.optional(),
    /** The area served, when it is not just the place's commune. HSDS: service_area; data·inclusion: zone_diffusion_*. */
    area: serviceArea.optional(),
    /** Phone numbers, the main one first. HSDS: phone; data·inclusion: telephone (first one). */
    phones: z.array(resourcePhone).default([]),
    /** Contact email. HSDS: service.email; data·inclusion: courriel. */
    email: email.optional(),
    /** Web page of the service. HSDS: service.url; data·inclusion: lien_source or site_web. */
    website: httpsUrl.optional(),
    /** Opening hours in OpenStreetMap syntax. HSDS: schedule (converted to RRULEs, the original in schedule.description); data·inclusion: horaires_accueil (same OSM syntax). */
    hours: openingHours.optional(),
    /** Anything the hours do not say ("fermé en août", "permanence le 1er mardi"). HSDS: schedule.notes. */
    hoursNote: z.string().min(1).optional(),
    /** How to get in. HSDS: service.application_process; data·inclusion: modes_orientation_beneficiaire. */
    appointment,
    /** True when a doctor's or professional's referral is needed. HSDS: service.application_process; data·inclusion: modes_orientation_accompagnateur. */
    referral: z.boolean().default(false),
    /** What it costs. HSDS: cost_option; data·inclusion: frais. */
    cost,
    /** Details on cost ("adhésion 10 € par an"). HSDS: service.fees_description; data·inclusion: frais_autres. */
    costNote: z.string().min(1).optional(),
    /** Languages spoken by the staff (ISO 639). HSDS: language (service); data·inclusion: none. */
    languages: z.array(languageCode).default(['fr']),
    /** Accessibility arrangements. HSDS: accessibility (location); data·inclusion: accessibilite. */
    accessibility: z.array(accessFeature).default([]),
    /** active, temporarily-closed or closed (closed entries are not listed). HSDS: service.status. */
    status: status.default('active'),
    /** The day a closed entry closed: its page stays and says since when. HSDS: service.status "defunct" (no date field; kept in service.alert). */
    closedOn: isoDate.optional(),
    /** Ids of the entries that took over from a closed one: its page offers them first. */
    replacedBy: z.array(slug).default([]),
    /** Short notice shown on the page, e.g. why it is temporarily closed. HSDS: service.alert. */
    alert: z.string().min(1).optional(),
    /**
     * When a person last checked the details. HSDS: service.assured_date; data·inclusion: date_maj.
     * Absent on an imported entry nobody has checked yet: its page says "à vérifier" until someone
     * calls and writes the date here (the register's own date is not a check).
     */
    verifiedOn: isoDate.optional(),
    /** Where the details come from. HSDS: metadata; data·inclusion: source / lien_source. */
    source: resourceSource,
    /** True for sample entries: the page says "exemple". Never exported as real data. */
    example: z.boolean().default(false),
    /** Written by the importers (features/opendata/import/): source, id in the source, hashes of the imported values. Not exported. */
    imported: importProvenance.optional(),
  })
  .superRefine((entry, ctx) => {
    const inPerson = entry.delivery.includes('in-person');
    if (inPerson && entry.location === undefined) {
      ctx.addIssue({ code: 'custom', path: ['location'], message: 'expected a location (street, postcode, commune, insee, coordinates) for an in-person service, or delivery: [remote] for a phone line or online service' });
    }
    if (!inPerson && entry.location !== undefined) {
      ctx.addIssue({ code: 'custom', path: ['delivery'], message: 'expected "in-person" in delivery when a location is given' });
    }
    if (entry.phones.length === 0 && entry.location === undefined && entry.website === undefined && entry.email === undefined) {
      ctx.addIssue({ code: 'custom', path: ['phones'], message: 'expected at least one way to reach the service: phones, location, website or email' });
    }
    if (entry.area?.scope === 'national') {
      entry.phones.forEach((phone, index) => {
        if (phone.callCost === undefined) ctx.addIssue({ code: 'custom', path: ['phones', index, 'callCost'], message: 'expected what a call to this national line costs, as its own page says: free, standard (non surtaxé) or premium' });
      });
    }
    if (entry.status !== 'closed' && (entry.closedOn !== undefined || entry.replacedBy.length > 0)) {
      ctx.addIssue({ code: 'custom', path: ['status'], message: 'expected status: closed for an entry with closedOn or replacedBy' });
    }
    if (entry.area?.scope === 'communes' && (entry.area.communes ?? []).length === 0) {
      ctx.addIssue({ code: 'custom', path: ['area', 'communes'], message: 'expected the INSEE codes of the communes served when scope is "communes"' });
    }
  });

/** An entry as validated from its YAML file. */
export type ResourceData = z.infer<typeof resource>;
/** An entry as written in YAML, before defaults and normalisation. */
export type ResourceInput = z.input<typeof resource>;
