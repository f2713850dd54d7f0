/**
 * What a text may say about a SISM edition's programme is computed from the
 * programme, never typed: how many events, how many free or paying, how many
 * communes, the dates. A release or a news item names its edition
 * (`edition: 2026` in its front matter) and writes `[[rendez-vous]]`,
 * `[[gratuits]]`, `[[payants]]`, `[[communes]]` or `[[dates]]` where the
 * figure goes; the build fills them in (front matter: `fillSismFacts`;
 * body: `sismFactsPlugin`, a hast plugin) and refuses a typed figure
 * ("28 rendez-vous", "tous les rendez-vous sont gratuits"), which would be
 * wrong as soon as the programme changes.
 */
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { relative } from 'node:path';
import { defineHastPlugin, type HastPluginEntry } from 'satteri';
import { ContentError } from '../../core/content-errors.ts';
import { readYaml } from '../../core/yaml.ts';
import { loadEditions, loadEvents, type SismEdition, type SiteEvent } from './events.ts';

/** The names a text may use, and what each one gives. */
export const SISM_FACT_NAMES = ['rendez-vous', 'gratuits', 'payants', 'communes', 'dates'] as const;
export type SismFactName = (typeof SISM_FACT_NAMES)[number];
export type SismFacts = Record<SismFactName, string>;

const month = new Intl.DateTimeFormat('fr-FR', { month: 'long', timeZone: 'UTC' });
/** "1er", "12": French writes the first day of a month as an ordinal. */
const dayOf = (date: string) => (Number(date.slice(8, 10)) === 1 ? '1er' : String(Number(date.slice(8, 10))));
const monthOf = (date: string) => month.format(new Date(`${date}T12:00:00Z`));

/** "du 12 au 26 octobre 2026", "du 28 septembre au 11 octobre 2026". */
export function dateSpan(start: string, end: string): string {
  const sameMonth = start.slice(0, 7) === end.slice(0, 7);
  return `du ${dayOf(start)}${sameMonth ? '' : ` ${monthOf(start)}`} au ${dayOf(end)} ${monthOf(end)} ${end.slice(0, 4)}`;
}

/** The figures of one edition, from its programme. */
export function sismFacts(edition: Pick<SismEdition, 'year' | 'startDate' | 'endDate'>, events: readonly Pick<SiteEvent, 'edition' | 'free' | 'location'>[]): SismFacts {
  const programme = events.filter((e) => e.edition === edition.year);
  const free = programme.filter((e) => e.free).length;
  return {
    'rendez-vous': String(programme.length),
    gratuits: String(free),
    payants: String(programme.length - free),
    communes: String(new Set(programme.map((e) => e.location.commune)).size),
    dates: dateSpan(edition.startDate, edition.endDate),
  };
}

const PLACEHOLDER = /\[\[([^\][]+)\]\]/g;

/** Replaces `[[name]]` with the edition's figure; an unknown name is a located error. */
export function fillSismFacts(text: string, facts: SismFacts | undefined, where: { file: string; field: string }): string {
  return text.replace(PLACEHOLDER, (whole, name: string) => {
    const key = name.trim() as SismFactName;
    if (!facts) throw new ContentError([{ ...where, message: `"${whole}" needs the SISM edition it counts: add "edition: <year>" to the front matter` }]);
    if (!SISM_FACT_NAMES.includes(key)) throw new ContentError([{ ...where, message: `"${whole}": expected one of ${SISM_FACT_NAMES.map((n) => `[[${n}]]`).join(', ')}` }]);
    return facts[key];
  });
}

const NUMBER_WORDS = 'deux|trois|quatre|cinq|six|sept|huit|neuf|dix|onze|douze|treize|quatorze|quinze|seize|dix-\\p{L}+|vingt(?:[- ]et[- ]un|-\\p{L}+)?|trente(?:[- ]et[- ]un|-\\p{L}+)?|quarante(?:[- ]et[- ]un|-\\p{L}+)?|cinquante(?:[- ]et[- ]un|-\\p{L}+)?';
/** A count or a claim about the whole programme, typed instead of computed. */
const TYPED_FIGURE = new RegExp(
  `(?<![\\p{L}\\d])(?:\\d+|${NUMBER_WORDS})\\s+(?:rendez-vous|[ée]v[ée]nements|manifestations|animations|actions)(?![\\p{L}])|tou(?:s|tes)\\s+les\\s+(?:rendez-vous|[ée]v[ée]nements|manifestations|animations)\\s+(?:sont|seront|[ée]taient)\\s+gratuit`,
  'giu',
);

/** The typed figures of a text (empty when every figure is a placeholder). */
export function typedSismFigures(text: string): string[] {
  return [...text.matchAll(TYPED_FIGURE)].map((m) => m[0]);
}

/** Throws a located error when a text about an edition types a figure the programme gives. */
export function refuseTypedFigures(text: string, where: { file: string; field: string }): void {
  const typed = typedSismFigures(text);
  if (typed.length === 0) return;
  throw new ContentError([
    { ...where, message: `"${typed[0]}" is typed: write ${SISM_FACT_NAMES.slice(0, 3).map((n) => `[[${n}]]`).join(', ')} or [[dates]] so the figure follows the programme` },
  ]);
}

/** The edition a content file's front matter names, if any. */
function editionOf(path: string): number | undefined {
  const match = /^---\r?\n([\s\S]*?)\r?\n---/.exec(readFileSync(path, 'utf8'));
  const data = match ? (readYaml(match[1] ?? '') as { edition?: unknown } | null) : null;
  return typeof data?.edition === 'number' ? data.edition : undefined;
}

/**
 * The hast plugin for Markdown and MDX bodies: fills `[[name]]` from the
 * edition the file's front matter names, and refuses typed figures there.
 * `factsFor` gives an edition's figures (undefined for an unknown year).
 */
export function sismFactsPlugin(factsFor: (year: number) => SismFacts | undefined): HastPluginEntry {
  return (context) => {
    const path = context.fileURL ? fileURLToPath(context.fileURL) : undefined;
    const year = path ? editionOf(path) : undefined;
    const file = path ? relative(process.cwd(), path) : '(markdown)';
    const facts = year === undefined ? undefined : factsFor(year);
    if (year !== undefined && !facts) throw new ContentError([{ file, field: 'edition', message: `expected a SISM edition in content/sism/ (no ${year}.yaml)` }]);
    return defineHastPlugin({
      name: 'clsm-sism-facts',
      text(node, ctx) {
        if (year !== undefined) refuseTypedFigures(node.value, { file, field: '(text)' });
        if (!node.value.includes('[[')) return;
        ctx.replaceNode(node, [{ type: 'text', value: fillSismFacts(node.value, facts, { file, field: '(text)' }) }]);
      },
    });
  };
}

/** The figures of the site's edition `year` (content/sism/<year>.yaml and its events), or undefined. */
export function factsOfEdition(year: number): SismFacts | undefined {
  const edition = loadEditions().find((e) => e.year === year);
  return edition ? sismFacts(edition, loadEvents()) : undefined;
}

/** A headline or summary about an edition, its figures filled in (typed figures refused). */
export function sismText(text: string, year: number | undefined, where: { file: string; field: string }): string {
  if (year === undefined) return fillSismFacts(text, undefined, where);
  refuseTypedFigures(text, where);
  const facts = factsOfEdition(year);
  if (!facts) throw new ContentError([{ ...where, field: 'edition', message: `expected a SISM edition in content/sism/ (no ${year}.yaml)` }]);
  return fillSismFacts(text, facts, where);
}
