/**
 * The directory as Open Referral HSDS 3.0: one full service object per
 * entry (organization, service_at_locations with their location and
 * address, phones, schedules, service_areas, languages, cost_options and
 * attributes for the categories and audiences), as `schema/compiled/service.json`
 * describes. Every id is a UUID derived from the site address and the
 * entry id (uuid-v5.ts), so it is stable between builds.
 *
 * What HSDS has no field for travels in extension fields prefixed `x_clsm_`
 * (the entry id, the example flag, the source, what a call costs), as HSDS
 * allows for fields outside the standard. With them the export can be
 * imported back without loss (see import/hsds.ts).
 */
import type { Resource, Taxonomy } from '../directory/index.ts';
import { hsdsId } from './uuid-v5.ts';
import { hsdsTime, ICAL_DAYS, weeklyRules } from './hours-schedule.ts';
import { slugify } from '../../core/slug.ts';
import { accessLabel, appointmentLabel, areaLabel, audienceLabel, AUDIENCE_TAXONOMY, CATEGORY_TAXONOMY, costLabel, REFERRAL_TEXT } from './hsds-vocabulary.ts';
import { displayNames } from '../../core/intl-cache.ts';

/** An HSDS object as written to JSON. */
export type HsdsObject = { [key: string]: unknown };

export interface HsdsContext {
  /** The site's public address (site.yaml `url`): the namespace of every id. */
  siteUrl: string;
  taxonomy: Taxonomy;
}

/** The HSDS status of an entry status. */
export const HSDS_STATUS = { active: 'active', 'temporarily-closed': 'temporarily closed', closed: 'defunct' } as const;

/** Drops undefined members so the JSON carries only what is known. */
function compact<T extends HsdsObject>(object: T): T {
  return Object.fromEntries(Object.entries(object).filter(([, v]) => v !== undefined)) as T;
}

function languageName(code: string): string {
  return displayNames('fr', { type: 'language', fallback: 'code' }).of(code) ?? code;
}

/** The French département code of an INSEE commune code ("69", "2A", "971"). */
export function departmentOf(insee: string): string {
  return insee.startsWith('97') ? insee.slice(0, 3) : insee.slice(0, 2);
}

/** The organisation id of an entry: entries with the same organisation (name and website) share it. */
function organizationId(entry: Resource, ctx: HsdsContext): string {
  const website = entry.organization.website;
  return website ? hsdsId(ctx.siteUrl, 'organization', slugify(entry.organization.name), website) : hsdsId(ctx.siteUrl, 'organization', slugify(entry.organization.name));
}

/** The organisation record of an entry. */
export function hsdsOrganization(entry: Resource, ctx: HsdsContext): HsdsObject {
  return compact({
    id: organizationId(entry, ctx),
    name: entry.organization.name,
    description: entry.organization.name,
    website: entry.organization.website,
  });
}

function schedules(entry: Resource, ctx: HsdsContext, serviceId: string): HsdsObject[] {
  if (entry.hours === undefined) {
    return entry.hoursNote === undefined ? [] : [{ id: hsdsId(ctx.siteUrl, 'service', entry.id, 'schedule', 'note'), service_id: serviceId, notes: entry.hoursNote }];
  }
  const base = { service_id: serviceId, description: entry.hours, notes: entry.hoursNote };
  const table = entry.compiledHours;
  // A table that does not reproduce the hours exactly (seasons, dated closures) is not turned into rules.
  const rules = table?.exact ? weeklyRules(table.week) : [];
  if (rules.length === 0) return [compact({ id: hsdsId(ctx.siteUrl, 'service', entry.id, 'schedule', 0), ...base })];
  return rules.map((rule, index) =>
    compact({
      id: hsdsId(ctx.siteUrl, 'service', entry.id, 'schedule', index),
      ...base,
      freq: 'WEEKLY',
      wkst: 'MO',
      interval: 1,
      byday: rule.days.map((d) => ICAL_DAYS[d]).join(','),
      opens_at: hsdsTime(rule.opens),
      closes_at: hsdsTime(rule.closes),
    }),
  );
}

function accessibility(entry: Resource, ctx: HsdsContext, locationId: string): HsdsObject[] {
  return entry.accessibility.map((feature) => ({
    id: hsdsId(ctx.siteUrl, 'service', entry.id, 'accessibility', feature),
    location_id: locationId,
    description: accessLabel(feature),
    details: feature,
  }));
}

function locations(entry: Resource, ctx: HsdsContext, serviceId: string): HsdsObject[] {
  const orgId = organizationId(entry, ctx);
  return entry.delivery.map((mode, index) => {
    const locationId = hsdsId(ctx.siteUrl, 'service', entry.id, 'location', mode);
    // Accessibility belongs to the first place listed (the physical one when there is one).
    const access = index === 0 ? accessibility(entry, ctx, locationId) : [];
    const loc = entry.location;
    const location =
      mode === 'in-person' && loc
        ? compact({
            id: locationId,
            location_type: 'physical',
            organization_id: orgId,
            name: entry.name,
            transportation: loc.access,
            latitude: loc.coordinates.lat,
            longitude: loc.coordinates.lon,
            external_identifier: loc.insee,
            external_identifier_type: 'insee',
            addresses: [
              compact({
                id: hsdsId(ctx.siteUrl, 'service', entry.id, 'address'),
                location_id: locationId,
                address_1: loc.street,
                address_2: loc.complement,
                city: loc.commune,
                state_province: departmentOf(loc.insee),
                postal_code: loc.postcode,
                country: 'FR',
                address_type: 'physical',
              }),
            ],
            accessibility: access,
          })
        : compact({
            id: locationId,
            location_type: 'virtual',
            organization_id: orgId,
            name: `${entry.name} (à distance)`,
            url: entry.website,
            accessibility: access,
          });
    return {
      id: hsdsId(ctx.siteUrl, 'service', entry.id, 'service_at_location', mode),
      service_id: serviceId,
      location_id: locationId,
      location,
    };
  });
}

