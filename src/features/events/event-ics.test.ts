import ICAL from 'ical.js';
import { beforeAll, describe, expect, it } from 'vitest';
import { eventsOfEdition, loadEventContext, loadEvents, type SiteEvent } from './events.ts';
import { eventsCalendar, eventUid, occurrences } from './event-ics.ts';
import { eventJsonLd } from './event-jsonld.ts';
import { eventsGeoJson } from './event-geojson.ts';

const siteUrl = 'https://clsm-exemple.fr';
let events: SiteEvent[];

beforeAll(() => {
  events = loadEvents(undefined, loadEventContext());
});

function parse(text: string) {
  const calendar = new ICAL.Component(ICAL.parse(text));
  return calendar.getAllSubcomponents('vevent').map((v) => new ICAL.Event(v));
}

describe('the programme as iCalendar', () => {
  it('parses with ical.js and keeps every event of the edition', () => {
    const programme = eventsOfEdition(events, 2026);
    expect(programme.length).toBeGreaterThanOrEqual(25);
    const parsed = parse(eventsCalendar(programme, { name: 'SISM 2026', siteUrl }));
    expect(parsed).toHaveLength(programme.reduce((n, e) => n + occurrences(e, siteUrl).length, 0));
    expect(new Set(parsed.map((e) => e.uid.replace(/-\d{4}-\d{2}-\d{2}@/, '@'))).size).toBe(programme.length);
  });

  it('writes an exhibition over several days as one event a day with its opening hours, not one long block', () => {
    const expo = events.find((e) => e.id === '2026-10-12-exposition-portraits-vivre-avec-un-trouble')!;
    expect(expo.days.length).toBeGreaterThan(1);
    const parsed = parse(eventsCalendar([expo], { name: 'x', siteUrl }));
    expect(parsed).toHaveLength(expo.days.length);
    for (const [index, day] of expo.days.entries()) {
      const slot = parsed[index]!;
      expect(slot.uid).toBe(`${expo.id}-${day}@clsm-exemple.fr`);
      // Paris wall-clock hours, the same before and after the change of time on 25 October.
      const paris = (d: Date) => d.toLocaleString('fr-FR', { timeZone: 'Europe/Paris', dateStyle: 'short', timeStyle: 'short' });
      expect(paris(slot.startDate.toJSDate())).toBe(`${day.slice(8)}/${day.slice(5, 7)}/${day.slice(0, 4)} ${expo.start.slice(11)}`);
      expect(paris(slot.endDate.toJSDate())).toBe(`${day.slice(8)}/${day.slice(5, 7)}/${day.slice(0, 4)} ${expo.end.slice(11)}`);
      expect(slot.duration.toSeconds()).toBeLessThan(24 * 3600);
    }
  });

  it('gives the right UTC time on both sides of the October daylight-saving change', () => {
    const parsed = parse(eventsCalendar(events, { name: 'Tout', siteUrl }));
    const at = (uidStart: string) => parsed.find((e) => e.uid.startsWith(uidStart))!;
    expect(at('2026-10-24-cine-debat-hors-normes@').startDate.toJSDate().toISOString()).toBe('2026-10-24T16:00:00.000Z');
    expect(at('2026-10-26-cloture-des-sism-et-apres@').startDate.toJSDate().toISOString()).toBe('2026-10-26T17:00:00.000Z');
    expect(at('2026-10-26-cloture-des-sism-et-apres@').endDate.toJSDate().toISOString()).toBe('2026-10-26T19:00:00.000Z');
  });

  it('keeps a stable UID, the place and the page address', () => {
    const event = events.find((e) => e.id === '2026-10-21-atelier-slam-dire-ce-qu-on-ressent')!;
    const first = parse(eventsCalendar([event], { name: 'x', siteUrl, stamp: new Date('2026-01-01T00:00:00Z') }))[0]!;
    const second = parse(eventsCalendar([event], { name: 'x', siteUrl }))[0]!;
    expect(first.uid).toBe(eventUid(event, siteUrl));
    expect(first.uid).toBe(second.uid);
    expect(first.location).toContain('Vaulx-en-Velin');
    expect(first.component.getFirstPropertyValue('url')).toBe(`${siteUrl}/agenda/2026-10-21-atelier-slam-dire-ce-qu-on-ressent/`);
  });
});

describe('schema.org Event', () => {
  it('has the fields search engines require, with the Paris offset', () => {
    const event = events.find((e) => e.id === '2026-10-24-cine-debat-hors-normes')!;
    const ld = JSON.parse(JSON.stringify(eventJsonLd(event, { siteUrl }))) as Record<string, any>;
    expect(ld['@type']).toBe('Event');
    expect(ld['name']).toBe('Ciné-débat : « Hors normes »');
    expect(ld['startDate']).toBe('2026-10-24T18:00:00+02:00');
    expect(ld['endDate']).toBe('2026-10-24T20:30:00+02:00');
    expect(ld['eventStatus']).toBe('https://schema.org/EventScheduled');
    expect(ld['eventAttendanceMode']).toBe('https://schema.org/OfflineEventAttendanceMode');
    expect(ld['location']).toMatchObject({ '@type': 'Place', address: { '@type': 'PostalAddress', postalCode: '69100', addressLocality: 'Villeurbanne', addressCountry: 'FR' } });
    expect(ld['organizer'][0]).toMatchObject({ '@type': 'Organization', name: 'Ville de Villeurbanne (exemple)' });
    expect(ld['offers']).toMatchObject({ '@type': 'Offer', price: 4, priceCurrency: 'EUR', availability: 'https://schema.org/InStock' });
    expect(ld['description']).toMatch(/Nakache/);
  });
  it('writes winter time after the change', () => {
    const event = events.find((e) => e.id === '2026-10-26-cloture-des-sism-et-apres')!;
    expect(eventJsonLd(event, { siteUrl })['startDate']).toBe('2026-10-26T18:00:00+01:00');
  });
});

describe('GeoJSON of the programme', () => {
  it('is an RFC 7946 FeatureCollection with [longitude, latitude] points', () => {
    const geo = eventsGeoJson(eventsOfEdition(events, 2026), siteUrl);
    expect(geo.type).toBe('FeatureCollection');
    for (const feature of geo.features) {
      const [lon, lat] = feature.geometry.coordinates;
      expect(lon).toBeGreaterThan(4.8);
      expect(lon).toBeLessThan(5.1);
      expect(lat).toBeGreaterThan(45.7);
      expect(lat).toBeLessThan(45.9);
    }
  });
});
