/**
 * Which communes a CLSM covers, resolved offline from the official
 * administrative division published by Etalab (`@etalab/decoupage-administratif`:
 * the INSEE Code officiel géographique, the DGCL list of EPCI, La Poste's
 * postcodes). A coordinator types what they know: commune names, INSEE
 * codes, an EPCI (its SIREN or its name) or a department; every word is
 * resolved or the whole request fails with what was not understood.
 */
import { createRequire } from 'node:module';

/** A commune as the site needs it (centres come later, from the contours). */
export interface ResolvedCommune {
  insee: string;
  name: string;
  postcodes: string[];
  department: string;
  population: number;
}

interface CogCommune {
  code: string;
  nom: string;
  type: string;
  departement?: string;
  codesPostaux?: string[];
  anciensCodes?: string[];
  population?: number;
}
interface CogEpci {
  code: string;
  nom: string;
  membres: { code: string }[];
}
interface CogDepartement {
  code: string;
  nom: string;
}

/** What a resolution gives: the communes, and the EPCI or department named, for the territory's name. */
export interface Resolution {
  communes: ResolvedCommune[];
  /** The label of a single EPCI or department asked for, e.g. "CC Douarnenez Communauté". */
  groupName?: string;
}

const require = createRequire(import.meta.url);
let data: { communes: CogCommune[]; epci: CogEpci[]; departements: CogDepartement[] } | undefined;

function cog(): NonNullable<typeof data> {
  // Loaded on first use (communes.json is 8 MB): the build never pays for it.
  data ??= {
    communes: (require('@etalab/decoupage-administratif/data/communes.json') as CogCommune[]).filter((c) => c.type === 'commune-actuelle'),
    epci: require('@etalab/decoupage-administratif/data/epci.json') as CogEpci[],
    departements: require('@etalab/decoupage-administratif/data/departements.json') as CogDepartement[],
  };
  return data;
}

/** "Saint-Étienne-du-Rouvray" and "saint etienne du rouvray" compare equal. */
export function normaliseName(name: string): string {
  return name
    .normalize('NFD')
    .replace(/\p{Diacritic}/gu, '')
    .toLowerCase()
    .replace(/\bst(e?)\b/g, 'saint$1')
    .replace(/[^a-z0-9]+/g, ' ')
    .trim();
}

/** Levenshtein distance, for "did you mean" (names a letter or two apart). */
function editDistance(a: string, b: string): number {
  if (Math.abs(a.length - b.length) > 2) return 3;
  let row = Array.from({ length: b.length + 1 }, (_, j) => j);
  for (let i = 1; i <= a.length; i++) {
    const next = [i];
    for (let j = 1; j <= b.length; j++) next[j] = Math.min(row[j]! + 1, next[j - 1]! + 1, row[j - 1]! + (a[i - 1] === b[j - 1] ? 0 : 1));
    row = next;
  }
  return row[b.length]!;
}

function toResolved(c: CogCommune): ResolvedCommune {
  return { insee: c.code, name: c.nom, postcodes: [...new Set(c.codesPostaux ?? [])].sort(), department: c.departement ?? '', population: c.population ?? 0 };
}

/** The error a coordinator reads: every word not understood, with a hint. */
export class CommuneQueryError extends Error {
  readonly problems: string[];
  constructor(problems: string[]) {
    super(`Territory not understood:\n${problems.map((p) => `  ${p}`).join('\n')}`);
    this.name = 'CommuneQueryError';
    this.problems = problems;
  }
}

/**
 * Splits what a coordinator typed into words: commas, semicolons or new
 * lines separate them (names contain spaces and hyphens).
 */
export function splitQuery(text: string): string[] {
  return text.split(/[,;\n]/).map((w) => w.trim()).filter((w) => w.length > 0);
}

/**
 * Resolves each word: a 9-digit EPCI SIREN, a 5-character INSEE code (2A/2B
 * for Corsica, former codes of merged communes included), a department code
 * ("29", "2A", "971"), an EPCI's name, or a commune's name, optionally
 * followed by its department in brackets to tell homonyms apart
 * ("Saint-Denis (974)").
 */
