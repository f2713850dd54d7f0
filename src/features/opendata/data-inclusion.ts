/**
 * The directory as data·inclusion v1 structures and services, the national
 * schema of social-inclusion offers (GIP de l'inclusion; schema vendored in
 * vendor/data-inclusion/, checked by opendata-export.test.ts). Each
 * organisation becomes a structure, each entry a service with the
 * thematique `sante--sante-mentale`. Ids are `<source>--<id>` as the schema
 * asks, the source being the site's host ("clsm-exemple-fr").
 *
 * Closed entries and sample entries are left out: this export is meant to be
 * gathered into the national data·inclusion base, where a fictitious place
 * would mislead people.
 */
import type { Resource } from '../directory/index.ts';
import type { SiteConfig } from '../../core/schema/site.ts';
import { slugify } from '../../core/slug.ts';
import { entryPath } from '../directory/index.ts';
import { audienceLabel } from './hsds-vocabulary.ts';
import { APPOINTMENT_MOBILISATION, AUDIENCE_PUBLICS, CATEGORY_THEMATIQUES, MENTAL_HEALTH } from './data-inclusion-vocabulary.ts';

type Row = Record<string, unknown>;

export interface DataInclusion {
  structures: Row[];
  services: Row[];
}

/** The producer id of this site: its host name as a slug. */
export function dataInclusionSource(site: SiteConfig): string {
  return slugify(new URL(site.url).host);
}

const uniq = <T>(values: T[]): T[] => [...new Set(values)];
const name150 = (text: string) => (text.length > 150 ? `${text.slice(0, 149)}…` : text).replace(/\.$/, '');

function place(entry: Resource): Row {
  const l = entry.location;
  return {
    adresse: l?.street ?? null,
    complement_adresse: l?.complement ?? null,
    code_postal: l?.postcode ?? null,
    commune: l?.commune ?? null,
    code_insee: l?.insee ?? null,
    latitude: l?.coordinates.lat ?? null,
    longitude: l?.coordinates.lon ?? null,
  };
}

function zone(entry: Resource, site: SiteConfig): string[] | null {
  const communes = site.territory.communes.map((c) => c.insee);
  switch (entry.area?.scope) {
    case 'national':
      return ['france'];
    case 'department':
      return uniq(communes.map((c) => (c.startsWith('97') ? c.slice(0, 3) : c.slice(0, 2))));
    case 'territory':
      return communes;
    case 'communes':
      return entry.area.communes ?? null;
    default:
      return entry.location ? [entry.location.insee] : null;
  }
}

function publics(entry: Resource): string[] | null {
  if (entry.audiences.includes('tous-publics')) return ['tous-publics'];
  const mapped = uniq(entry.audiences.map((a) => AUDIENCE_PUBLICS[a]).filter((p): p is string => p !== undefined));
  return mapped.length > 0 ? mapped : null;
}

/** The directory's entries as data·inclusion structures (one per organisation) and services. */
export function dataInclusion(entries: readonly Resource[], site: SiteConfig, today: string): DataInclusion {
  const source = dataInclusionSource(site);
  const structures = new Map<string, Row>();
  const services: Row[] = [];
  for (const entry of entries) {
    const updated = entry.verifiedOn ?? entry.imported?.importedAt ?? today;
    const structureId = `${source}--${slugify(entry.organization.name)}`;
    const known = structures.get(structureId);
    if (!known) {
      structures.set(structureId, {
        source,
        id: structureId,
        nom: name150(entry.organization.name.length >= 3 ? entry.organization.name : `${entry.organization.name} (structure)`),
        date_maj: updated,
        site_web: entry.organization.website ?? null,
        lien_source: null,
        ...place(entry),
      });
    } else if (String(known['date_maj']) < updated) known['date_maj'] = updated;
    const mobilisation = uniq([
      ...(entry.delivery.includes('in-person') || entry.phones.length > 0 ? [APPOINTMENT_MOBILISATION[entry.appointment]] : []),
      ...(entry.email ? ['envoyer-un-courriel'] : []),
    ]);
    services.push({
      source,
      id: `${source}--${entry.id}`,
      structure_id: structureId,
      nom: name150(entry.name),
      description: entry.description,
      date_maj: updated,
      lien_source: new URL(entryPath(entry), site.url).href,
      thematiques: uniq([MENTAL_HEALTH, ...entry.categories.map((c) => CATEGORY_THEMATIQUES[c]).filter((t): t is string => t !== undefined)]),
      publics: publics(entry),
      publics_precisions: entry.audiences.map(audienceLabel).join(', '),
      modes_accueil: entry.delivery.map((d) => (d === 'in-person' ? 'en-presentiel' : 'a-distance')),
      modes_mobilisation: mobilisation.length > 0 ? mobilisation : null,
      mobilisable_par: entry.referral ? ['professionnels'] : ['usagers', 'professionnels'],
      conditions_acces: entry.referral ? 'Sur orientation d’un médecin ou d’un professionnel.' : null,
      frais: entry.cost === 'free' ? 'gratuit' : 'payant',
      frais_precisions: entry.cost === 'reimbursed' ? ['Remboursé par l’Assurance maladie.', entry.costNote].filter(Boolean).join(' ') : (entry.costNote ?? null),
      telephone: entry.phones[0]?.number ?? null,
      courriel: entry.email ?? null,
      horaires_accueil: entry.hours ?? null,
      zone_eligibilite: zone(entry, site),
      ...place(entry),
    });
  }
  return { structures: [...structures.values()], services };
}

/** What /donnees/data-inclusion/ publishes: listed entries that are not samples. */
export function publishedForDataInclusion(entries: readonly Resource[]): Resource[] {
  return entries.filter((e) => !e.example && e.status !== 'closed');
}
