/**
 * schema.org JSON-LD for a directory entry: a place type fitting the
 * category, its address, geo point, phone and openingHoursSpecification
 * from the compiled weekly table. Remote services are a `Service` with a
 * phone channel.
 */
import type { Resource } from './resources.ts';
import type { DayIntervals } from './weekly-hours.ts';

const DAYS = ['Monday', 'Tuesday', 'Wednesday', 'Thursday', 'Friday', 'Saturday', 'Sunday'];

function hhmm(minutes: number): string {
  const m = Math.min(minutes, 1439);
  return `${String(Math.floor(m / 60)).padStart(2, '0')}:${String(m % 60).padStart(2, '0')}`;
}

/** schema.org type for the entry's main category. */
export function schemaType(entry: Resource): string {
  if (!entry.location) return 'Service';
  const cats = entry.categories;
  if (cats.includes('urgence') && cats.includes('hopital')) return 'Hospital';
  if (cats.includes('hopital')) return 'Hospital';
  if (cats.includes('urgence')) return 'EmergencyService';
  if (cats.some((c) => ['cmp', 'cattp', 'psychiatre', 'psychologue', 'soins'].includes(c))) return 'MedicalClinic';
  if (cats.some((c) => ['ccas', 'mdph'].includes(c))) return 'GovernmentOffice';
  return 'LocalBusiness';
}

/** One OpeningHoursSpecification per open interval of the typical week. */
export function openingHoursSpecification(week: readonly DayIntervals[]): Record<string, string>[] {
  return week.flatMap((day, i) =>
    day.map(([start, end]) => ({ '@type': 'OpeningHoursSpecification', dayOfWeek: `https://schema.org/${DAYS[i]}`, opens: hhmm(start), closes: hhmm(end) })),
  );
}

export function resourceJsonLd(entry: Resource, pageUrl: string): Record<string, unknown> {
  const hours = entry.compiledHours ? openingHoursSpecification(entry.compiledHours.week) : undefined;
  const phone = entry.phones[0]?.number;
  const base: Record<string, unknown> = {
    '@context': 'https://schema.org',
    '@type': schemaType(entry),
    '@id': pageUrl,
    url: pageUrl,
    name: entry.name,
    description: entry.description,
    ...(entry.email ? { email: entry.email } : {}),
    ...(entry.website ? { sameAs: entry.website } : {}),
    isAccessibleForFree: entry.cost === 'free',
  };
  if (!entry.location) {
    return {
      ...base,
      provider: { '@type': 'Organization', name: entry.organization.name, ...(entry.organization.website ? { url: entry.organization.website } : {}) },
      areaServed: entry.area?.scope === 'national' ? { '@type': 'Country', name: 'France' } : undefined,
      ...(phone ? { availableChannel: { '@type': 'ServiceChannel', servicePhone: { '@type': 'ContactPoint', telephone: phone, ...(hours ? { hoursAvailable: hours } : {}) } } } : {}),
    };
  }
  return {
    ...base,
    ...(phone ? { telephone: phone } : {}),
    parentOrganization: { '@type': 'Organization', name: entry.organization.name },
    address: {
      '@type': 'PostalAddress',
      streetAddress: entry.location.street,
      postalCode: entry.location.postcode,
      addressLocality: entry.location.commune,
      addressCountry: 'FR',
    },
    geo: { '@type': 'GeoCoordinates', latitude: entry.location.coordinates.lat, longitude: entry.location.coordinates.lon },
    ...(hours ? { openingHoursSpecification: hours } : {}),
  };
}
