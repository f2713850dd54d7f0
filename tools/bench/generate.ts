/**
 * A synthetic content folder for the benchmark: a copy of content/ plus N
 * generated directory entries (content/resources/synthetic/), spread over
 * the territory's communes inside the map bounds, with varied categories,
 * audiences, hours and descriptions, plus generated events
 * (content/events/, tools/bench/generate-events.ts) and news articles
 * (content/news/fr/, tools/bench/generate-news.ts).
 * Everything is checked against the schemas before anything is written; the
 * folder lives under bench/tmp/ (git-ignored) and is replaced as a whole.
 *
 *   node tools/bench/generate.ts --count 10000 [--events 1000] [--articles 500] [--out bench/tmp/content-M]
 *   CLSM_CONTENT_DIR=bench/tmp/content-M npm run build -- --outDir dist-bench
 */
import { cpSync, existsSync, mkdirSync, renameSync, rmSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { parseArgs } from 'node:util';
import { writeYaml } from '../../src/core/yaml.ts';
import { resource, type ResourceInput, loadTaxonomy } from '../../src/features/directory/index.ts';
import { loadSiteConfig } from '../../src/core/site-config.ts';
import { ContentError, formatProblem } from '../../src/core/content-errors.ts';
import { random } from './random.ts';
import { eventProblems, syntheticEvents } from './generate-events.ts';
import { articleProblems, syntheticArticles } from './generate-news.ts';

const HOURS = [
  'Mo-Fr 09:00-17:00; PH off',
  'Mo-Fr 08:30-12:00,13:30-17:30; PH off',
  'Mo,Tu,Th,Fr 09:00-12:30,13:30-18:00; We 09:00-12:30; PH off',
  'Tu-Sa 10:00-18:00; PH off',
  'Mo-Su 00:00-24:00',
  'We 14:00-18:00; Sa 10:00-12:00',
  'Mo-Th 09:00-19:00; Fr 09:00-16:00; PH off',
  'Mo 14:00-17:00; Th 09:00-12:00',
];
const KINDS = ['Accueil', 'Permanence', 'Consultation', 'Point écoute', 'Atelier', 'Espace', 'Service', 'Maison', 'Centre', 'Antenne'];
const TOPICS = ['santé mentale', 'écoute', 'soutien psychologique', 'entraide', 'logement accompagné', 'insertion', 'addictions', 'parentalité', 'jeunesse', 'aidants', 'accès aux droits', 'bien-être'];
const STREETS = ['rue Anatole-France', 'avenue Jean-Jaurès', 'rue de la République', 'cours Émile-Zola', 'rue Francis-de-Pressensé', 'avenue Franklin-Roosevelt', 'rue Pierre-Brossolette', 'place Lazare-Goujon', 'rue du 8-Mai-1945', 'chemin des Pins'];
const SENTENCES = [
  'Accueil sans jugement, avec ou sans rendez-vous selon les jours.',
  'Des professionnels écoutent, informent et orientent vers le bon interlocuteur.',
  'Ateliers collectifs et entretiens individuels, en français et dans d’autres langues.',
  'Pour les personnes concernées et leurs proches, quel que soit leur âge.',
  'Le premier entretien permet de faire le point sur la situation et les besoins.',
  'Un travailleur social aide dans les démarches administratives.',
  'Les activités reprennent chaque année en septembre.',
  'Le lieu est accessible en tramway et en bus.',
  'Un psychologue reçoit sur rendez-vous deux demi-journées par semaine.',
  'Des groupes de parole se réunissent une fois par mois.',
];
const AUDIENCES = ['tous-publics', 'enfants', 'adolescents', 'jeunes-adultes', 'etudiants', 'adultes', 'personnes-agees', 'familles', 'aidants', 'femmes'] as const;
const COSTS = ['free', 'reimbursed', 'fee'] as const;
const APPOINTMENTS = ['walk-in', 'required', 'by-phone'] as const;

/** N entries as written in YAML. */
export function syntheticEntries(count: number, seed = 9): ResourceInput[] {
  const site = loadSiteConfig();
  const terms = loadTaxonomy().terms.map((t) => t.id);
  const generator = random(seed);
  const rand = generator.next;
  const pick = generator.pick;
  const b = site.map.bounds;
  const entries: ResourceInput[] = [];
  for (let i = 1; i <= count; i++) {
    const commune = pick(site.territory.communes);
    // Around the commune centre, kept inside the map bounds.
    const lat = Math.min(b.north - 0.001, Math.max(b.south + 0.001, commune.centre.lat + (rand() - 0.5) * 0.03));
    const lon = Math.min(b.east - 0.001, Math.max(b.west + 0.001, commune.centre.lon + (rand() - 0.5) * 0.04));
    const categories = [...new Set([pick(terms), ...(rand() < 0.4 ? [pick(terms)] : [])])];
    const topic = pick(TOPICS);
    entries.push({
      name: `${pick(KINDS)} ${topic} ${commune.name} n° ${i} (exemple)`,
      organization: { name: `Association synthétique ${1 + (i % 400)} (exemple)` },
      categories,
      description: `${pick(SENTENCES)} ${pick(SENTENCES)} Thème : ${topic}.`,
      audiences: [pick(AUDIENCES)],
      location: {
        street: `${1 + Math.floor(rand() * 150)} ${pick(STREETS)}`,
        postcode: pick(commune.postcodes),
        commune: commune.name,
        insee: commune.insee,
        coordinates: { lat: Math.round(lat * 1e5) / 1e5, lon: Math.round(lon * 1e5) / 1e5 },
      },
      // 01 99 00 xx xx: the range ARCEP reserves for fiction.
      phones: [{ number: `01 99 00 ${String(Math.floor(rand() * 100)).padStart(2, '0')} ${String(Math.floor(rand() * 100)).padStart(2, '0')}` }],
      hours: pick(HOURS),
      appointment: pick(APPOINTMENTS),
      cost: pick(COSTS),
      verifiedOn: `2026-0${1 + Math.floor(rand() * 9)}-1${Math.floor(rand() * 10)}`,
      source: { note: 'Donnée synthétique générée pour le banc d’essai : ce lieu n’existe pas.' },
      example: true,
    });
  }
  return entries;
}

/** How much to generate on top of content/. */
export interface ContentCounts {
  entries: number;
  events: number;
  articles: number;
}

/** Writes `<out>` = content/ + the generated content; returns the folder. Nothing is written if anything is invalid. */
export function generateContent(counts: ContentCounts, out: string, source = 'content'): string {
  const entries = syntheticEntries(counts.entries);
  const events = syntheticEvents(counts.events);
  const articles = syntheticArticles(counts.articles);
  const problems = [
    ...entries.flatMap((entry, index) => {
      const result = resource.safeParse(entry);
      return result.success ? [] : result.error.issues.map((issue) => ({ file: `synthetic entry ${index + 1}`, field: issue.path.join('.'), message: issue.message }));
    }),
    ...eventProblems(events),
    ...articleProblems(articles),
  ];
  if (problems.length) throw new ContentError(problems);
  const target = resolve(out);
  const temporary = `${target}.tmp`;
  rmSync(temporary, { recursive: true, force: true });
  cpSync(source, temporary, { recursive: true });
  const write = (dir: string, files: [name: string, text: string][]) => {
    mkdirSync(join(temporary, dir), { recursive: true });
    for (const [name, text] of files) writeFileSync(join(temporary, dir, name), text);
  };
  write(join('resources', 'synthetic'), entries.map((entry, index) => [`synthetique-${String(index + 1).padStart(6, '0')}.yaml`, writeYaml(entry)]));
  // The events loader reads content/events/ without subfolders.
  write('events', events.map((e) => [`${e.id}.yaml`, writeYaml(e.data)]));
  write(join('news', 'fr'), articles.map((a) => [`${a.id}.mdx`, a.text]));
  if (existsSync(target)) rmSync(target, { recursive: true });
  renameSync(temporary, target);
  return target;
}

if (import.meta.main) {
  const { values } = parseArgs({
    options: { count: { type: 'string', default: '10000' }, events: { type: 'string', default: '0' }, articles: { type: 'string', default: '0' }, out: { type: 'string' } },
  });
  const counts = { entries: Number(values.count), events: Number(values.events), articles: Number(values.articles) };
  if (!Object.values(counts).every((n) => Number.isInteger(n) && n >= 0)) {
    console.error('generate: expected --count, --events and --articles to be whole numbers');
    process.exit(1);
  }
  try {
    const dir = generateContent(counts, values.out ?? `bench/tmp/content-${counts.entries}`);
    console.info(`generate: wrote ${counts.entries} entries, ${counts.events} events, ${counts.articles} articles; content folder ${dir}`);
  } catch (error) {
    if (error instanceof ContentError) console.error(error.problems.map(formatProblem).join('\n'));
    else console.error(error);
    process.exit(1);
  }
}
