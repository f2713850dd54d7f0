/**
 * The directory's places as GeoJSON (RFC 7946): one Feature per listed
 * entry that has a place, coordinates in [longitude, latitude] order, no
 * `crs` member (RFC 7946 fixes WGS84). Properties use French names, like
 * the CSV export.
 */
import type { Resource, Taxonomy } from '../directory/index.ts';
import { appointmentLabel, costLabel } from './hsds-vocabulary.ts';

export interface PointFeature {
  type: 'Feature';
  id: string;
  geometry: { type: 'Point'; coordinates: [number, number] };
  properties: Record<string, string | number | boolean | string[] | null>;
}

export interface FeatureCollection {
  type: 'FeatureCollection';
  features: PointFeature[];
}

/** Listed entries with a place; remote services have no point and are left out. */
export function directoryGeoJson(listed: readonly Resource[], taxonomy: Taxonomy, siteUrl: string): FeatureCollection {
  const categoryName = (id: string) => taxonomy.terms.find((t) => t.id === id)?.name ?? id;
  const byId = new Intl.Collator().compare;
  const features = [...listed]
    .filter((e) => e.status !== 'closed')
    .sort((a, b) => byId(a.id, b.id))
    .flatMap((e): PointFeature[] => {
      const loc = e.location;
      if (!loc) return [];
      return [
        {
          type: 'Feature',
          id: e.id,
          geometry: { type: 'Point', coordinates: [loc.coordinates.lon, loc.coordinates.lat] },
          properties: {
            nom: e.name,
            organisme: e.organization.name,
            categories: e.categories,
            categorie_principale: categoryName(e.categories[0] ?? ''),
            adresse: loc.street,
            code_postal: loc.postcode,
            commune: loc.commune,
            code_insee: loc.insee,
            telephone: e.phones[0]?.number ?? null,
            horaires: e.hours ?? null,
            rendez_vous: appointmentLabel(e.appointment),
            cout: costLabel(e.cost),
            statut: e.status,
            verifie_le: e.verifiedOn ?? null,
            exemple: e.example,
            page: new URL(`/ressources/${e.id}/`, siteUrl).href,
            hsds: new URL(`/donnees/hsds/services/${e.id}.json`, siteUrl).href,
          },
        },
      ];
    });
  return { type: 'FeatureCollection', features };
}
