/**
 * Opening hours as people write them in French spreadsheets ("lun-ven
 * 9h-12h30, 14h-17h", "du lundi au vendredi de 9h à 17h", "sam 14h-18h",
 * "24h/24"), turned into OpenStreetMap opening_hours syntax. Anything this
 * cannot read with certainty is refused with the reason, never guessed.
 */
import { hoursProblem } from '../../directory/index.ts';
import { osmDays } from '../hours-schedule.ts';

/** What the hours column accepts, in words, for error messages. */
export const FRENCH_HOURS_EXPECTED =
  'hours such as "lun-ven 9h-12h30, 14h-17h", "du lundi au vendredi de 9h à 17h", "sam 14h-18h", "24h/24", or OpenStreetMap syntax such as "Mo-Fr 09:00-17:00"';

const DAY_WORDS: Record<string, number> = {
  lundi: 0, lun: 0, mardi: 1, mar: 1, mercredi: 2, mer: 2, jeudi: 3, jeu: 3, vendredi: 4, ven: 4, samedi: 5, sam: 5, dimanche: 6, dim: 6,
};
const DAY = '(lundi|mardi|mercredi|jeudi|vendredi|samedi|dimanche|lun|mar|mer|jeu|ven|sam|dim)s?\\.?';
const TIME = '(\\d{1,2})\\s*(?:h|:)\\s*(\\d{2})?';

/** The result: an OSM value, or why the text cannot be read. */
export type HoursReading = { ok: true; value: string } | { ok: false; reason: string };

function plain(text: string): string {
  return text.normalize('NFD').replace(/[\u0300-\u036f]/g, '').toLowerCase().replace(/[–—]/g, '-').replace(/\s+/g, ' ').trim();
}

function minutes(h: string | undefined, m: string | undefined): number {
  return Number(h) * 60 + Number(m ?? 0);
}

function hhmm(value: number): string {
  return `${String(Math.floor(value / 60)).padStart(2, '0')}:${String(value % 60).padStart(2, '0')}`;
}

interface Clause {
  days: number[];
  times: [number, number][];
  closed: boolean;
}

const readings = new Map<string, HoursReading>();

/** Reads French opening hours; OpenStreetMap syntax that is already valid is kept as it is. */
export function readFrenchHours(input: string): HoursReading {
  // Spreadsheets repeat the same few hours on many rows.
  const known = readings.get(input);
  if (known) return known;
  const reading = readUncached(input);
  readings.set(input, reading);
  return reading;
}

function readUncached(input: string): HoursReading {
  const raw = input.trim();
  if (raw === '') return { ok: false, reason: 'expected hours, or an empty cell' };
  if (hoursProblem(raw) === undefined) return { ok: true, value: raw };
  const text = plain(raw);
  if (/^(24 ?h ?\/ ?24|24 ?h ?sur ?24)( ?,? ?(7 ?j ?\/ ?7|7 ?jours ?sur ?7|tous les jours))?$/.test(text) || /^(7 ?j ?\/ ?7),? ?24 ?h ?\/ ?24$/.test(text)) {
    return { ok: true, value: '24/7' };
  }
  const clauses: Clause[] = [];
  let current: Clause | undefined;
  let rest = text;
  const startClause = (days: number[]) => {
    if (!current || current.times.length > 0 || current.closed) {
      current = { days: [], times: [], closed: false };
      clauses.push(current);
    }
    current.days.push(...days);
  };
  while (rest.length > 0) {
    let m: RegExpExecArray | null;
    const skip = /^(?:[\s,;/]+|et\b|du\b|le\b|les\b|de\b|des\b|:|puis\b)/.exec(rest);
    if (skip && skip[0].length > 0) {
      rest = rest.slice(skip[0].length);
      continue;
    }
    if ((m = /^(?:tous les jours|7 ?j ?\/ ?7|tlj)/.exec(rest))) {
      startClause([0, 1, 2, 3, 4, 5, 6]);
    } else if ((m = new RegExp(`^${DAY}\\s*(?:-|au|a)\\s*${DAY}`).exec(rest))) {
      const from = DAY_WORDS[m[1] ?? ''] ?? 0;
      const to = DAY_WORDS[m[2] ?? ''] ?? 0;
      if (to < from) return { ok: false, reason: `"${m[0]}" runs backwards: write the days from Monday to Sunday` };
      startClause(Array.from({ length: to - from + 1 }, (_, i) => from + i));
    } else if ((m = new RegExp(`^${DAY}`).exec(rest))) {
      startClause([DAY_WORDS[m[1] ?? ''] ?? 0]);
    } else if ((m = new RegExp(`^${TIME}\\s*(?:-|a|au|jusqu'?a)\\s*${TIME}`).exec(rest))) {
      if (!current) return { ok: false, reason: `"${m[0]}" has no days: say which days, e.g. "lun-ven ${m[0]}"` };
      const open = minutes(m[1], m[2]);
      const close = minutes(m[3], m[4]);
      if (open >= close || close > 1440 || Number(m[2] ?? 0) > 59 || Number(m[4] ?? 0) > 59) {
        return { ok: false, reason: `"${m[0]}" is not a time range within one day (opening before closing, at most 24h)` };
      }
      current.times.push([open, close]);
    } else if ((m = /^(?:ferme|fermee|fermes|fermees|closed|off)\b/.exec(rest))) {
      if (!current) return { ok: false, reason: '"fermé" has no days: say which days are closed' };
      current.closed = true;
    } else if ((m = /^\d{1,2}\s*-\s*\d{1,2}\b/.exec(rest))) {
      return { ok: false, reason: `"${m[0]}" is ambiguous: write hours with "h", e.g. "9h-12h"` };
    } else {
      const word = /^\S+/.exec(rest)?.[0] ?? rest;
      return { ok: false, reason: `could not read "${word}"${/matin|apres-?midi|soir|midi/.test(word) ? ' (say the hours, e.g. "9h-12h")' : ''}` };
    }
    rest = rest.slice(m[0].length);
  }
  if (clauses.length === 0) return { ok: false, reason: 'no days or hours found' };
  const parts: string[] = [];
  for (const clause of clauses) {
    const days = osmDays([...new Set(clause.days)]);
    if (clause.closed) parts.push(`${days} off`);
    else if (clause.times.length === 0) return { ok: false, reason: `no hours given for "${days}": add them, e.g. "9h-17h", or write "fermé"` };
    else parts.push(`${days} ${clause.times.sort((a, b) => a[0] - b[0]).map(([s, e]) => `${hhmm(s)}-${hhmm(e)}`).join(',')}`);
  }
  const value = parts.join('; ');
  const problem = hoursProblem(value);
  if (problem) return { ok: false, reason: problem };
  return { ok: true, value };
}
