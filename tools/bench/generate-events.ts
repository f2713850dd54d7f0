/**
 * Synthetic events for the benchmark: most belong to the SISM 2026 edition
 * (inside its dates, from content/sism/2026.yaml), the rest are spread over
 * the year (trainings, meetings). Places are named addresses in the
 * territory's communes, inside the map bounds. Each event is checked with
 * the event schema and the same cross-checks as the site's loader
 * (src/features/events/events.ts) before anything is written.
 */
import { event, EVENT_AUDIENCES, EVENT_TYPES, type EventInput, crossCheckEvent, loadEventContext } from '../../src/features/events/index.ts';
import { loadSiteConfig } from '../../src/core/site-config.ts';
import { slugify } from '../../src/core/slug.ts';
import type { ContentProblem } from '../../src/core/content-errors.ts';
import { random } from './random.ts';
import { addDays } from '../../src/core/clock.ts';

const SISM_YEAR = 2026;
/** Share of the events that belong to the SISM edition; the others are spread over the year. */
const SISM_SHARE = 0.8;

const TITLES: Record<(typeof EVENT_TYPES)[number], string[]> = {
  conference: ['Conférence : parler de santé mentale au travail', 'Conférence : le sommeil et le moral', 'Conférence : grandir avec un parent malade'],
  'cine-debat': ['Ciné-débat : un film, des échanges', 'Ciné-débat en famille', 'Ciné-débat : courts métrages sur l’isolement'],
  atelier: ['Atelier d’écriture', 'Atelier relaxation', 'Atelier cuisine et convivialité', 'Atelier théâtre d’improvisation'],
  'portes-ouvertes': ['Portes ouvertes du GEM', 'Portes ouvertes du centre médico-psychologique', 'Portes ouvertes de la maison des adolescents'],
  exposition: ['Exposition de photographies', 'Exposition : des mots sur les maux', 'Exposition collective des ateliers d’art'],
  stand: ['Stand d’information au marché', 'Stand d’information à la médiathèque', 'Village associatif'],
  sport: ['Marche bien-être', 'Randonnée urbaine', 'Initiation au yoga doux'],
  spectacle: ['Théâtre forum', 'Concert de la chorale', 'Lecture publique'],
  rencontre: ['Café des aidants', 'Rencontre entre parents', 'Groupe de parole ouvert'],
  formation: ['Formation premiers secours en santé mentale', 'Sensibilisation des agents d’accueil', 'Formation au repérage de la crise suicidaire'],
  instance: ['Assemblée plénière du CLSM', 'Comité de pilotage du CLSM', 'Réunion des partenaires du CLSM'],
};
const VENUES = ['Médiathèque', 'Maison de quartier', 'Centre social', 'Salle des fêtes', 'Espace culturel', 'Gymnase municipal', 'Cinéma de quartier'];
const STREETS = ['rue Anatole-France', 'avenue Jean-Jaurès', 'rue de la République', 'cours Émile-Zola', 'place de la Liberté', 'rue Pierre-Brossolette'];
const DESCRIPTIONS = [
  'Un temps d’échange ouvert à toutes et à tous, animé par des professionnels et des personnes concernées.',
  'Entrée libre, dans la limite des places disponibles. Un café est offert à l’issue de la rencontre.',
  'Pour mieux connaître les lieux d’écoute et de soins près de chez vous, et poser vos questions.',
  'Les enfants sont les bienvenus, accompagnés d’un adulte.',
  'Organisé avec les associations du territoire dans le cadre du programme du CLSM.',
];

const pad = (n: number) => String(n).padStart(2, '0');
export interface GeneratedEvent {
  /** File name without .yaml (the event id). */
  id: string;
  data: EventInput;
}

/** `count` events as written in YAML, with their ids. */
export function syntheticEvents(count: number, seed = 11): GeneratedEvent[] {
  const site = loadSiteConfig();
  const context = loadEventContext();
  const edition = context.editions.get(SISM_YEAR);
  if (!edition) throw new Error(`generate: content/sism/${SISM_YEAR}.yaml is needed for the synthetic SISM events`);
  const editionDays = Math.round((Date.parse(edition.endDate) - Date.parse(edition.startDate)) / 86_400_000);
  const rand = random(seed);
  const b = site.map.bounds;
  const events: GeneratedEvent[] = [];
  for (let i = 1; i <= count; i++) {
    const sism = rand.next() < SISM_SHARE;
    const type = sism ? rand.pick(EVENT_TYPES.filter((t) => t !== 'instance' && t !== 'formation')) : rand.pick(EVENT_TYPES);
    // SISM events inside the edition's dates; the others anywhere in the year.
    const day = sism ? addDays(edition.startDate, rand.int(0, editionDays)) : addDays(`${SISM_YEAR}-01-05`, rand.int(0, 350));
    const hour = rand.int(9, 19);
    const commune = rand.pick(site.territory.communes);
    const lat = Math.min(b.north - 0.001, Math.max(b.south + 0.001, commune.centre.lat + (rand.next() - 0.5) * 0.02));
    const lon = Math.min(b.east - 0.001, Math.max(b.west + 0.001, commune.centre.lon + (rand.next() - 0.5) * 0.03));
    const title = `${rand.pick(TITLES[type])} à ${commune.name} (n° ${i})`;
    const data: EventInput = {
      title,
      description: `${rand.pick(DESCRIPTIONS)} ${rand.pick(DESCRIPTIONS)}`,
      start: `${day}T${pad(hour)}:00`,
      end: `${day}T${pad(Math.min(23, hour + rand.int(1, 3)))}:30`,
      type,
      place: {
        name: `${rand.pick(VENUES)} (exemple)`,
        street: `${rand.int(1, 120)} ${rand.pick(STREETS)}`,
        postcode: rand.pick(commune.postcodes),
        commune: commune.name,
        coordinates: { lat: Math.round(lat * 1e5) / 1e5, lon: Math.round(lon * 1e5) / 1e5 },
      },
      audiences: [rand.pick(EVENT_AUDIENCES)],
      price: rand.next() < 0.8 ? 0 : rand.int(2, 8),
      registration: { kind: 'none' },
      accessibility: rand.next() < 0.6 ? ['step-free'] : [],
      organisers: [{ name: `Association synthétique ${1 + (i % 120)} (exemple)` }],
      ...(sism ? { edition: SISM_YEAR } : {}),
      example: true,
    };
    events.push({ id: `${day}-${slugify(title)}`, data });
  }
  return events;
}

/** Problems of the generated events, checked as the site's loader checks them. */
export function eventProblems(events: readonly GeneratedEvent[]): ContentProblem[] {
  const context = loadEventContext();
  return events.flatMap(({ id, data }) => {
    const file = `synthetic event ${id}`;
    const parsed = event.safeParse(data);
    if (!parsed.success) return parsed.error.issues.map((issue) => ({ file, field: issue.path.join('.'), message: issue.message }));
    return crossCheckEvent(parsed.data, file, context).problems;
  });
}
