/**
 * Filtering a programme: which events match a set of criteria, how the
 * criteria read in a URL query (the JavaScript filters) and which static
 * page shows them (the same filters without JavaScript). Pure code shared
 * by the build and the <event-filters> element.
 */
import { mondayOf, parisDate, datesBetween } from '../../core/clock.ts';

/** What the filters need to know about an event. */
export interface FilterableEvent {
  /** Paris dates the event covers. */
  days: readonly string[];
  /** Slug of its commune. */
  commune: string;
  type: string;
  audiences: readonly string[];
  free: boolean;
  stepFree: boolean;
  /** End, in milliseconds since the epoch. */
  end: number;
}

/** "Today" and "this week" are relative to the visitor's clock: JavaScript only. */
export type When = 'aujourd-hui' | 'semaine';

/** A set of filters; an absent field does not filter. */
export interface Criteria {
  day?: string | undefined;
  when?: When | undefined;
  commune?: string | undefined;
  type?: string | undefined;
  audience?: string | undefined;
  free?: boolean | undefined;
  accessible?: boolean | undefined;
}

/** The seven dates (Monday to Sunday) of the week containing `date`. */
export function weekOf(date: string): string[] {
  const monday = mondayOf(date);
  const [y, m, d] = monday.split('-').map(Number);
  const sunday = new Date(Date.UTC(y ?? 1970, (m ?? 1) - 1, (d ?? 1) + 6)).toISOString().slice(0, 10);
  return datesBetween(monday, sunday);
}

/** True when the event meets every criterion; `now` is needed for "today" and "this week". */
export function matches(event: FilterableEvent, criteria: Criteria, now: Date = new Date()): boolean {
  if (criteria.day !== undefined && !event.days.includes(criteria.day)) return false;
  if (criteria.when !== undefined) {
    if (event.end <= now.getTime()) return false;
    const today = parisDate(now);
    const wanted = criteria.when === 'aujourd-hui' ? [today] : weekOf(today);
    if (!event.days.some((day) => wanted.includes(day))) return false;
  }
  if (criteria.commune !== undefined && event.commune !== criteria.commune) return false;
  if (criteria.type !== undefined && event.type !== criteria.type) return false;
  if (criteria.audience !== undefined && !event.audiences.includes(criteria.audience)) return false;
  if (criteria.free === true && !event.free) return false;
  if (criteria.accessible === true && !event.stepFree) return false;
  return true;
}

/** Query parameter names, in French like the rest of the URLs. */
const PARAM = { day: 'jour', when: 'quand', commune: 'commune', type: 'type', audience: 'public', free: 'gratuit', accessible: 'accessible' } as const;

/** Reads criteria from a URL query; unknown values are left for the caller to check. */
export function criteriaFromQuery(params: URLSearchParams): Criteria {
  const text = (name: string) => params.get(name) || undefined;
  const when = text(PARAM.when);
  return {
    day: text(PARAM.day),
    when: when === 'aujourd-hui' || when === 'semaine' ? when : undefined,
    commune: text(PARAM.commune),
    type: text(PARAM.type),
    audience: text(PARAM.audience),
    free: params.get(PARAM.free) === '1' || undefined,
    accessible: params.get(PARAM.accessible) === '1' || undefined,
  };
}

/** The query string for criteria ("" when nothing filters). */
export function criteriaToQuery(criteria: Criteria): string {
  const params = new URLSearchParams();
  if (criteria.when) params.set(PARAM.when, criteria.when);
  if (criteria.day) params.set(PARAM.day, criteria.day);
  if (criteria.commune) params.set(PARAM.commune, criteria.commune);
  if (criteria.type) params.set(PARAM.type, criteria.type);
  if (criteria.audience) params.set(PARAM.audience, criteria.audience);
  if (criteria.free) params.set(PARAM.free, '1');
  if (criteria.accessible) params.set(PARAM.accessible, '1');
  const query = params.toString();
  return query ? `?${query}` : '';
}

/** A filter that has a static page: at most a commune and one other criterion. */
export type Facet =
  | { kind: 'jour'; value: string }
  | { kind: 'type'; value: string }
  | { kind: 'public'; value: string }
  | { kind: 'gratuit' }
  | { kind: 'accessible' };

/** The criteria a static page applies. */
export function facetCriteria(commune: string | undefined, facet: Facet | undefined): Criteria {
  const criteria: Criteria = { commune };
  if (!facet) return criteria;
  switch (facet.kind) {
    case 'jour': return { ...criteria, day: facet.value };
    case 'type': return { ...criteria, type: facet.value };
    case 'public': return { ...criteria, audience: facet.value };
    case 'gratuit': return { ...criteria, free: true };
    case 'accessible': return { ...criteria, accessible: true };
  }
}

/** Path segments of a facet, e.g. "jour/2026-10-24/" or "gratuit/". */
export function facetSegment(facet: Facet): string {
  return 'value' in facet ? `${facet.kind}/${facet.value}/` : `${facet.kind}/`;
}

/** The static page of a commune and/or facet in a programme: "/sism/2026/commune/bron/gratuit/". */
export function facetPath(base: string, commune: string | undefined, facet: Facet | undefined): string {
  return `${base}${commune ? `commune/${commune}/` : ''}${facet ? facetSegment(facet) : ''}`;
}
