/**
 * Finds a typed address in the address index, forgiving what people type:
 * abbreviations ("av.", "bd", "st", "pl.", "chem.", "imp.", "all.", "fg"),
 * missing accents and hyphens, "bis"/"ter" written "12bis" or "12 b", the
 * postcode and the commune anywhere, a wrong street type ("av." for a
 * "rue") and one wrong, missing or swapped letter. Browser-safe: runs in
 * the visitor's browser, nothing is sent anywhere.
 */
import { decodeCoordinates, splitHouseNumber, type AddressCommune, type AddressIndex, type Position } from './address-index.ts';

/** Abbreviations found on letters and in people's typing, and the word they stand for. */
const ABBREVIATIONS: Record<string, string> = {
  r: 'rue', av: 'avenue', ave: 'avenue', bd: 'boulevard', bld: 'boulevard', blvd: 'boulevard', boul: 'boulevard',
  pl: 'place', crs: 'cours', ch: 'chemin', che: 'chemin', chem: 'chemin', rte: 'route', imp: 'impasse',
  all: 'allee', fg: 'faubourg', fbg: 'faubourg', sq: 'square', pass: 'passage', qu: 'quai', res: 'residence',
  prom: 'promenade', st: 'saint', ste: 'sainte', dr: 'docteur', pr: 'professeur', prof: 'professeur',
  gal: 'general', gen: 'general', mal: 'marechal', pdt: 'president', cdt: 'commandant', lt: 'lieutenant', mgr: 'monseigneur',
};

/** Words that start a street name: a typed "av." for a "rue" still finds the street. */
const STREET_TYPES = new Set(['rue', 'avenue', 'boulevard', 'place', 'cours', 'chemin', 'route', 'impasse', 'allee', 'faubourg', 'square', 'passage', 'quai', 'residence', 'promenade', 'montee', 'esplanade', 'sentier', 'voie', 'parvis', 'cite', 'villa', 'hameau', 'lotissement', 'mail', 'clos']);

/** A BAN street name as written inside a sentence: "Rue Anatole France" → "rue Anatole France". */
export function streetLabel(name: string): string {
  const first = name.split(' ', 1)[0] ?? '';
  return STREET_TYPES.has(nameWords(first)[0] ?? '') ? first.toLowerCase() + name.slice(first.length) : name;
}

/** Articles and prepositions, left out when names are compared ("rue Léon Blum" = "rue de Léon Blum"). */
const SMALL_WORDS = new Set(['de', 'du', 'des', 'la', 'le', 'les', 'l', 'd', 'et', 'a', 'au', 'aux', 'en', 'sur']);

/** Repetition indexes as typed, and the BAN `rep` values they may stand for. */
const REPS: Record<string, string[]> = {
  b: ['b', 'bis'], bis: ['bis', 'b'], t: ['t', 'ter'], ter: ['ter', 't'], q: ['q', 'quater'], quater: ['quater', 'q'], qua: ['quater', 'q'], quinquies: ['quinquies'],
};
const REP_WORDS = new Set(['bis', 'ter', 'quater', 'quinquies']);