export function resolveCommunes(words: readonly string[]): Resolution {
  const { communes, epci, departements } = cog();
  const byCode = new Map(communes.map((c) => [c.code, c]));
  const byOldCode = new Map(communes.flatMap((c) => (c.anciensCodes ?? []).map((old) => [old, c] as const)));
  const found = new Map<string, CogCommune>();
  const groups: string[] = [];
  const problems: string[] = [];
  const add = (c: CogCommune) => found.set(c.code, c);

  for (const word of words) {
    const siren = /^\d{9}$/.test(word) ? epci.find((e) => e.code === word) : undefined;
    if (/^\d{9}$/.test(word)) {
      if (!siren) problems.push(`"${word}": no EPCI has this SIREN (expected the 9-digit SIREN of a communauté or métropole)`);
      else {
        siren.membres.forEach((m) => { const c = byCode.get(m.code); if (c) add(c); });
        groups.push(siren.nom);
      }
      continue;
    }
    if (/^(\d{5}|2[AB]\d{3})$/i.test(word)) {
      const code = word.toUpperCase();
      const byPostcode = communes.filter((x) => x.codesPostaux?.includes(code));
      // A former INSEE code can also be a postcode ("69100"): then the coordinator surely meant the postcode.
      const c = byCode.get(code) ?? (byPostcode.length === 0 ? byOldCode.get(code) : undefined);
      if (c) add(c);
      else {
        problems.push(
          byPostcode.length > 0
            ? `"${word}": not an INSEE code but a postcode, of ${byPostcode.map((x) => `${x.nom} (INSEE ${x.code})`).join(', ')}: give the commune's INSEE code or name`
            : `"${word}": no commune has this INSEE code`,
        );
      }
      continue;
    }
    if (/^(\d{2}|2[AB]|97\d)$/i.test(word)) {
      const dep = departements.find((d) => d.code === word.toUpperCase());
      if (!dep) problems.push(`"${word}": no department has this code`);
      else {
        communes.filter((c) => c.departement === dep.code).forEach(add);
        groups.push(dep.nom);
      }
      continue;
    }
    const bracket = /^(.*?)\s*\((\d{2}|2[AB]|97\d)\)$/i.exec(word);
    const name = normaliseName(bracket?.[1] ?? word);
    const dep = bracket?.[2]?.toUpperCase();
    const named = communes.filter((c) => normaliseName(c.nom) === name && (dep === undefined || c.departement === dep));
    if (named.length === 1) add(named[0]!);
    else if (named.length > 1) {
      problems.push(`"${word}": several communes have this name: ${named.map((c) => `${c.nom} (${c.departement})`).join(', ')}; write it with its department, e.g. "${named[0]!.nom} (${named[0]!.departement})"`);
    } else {
      const group = epci.filter((e) => normaliseName(e.nom) === name);
      if (group.length === 1) {
        group[0]!.membres.forEach((m) => { const c = byCode.get(m.code); if (c) add(c); });
        groups.push(group[0]!.nom);
      } else {
        const close = communes
          .map((c) => ({ c, d: editDistance(normaliseName(c.nom), name) }))
          .filter(({ d }) => d <= 2)
          .sort((a, b) => a.d - b.d)
          .slice(0, 5)
          .map(({ c }) => c);
        problems.push(`"${word}": no commune, EPCI or department of this name${close.length > 0 ? `; did you mean ${close.map((c) => `${c.nom} (${c.departement})`).join(', ')}?` : ''}`);
      }
    }
  }
  if (words.length === 0) problems.push('expected at least one commune, INSEE code, EPCI or department');
  if (problems.length > 0) throw new CommuneQueryError(problems);
  // Most populated first: the main town leads the lists, and its name wins on the map where names collide.
  const result: Resolution = { communes: [...found.values()].map(toResolved).sort((a, b) => b.population - a.population || a.insee.localeCompare(b.insee)) };
  if (groups.length === 1 && words.length === 1) result.groupName = groups[0]!;
  return result;
}