function attributes(entry: Resource, ctx: HsdsContext, serviceId: string): HsdsObject[] {
  const categories = entry.categories.map((id) => {
    const term = ctx.taxonomy.terms.find((t) => t.id === id);
    const termId = hsdsId(ctx.siteUrl, 'taxonomy', CATEGORY_TAXONOMY, id);
    return {
      id: hsdsId(ctx.siteUrl, 'service', entry.id, 'attribute', CATEGORY_TAXONOMY, id),
      link_id: serviceId,
      link_type: 'service',
      link_entity: 'service',
      taxonomy_term_id: termId,
      taxonomy_term: compact({
        id: termId,
        code: id,
        name: term?.name ?? id,
        description: term?.description ?? term?.name ?? id,
        parent_id: term?.parent ? hsdsId(ctx.siteUrl, 'taxonomy', CATEGORY_TAXONOMY, term.parent) : undefined,
        taxonomy: CATEGORY_TAXONOMY,
        language: 'fr',
      }),
    };
  });
  const audiences = entry.audiences.map((audience) => {
    const termId = hsdsId(ctx.siteUrl, 'taxonomy', AUDIENCE_TAXONOMY, audience);
    return {
      id: hsdsId(ctx.siteUrl, 'service', entry.id, 'attribute', AUDIENCE_TAXONOMY, audience),
      link_id: serviceId,
      link_type: 'service',
      link_entity: 'service',
      taxonomy_term_id: termId,
      taxonomy_term: { id: termId, code: audience, name: audienceLabel(audience), description: audienceLabel(audience), taxonomy: AUDIENCE_TAXONOMY, language: 'fr' },
    };
  });
  return [...categories, ...audiences];
}

function ageText(entry: Resource): string | undefined {
  const ages = entry.ages;
  if (!ages) return undefined;
  if (ages.min !== undefined && ages.max !== undefined) return `de ${ages.min} à ${ages.max} ans`;
  if (ages.min !== undefined) return `à partir de ${ages.min} ans`;
  if (ages.max !== undefined) return `jusqu’à ${ages.max} ans`;
  return undefined;
}

/** One entry as a full HSDS 3.0 service object. */
export function hsdsService(entry: Resource, ctx: HsdsContext): HsdsObject {
  const id = hsdsId(ctx.siteUrl, 'service', entry.id);
  const organization = hsdsOrganization(entry, ctx);
  const eligibility = entry.audiences.map(audienceLabel).join(', ') + (ageText(entry) ? ` (${ageText(entry)})` : '');
  return compact({
    id,
    organization_id: organization['id'],
    name: entry.name,
    description: entry.description,
    url: entry.website,
    email: entry.email,
    status: HSDS_STATUS[entry.status],
    application_process: appointmentLabel(entry.appointment) + '.' + (entry.referral ? ` ${REFERRAL_TEXT}` : ''),
    fees_description: entry.costNote,
    eligibility_description: eligibility,
    minimum_age: entry.ages?.min,
    maximum_age: entry.ages?.max,
    assured_date: entry.verifiedOn,
    alert: entry.alert,
    x_clsm_id: entry.id,
    x_clsm_example: entry.example,
    x_clsm_source: compact({ url: entry.source.url, note: entry.source.note }),
    phones: entry.phones.map((phone, index) =>
      compact({
        id: hsdsId(ctx.siteUrl, 'service', entry.id, 'phone', index),
        service_id: id,
        number: phone.number,
        type: phone.kind,
        description: phone.label,
        x_clsm_call_cost: phone.callCost,
      }),
    ),
    schedules: schedules(entry, ctx, id),
    service_areas: entry.area
      ? [
          compact({
            id: hsdsId(ctx.siteUrl, 'service', entry.id, 'service_area'),
            service_id: id,
            name: areaLabel(entry.area.scope),
            description: entry.area.description,
            extent: entry.area.communes?.join(','),
            extent_type: entry.area.communes ? 'insee' : undefined,
          }),
        ]
      : [],
    service_at_locations: locations(entry, ctx, id),
    languages: entry.languages.map((code) => ({ id: hsdsId(ctx.siteUrl, 'service', entry.id, 'language', code), service_id: id, name: languageName(code), code })),
    organization,
    cost_options: [
      compact({
        id: hsdsId(ctx.siteUrl, 'service', entry.id, 'cost_option'),
        service_id: id,
        option: costLabel(entry.cost),
        currency: 'EUR',
        amount: entry.cost === 'free' ? 0 : undefined,
        amount_description: entry.costNote,
      }),
    ],
    attributes: attributes(entry, ctx, id),
  });
}

/** Every entry, closed ones included (as `defunct`), sorted by id so the file is stable. */
export function hsdsServices(entries: readonly Resource[], ctx: HsdsContext): HsdsObject[] {
  const byId = new Intl.Collator().compare;
  return [...entries].sort((a, b) => byId(a.id, b.id)).map((entry) => hsdsService(entry, ctx));
}