/** Lower case, no accents, abbreviations expanded: "Bd du 11-Novembre" → ["boulevard", "du", "11", "novembre"]. */
export function nameWords(text: string): string[] {
  return text
    .normalize('NFD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, ' ')
    .trim()
    .split(' ')
    .filter((w) => w !== '')
    .map((w) => ABBREVIATIONS[w] ?? w);
}

/** The words that tell a name apart: small words left out. */
function keyWords(words: readonly string[]): string[] {
  return words.filter((w) => !SMALL_WORDS.has(w));
}

/** Edit distance with swaps of two neighbouring letters, or `max + 1` as soon as it exceeds `max`. */
export function editDistance(a: string, b: string, max: number): number {
  if (Math.abs(a.length - b.length) > max) return max + 1;
  let before: number[] = [];
  let previous = Array.from({ length: b.length + 1 }, (_, j) => j);
  for (let i = 1; i <= a.length; i++) {
    const current = [i];
    let best = i;
    for (let j = 1; j <= b.length; j++) {
      const cost = a[i - 1] === b[j - 1] ? 0 : 1;
      let d = Math.min((previous[j] ?? 0) + 1, (current[j - 1] ?? 0) + 1, (previous[j - 1] ?? 0) + cost);
      if (i > 1 && j > 1 && a[i - 1] === b[j - 2] && a[i - 2] === b[j - 1]) d = Math.min(d, (before[j - 2] ?? 0) + 1);
      current.push(d);
      best = Math.min(best, d);
    }
    if (best > max) return max + 1;
    before = previous;
    previous = current;
  }
  return previous[b.length] ?? max + 1;
}

/** What the visitor typed, taken apart. */
export interface TypedAddress {
  number?: number;
  /** Repetition index as typed ("bis", "b"), empty when none. */
  rep: string;
  postcode?: string;
  /** Index of the territory commune named in the text. */
  commune?: number;
  /** The street part, in key words. */
  street: string[];
}

function communeWords(commune: AddressCommune): string[] {
  return keyWords(nameWords(commune.name));
}

/** Whether `words` at `at` spell the commune (or its first word, or with one typo). */
function communeAt(words: readonly string[], at: number, commune: readonly string[]): number {
  const full = words.slice(at, at + commune.length);
  if (full.length === commune.length && full.every((w, i) => w === commune[i])) return commune.length;
  const first = commune[0] ?? '';
  const word = words[at] ?? '';
  if (word === first && first.length >= 5) return 1;
  if (commune.length === 1 && first.length >= 6 && editDistance(word, first, 1) <= 1) return 1;
  return 0;
}

/** Takes the typed text apart: house number and index, postcode, commune, street. */
export function parseAddress(text: string, communes: readonly AddressCommune[]): TypedAddress {
  let words = nameWords(text);
  const typed: TypedAddress = { rep: '', street: [] };
  const postcode = words.findIndex((w) => /^\d{5}$/.test(w));
  if (postcode >= 0) {
    typed.postcode = words[postcode] ?? '';
    words = words.filter((_, i) => i !== postcode);
  }
  const cWords = communes.map(communeWords);
  let found = true;
  while (found && words.length > 0) {
    found = false;
    for (const [i, c] of cWords.entries()) {
      const keyed = keyWords(words);
      const atEnd = (() => {
        for (let n = c.length; n >= 1; n--) {
          const start = keyed.length - n;
          if (start >= 0 && communeAt(keyed, start, c) === n) return n;
        }
        return 0;
      })();
      const atStart = communeAt(keyed, 0, c);
      if (atEnd > 0 || atStart > 0) {
        typed.commune = i;
        // Drop the commune's words (and the small words around them) from the end or the start.
        let drop = atEnd > 0 ? atEnd : atStart;
        if (atEnd > 0) {
          while (drop > 0 && words.length > 0) {
            const w = words.pop() ?? '';
            if (!SMALL_WORDS.has(w)) drop -= 1;
          }
        } else {
          while (drop > 0 && words.length > 0) {
            const w = words.shift() ?? '';
            if (!SMALL_WORDS.has(w)) drop -= 1;
          }
        }
        found = true;
        break;
      }
    }
  }
  if (words[0] === 'n' || words[0] === 'no' || words[0] === 'numero') words = words.slice(1);
  const first = /^(\d{1,4})([a-z]*)$/.exec(words[0] ?? '');
  if (first && (first[2] === '' || REPS[first[2] ?? ''])) {
    typed.number = Number(first[1]);
    typed.rep = first[2] ?? '';
    words = words.slice(1);
    if (typed.rep === '' && REP_WORDS.has(words[0] ?? '')) {
      typed.rep = words[0] ?? '';
      words = words.slice(1);
    }
  }
  typed.street = keyWords(words);
  return typed;
}

/** A house number of the index, found for the typed one. */
export interface FoundNumber {
  number: number;
  rep: string;
  /** False when the BAN does not know this number: the position is the nearest number on the same side. */
  exact: boolean;
}

export type AddressAnswer =
  /** A street of the territory, with the house number when one was typed. */
  | { kind: 'address'; street: number; name: string; commune: AddressCommune; typedNumber?: number; number?: FoundNumber; position: Position }
  /** The same street name in several communes (or several close names): the visitor picks. */
  | { kind: 'choose'; options: { street: number; name: string; commune: AddressCommune }[] }
  /** A commune of the territory, but no street of it matches. */
  | { kind: 'commune'; commune: AddressCommune }
  /** A postcode outside the territory. */
  | { kind: 'outside'; postcode: string }
  /** Nothing recognised. */
  | { kind: 'unknown' };

/** Street names prepared for comparison, computed once per index. */
export interface PreparedIndex {
  index: AddressIndex;
  /** Key words of each street without its type ("anatole france"), and its type ("rue") or "". */
  streets: { rest: string; type: string }[];
}

function splitType(words: readonly string[]): { rest: string; type: string } {
  const type = STREET_TYPES.has(words[0] ?? '') ? (words[0] ?? '') : '';
  return { rest: (type ? words.slice(1) : words).join(' '), type };
}

export function prepareIndex(index: AddressIndex): PreparedIndex {
  return { index, streets: index.streets.map(([, name]) => splitType(keyWords(nameWords(name)))) };
}

/** The house number of the street nearest to the typed one, same side first. */
function findNumber(numbers: readonly (number | string)[], wanted: number, rep: string): { at: number; found: FoundNumber } | undefined {
  if (numbers.length === 0) return undefined;
  const parsed = numbers.map(splitHouseNumber);
  const reps = rep === '' ? [''] : [...(REPS[rep] ?? [rep]), ''];
  for (const r of reps) {
    const at = parsed.findIndex((p) => p.number === wanted && p.rep === r);
    if (at >= 0) return { at, found: { number: wanted, rep: r, exact: r !== '' || rep === '' } };
  }
  let best = -1;
  let bestScore = Infinity;
  parsed.forEach((p, i) => {
    const score = Math.abs(p.number - wanted) + (p.number % 2 === wanted % 2 ? 0 : 10_000);
    if (score < bestScore) {
      bestScore = score;
      best = i;
    }
  });
  const near = parsed[best];
  return near ? { at: best, found: { number: near.number, rep: near.rep, exact: false } } : undefined;
}

/** Finds the typed address; see AddressAnswer for what comes back. */
export function findAddress(prepared: PreparedIndex, text: string): AddressAnswer {
  const { index } = prepared;
  const typed = parseAddress(text, index.communes);
  const postcodeCommunes = typed.postcode === undefined ? undefined : index.communes.flatMap((c, i) => (c.postcodes.includes(typed.postcode ?? '') ? [i] : []));
  if (typed.postcode !== undefined && postcodeCommunes?.length === 0) return { kind: 'outside', postcode: typed.postcode };
  const allowed = (commune: number) => (typed.commune === undefined || typed.commune === commune) && (postcodeCommunes === undefined || postcodeCommunes.includes(commune));
  const communeOnly = (): AddressAnswer => {
    const i = typed.commune ?? (postcodeCommunes?.length === 1 ? postcodeCommunes[0] : undefined);
    const commune = i === undefined ? undefined : index.communes[i];
    return commune ? { kind: 'commune', commune } : { kind: 'unknown' };
  };
  if (typed.street.length === 0) return communeOnly();

  const wanted = splitType(typed.street);
  const scored: { street: number; score: number }[] = [];
  prepared.streets.forEach((s, i) => {
    const row = index.streets[i];
    if (!row || !allowed(row[0])) return;
    const typo = editDistance(wanted.rest, s.rest, 1);
    if (typo > 1) return;
    // A typed type that differs ("av." for a "rue") costs less than a typo in the name.
    const typeCost = wanted.type === '' || wanted.type === s.type ? 0 : 0.5;
    scored.push({ street: i, score: typo + typeCost });
  });
  if (scored.length === 0) return communeOnly();
  const best = Math.min(...scored.map((s) => s.score));
  const top = scored.filter((s) => s.score === best);
  if (top.length > 1) {
    return {
      kind: 'choose',
      options: top.map(({ street }) => {
        const row = index.streets[street]!;
        return { street, name: row[1], commune: index.communes[row[0]]! };
      }),
    };
  }
  const street = top[0]!.street;
  const [communeIndex, name, numbers, coordinates] = index.streets[street]!;
  const positions = decodeCoordinates(coordinates);
  const found = typed.number === undefined ? undefined : findNumber(numbers, typed.number, typed.rep);
  const position = found ? positions[found.at] : positions[Math.floor(positions.length / 2)];
  return {
    kind: 'address',
    street,
    name,
    commune: index.communes[communeIndex]!,
    ...(typed.number === undefined ? {} : { typedNumber: typed.number }),
    ...(found ? { number: found.found } : {}),
    position: position ?? { lat: 0, lon: 0 },
  };
}
