/**
 * Which sectors serve an address, from the rules of content/sectors.yaml
 * as the browser receives them (compiled by sectors.ts). Browser-safe.
 *
 * One adult and one child sector is the normal answer. When the rules
 * cannot decide, every candidate comes back with the reason, so the page
 * shows both CMPs and says why rather than guessing:
 * - `no-number`: the street is split by side or house number and no number was typed;
 * - `boundary`: two areas both claim this number (a range ends where the other starts);
 * - `gap`: the street is split but no part covers this number;
 * - `unlisted`: the commune is split and this street is in none of its areas.
 */
import type { Side } from './schema/sectors.ts';

/** A street, or part of one, and the sectors that serve it. */
export interface StreetPart {
  area: string;
  adults: string;
  children: string;
  side?: Side | undefined;
  from?: number | undefined;
  to?: number | undefined;
}

export interface CommuneRules {
  insee: string;
  name: string;
  /** Sectors of the whole commune, when it is not split. */
  whole?: { adults: string; children: string } | undefined;
  /** Sectors of each area, when it is split. */
  areas: { name: string; adults: string; children: string }[];
  /** Street key (placeKey) → its parts, for a split commune. */
  streets: Record<string, StreetPart[]>;
}

export type Reason = 'no-number' | 'boundary' | 'gap' | 'unlisted';

export interface Resolution {
  adults: string[];
  children: string[];
  reason?: Reason;
  /** The parts of the street the answer comes from (all of them when undecided). */
  parts: StreetPart[];
}

/** Whether the part covers house number `n`. */
export function covers(part: StreetPart, n: number): boolean {
  if (part.side === 'even' && n % 2 !== 0) return false;
  if (part.side === 'odd' && n % 2 !== 1) return false;
  if (part.from !== undefined && n < part.from) return false;
  if (part.to !== undefined && n > part.to) return false;
  return true;
}

const unique = (ids: string[]) => [...new Set(ids)];

function fromParts(parts: StreetPart[], reason?: Reason): Resolution {
  const adults = unique(parts.map((p) => p.adults));
  const children = unique(parts.map((p) => p.children));
  return { adults, children, parts, ...(reason && (adults.length > 1 || children.length > 1) ? { reason } : {}) };
}

/** The sectors of a street (placeKey) of the commune, and of a house number when one was typed. */
export function resolveSectors(rules: CommuneRules, streetKey: string, number?: number): Resolution {
  if (rules.whole) return { adults: [rules.whole.adults], children: [rules.whole.children], parts: [] };
  const parts = rules.streets[streetKey];
  if (!parts) {
    const all = rules.areas.map((a) => ({ area: a.name, adults: a.adults, children: a.children }));
    return fromParts(all, 'unlisted');
  }
  if (number === undefined) return fromParts(parts, 'no-number');
  const matching = parts.filter((p) => covers(p, number));
  if (matching.length === 0) return fromParts(parts, 'gap');
  return fromParts(matching, 'boundary');
}

/** "côté impair", "du n° 1 au n° 80", "côté pair, à partir du n° 80": a part of a street in words. */
export function partWords(part: StreetPart, text: (key: string, values?: Record<string, string | number>) => string): string {
  const words: string[] = [];
  if (part.side) words.push(text(`myCmp.part.${part.side}`));
  if (part.from !== undefined && part.to !== undefined) words.push(text('myCmp.part.range', { from: part.from, to: part.to }));
  else if (part.from !== undefined) words.push(text('myCmp.part.from', { from: part.from }));
  else if (part.to !== undefined) words.push(text('myCmp.part.to', { to: part.to }));
  const joined = words.join(', ');
  return joined.charAt(0).toUpperCase() + joined.slice(1);
}
