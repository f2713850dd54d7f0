/**
 * The directory as one CSV table (/donnees/ressources.csv): one row per
 * entry, French column headers, lists joined with " | ", phones in the
 * French format. Safe to open in a spreadsheet (see csv-safe.ts).
 */
import type { Resource, Taxonomy } from '../directory/index.ts';
import { formatPhone } from '../../core/phone.ts';
import { safeCsv } from './csv-safe.ts';
import { accessLabel, appointmentLabel, audienceLabel, costLabel } from './hsds-vocabulary.ts';

/** Column headers, in order. */
export const CSV_COLUMNS = [
  'Identifiant', 'Nom', 'Organisme', 'Catégories', 'Description', 'Publics', 'Âge minimum', 'Âge maximum', 'Accueil',
  'Adresse', 'Complément d’adresse', 'Code postal', 'Commune', 'Code INSEE', 'Latitude', 'Longitude', 'Accès',
  'Téléphones', 'Courriel', 'Site internet', 'Horaires (OpenStreetMap)', 'Précisions sur les horaires', 'Rendez-vous',
  'Sur orientation', 'Coût', 'Précisions sur le coût', 'Langues', 'Accessibilité', 'Statut', 'Vérifié le', 'Source',
  'Exemple (lieu fictif)', 'Page',
] as const;

const LIST = ' | ';
const yesNo = (value: boolean) => (value ? 'oui' : 'non');
const STATUS_LABEL = { active: 'ouvert', 'temporarily-closed': 'fermé temporairement', closed: 'fermé' } as const;

/** One row per entry, sorted by id. */
export function directoryCsv(entries: readonly Resource[], taxonomy: Taxonomy, siteUrl: string): string {
  const categoryName = (id: string) => taxonomy.terms.find((t) => t.id === id)?.name ?? id;
  const byId = new Intl.Collator().compare;
  const rows = [...entries]
    .sort((a, b) => byId(a.id, b.id))
    .map((e) => {
      const loc = e.location;
      return [
        e.id,
        e.name,
        e.organization.name,
        e.categories.map(categoryName).join(LIST),
        e.description,
        e.audiences.map(audienceLabel).join(LIST),
        e.ages?.min,
        e.ages?.max,
        e.delivery.map((d) => (d === 'in-person' ? 'sur place' : 'à distance')).join(LIST),
        loc?.street,
        loc?.complement,
        loc?.postcode,
        loc?.commune,
        loc?.insee,
        loc?.coordinates.lat,
        loc?.coordinates.lon,
        loc?.access,
        e.phones.map((p) => formatPhone(p.number) + (p.label ? ` (${p.label})` : '')).join(LIST),
        e.email,
        e.website,
        e.hours,
        e.hoursNote,
        appointmentLabel(e.appointment),
        yesNo(e.referral),
        costLabel(e.cost),
        e.costNote,
        e.languages.join(LIST),
        e.accessibility.map(accessLabel).join(LIST),
        STATUS_LABEL[e.status],
        e.verifiedOn ?? '',
        e.source.url ?? e.source.note,
        yesNo(e.example),
        e.status === 'closed' ? undefined : new URL(`/ressources/${e.id}/`, siteUrl).href,
      ];
    });
  return safeCsv(CSV_COLUMNS, rows);
}

