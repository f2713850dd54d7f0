import { describe, expect, it } from 'vitest';
import { criteriaFromQuery, criteriaToQuery, facetPath, matches, weekOf, type FilterableEvent } from './event-filters.ts';
import { sismNow } from './sism-now.ts';
import { parisInstant } from '../../core/clock.ts';

const slam: FilterableEvent = { days: ['2026-10-21'], commune: 'vaulx-en-velin', type: 'atelier', audiences: ['jeunes'], free: true, stepFree: true, end: parisInstant('2026-10-21T16:00').getTime() };
const expo: FilterableEvent = { days: ['2026-10-12', '2026-10-13', '2026-10-14'], commune: 'bron', type: 'exposition', audiences: ['tout-public'], free: false, stepFree: false, end: parisInstant('2026-10-14T18:00').getTime() };
const tuesday = parisInstant('2026-10-20T09:00');

describe('programme filters', () => {
  it('keeps a free event for young people in Vaulx-en-Velin this week', () => {
    expect(matches(slam, { when: 'semaine', commune: 'vaulx-en-velin', audience: 'jeunes', free: true }, tuesday)).toBe(true);
    expect(matches(slam, { when: 'aujourd-hui' }, tuesday)).toBe(false);
    expect(matches(slam, { commune: 'bron' }, tuesday)).toBe(false);
    expect(matches(slam, { when: 'semaine' }, parisInstant('2026-10-21T16:30'))).toBe(false);
  });
  it('matches an event over several days on each of its days', () => {
    expect(matches(expo, { day: '2026-10-13' })).toBe(true);
    expect(matches(expo, { day: '2026-10-15' })).toBe(false);
    expect(matches(expo, { free: true })).toBe(false);
    expect(matches(expo, { accessible: true })).toBe(false);
  });
  it('reads and writes the URL query', () => {
    const criteria = { when: 'semaine' as const, commune: 'vaulx-en-velin', audience: 'jeunes', free: true };
    const query = criteriaToQuery(criteria);
    expect(query).toBe('?quand=semaine&commune=vaulx-en-velin&public=jeunes&gratuit=1');
    expect(criteriaFromQuery(new URLSearchParams(query))).toMatchObject(criteria);
    expect(criteriaToQuery({})).toBe('');
  });
  it('names the static page of a commune and a facet', () => {
    expect(facetPath('/sism/2026/', 'bron', { kind: 'gratuit' })).toBe('/sism/2026/commune/bron/gratuit/');
    expect(facetPath('/sism/2026/', undefined, { kind: 'jour', value: '2026-10-24' })).toBe('/sism/2026/jour/2026-10-24/');
  });
  it('says a week runs Monday to Sunday', () => {
    expect(weekOf('2026-10-21')).toEqual(['2026-10-19', '2026-10-20', '2026-10-21', '2026-10-22', '2026-10-23', '2026-10-24', '2026-10-25']);
  });
});

describe('what is on now', () => {
  const events = [
    { id: 'slam', days: slam.days, end: slam.end },
    { id: 'expo', days: expo.days, end: expo.end },
    { id: 'mardi', days: ['2026-10-20'], end: parisInstant('2026-10-20T16:00').getTime() },
  ];
  it('lists today and the rest of the week during the edition', () => {
    expect(sismNow(events, '2026-10-12', '2026-10-26', tuesday)).toEqual({ state: 'during', today: ['mardi'], week: ['slam'] });
  });
  it('says before and after', () => {
    expect(sismNow(events, '2026-10-12', '2026-10-26', parisInstant('2026-10-01T10:00')).state).toBe('before');
    expect(sismNow(events, '2026-10-12', '2026-10-26', parisInstant('2026-11-22T10:00'))).toEqual({ state: 'after', today: [], week: [] });
  });
});
