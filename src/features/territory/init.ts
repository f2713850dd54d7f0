/**
 * `npm run init`: turns the kit's sample into the site of another
 * territory. Resolves the communes (communes.ts), reads their outlines
 * (contours.ts), writes site.yaml and territory.geojson, removes the sample
 * territory's local content (sample-content.ts) and writes the checklist of
 * what the CLSM must still fill in, all in one all-or-nothing change.
 */
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { siteConfig, type SiteConfig } from '../../core/schema/site.ts';
import { loadSiteConfig } from '../../core/site-config.ts';
import { ContentError, problemsFromZod } from '../../core/content-errors.ts';
import { resolveCommunes } from './communes.ts';
import { contoursBbox, readContours, territoryGeoJson, type CommuneContour } from './contours.ts';
import { KEPT_SAMPLE_DOCUMENTS, sampleTerritoryFiles, withoutRemovedFigures } from './sample-content.ts';
import { mapFrame, renderSiteYaml, type SiteYaml } from './site-yaml.ts';

export interface InitOptions {
  contentDir: string;
  /** Full name of the CLSM, e.g. "Conseil local de santé mentale du Pays de Douarnenez". */
  name: string;
  /** Short name for the header; derived from the name when absent. */
  shortName?: string | undefined;
  /** What the coordinator typed: communes, INSEE codes, an EPCI, a department. */
  communes: readonly string[];
  /** Path of the commune contours file (Etalab or IGN GeoJSON). */
  contoursFile: string;
  /** Public address of the site, if known. */
  url?: string | undefined;
  /** Keep the sample's directory, events and news (to try the kit on one's own map). */
  keepSample?: boolean;
  /** Simplification tolerance of the outlines, in metres. */
  toleranceMetres?: number;
}

export interface InitPlan {
  write: { path: string; text: string }[];
  remove: string[];
  site: SiteYaml;
  contours: CommuneContour[];
  checklist: string;
  /** True when the content is no longer the kit's sample: removing needs the coordinator's yes. */
  needsConfirmation: boolean;
}

const PLACEHOLDER = 'À COMPLÉTER';
/** The sample's site.yaml says so in its header; a site made by init or by hand does not. */
const SAMPLE_MARK = /^# SAMPLE CONTENT\./m;

/** "Conseil local de santé mentale du Pays de Douarnenez" → "CLSM du Pays de Douarnenez" (at most 40 characters). */
export function shortNameOf(name: string): string {
  const short = name.replace(/^conseil local de sant[ée] mentale\s*/i, 'CLSM ').trim();
  return short.length <= 40 ? short : `${short.slice(0, 39).trimEnd()}…`;
}

/**
 * The territory's name as pages use it ("… de {territoire}"): up to five
 * communes by name ("A", "A et B", "A, B et C"); beyond, the EPCI or
 * department asked for, without the "CC"/"CA" jargon, else the first three
 * and a count.
 */
export function territoryName(names: readonly string[], groupName: string | undefined): string {
  if (names.length <= 5) return names.length === 1 ? names[0]! : `${names.slice(0, -1).join(', ')} et ${names.at(-1)}`;
  if (groupName) return groupName.replace(/^(CC|CA|CU) /, '');
  return `${names.slice(0, 3).join(', ')} et ${names.length - 3} autres communes`;
}

export function buildSiteYaml(options: InitOptions, contours: readonly CommuneContour[], postcodes: Map<string, string[]>, groupName: string | undefined): SiteYaml {
  const frame = mapFrame(contoursBbox(contours));
  const first = contours[0]!;
  return {
    url: options.url ?? 'https://clsm-exemple.fr',
    clsm: {
      name: options.name,
      shortName: options.shortName ?? shortNameOf(options.name),
      carrier: PLACEHOLDER,
      // The paragraph that ends every press release: long enough to pass the check, plainly to be rewritten.
      boilerplate: `${PLACEHOLDER} : en un paragraphe, ce qu’est le ${options.name}, qui le porte et qui y participe (élus, psychiatrie, usagers, aidants, acteurs sociaux).`,
      example: true,
    },
    territory: {
      name: territoryName(contours.map((c) => c.name), groupName),
      communes: contours.map((c) => ({ name: c.name, insee: c.insee, postcodes: postcodes.get(c.insee) ?? [], centre: c.centre })),
    },
    contact: {
      // Placeholders that pass the checks: 01 99 00 xx xx is the range ARCEP keeps for fiction.
      email: 'coordination@clsm-exemple.fr',
      phone: '01 99 00 10 00',
      address: { street: PLACEHOLDER, postcode: postcodes.get(first.insee)?.[0] ?? '00000', city: first.name },
      press: { name: PLACEHOLDER, role: 'Contact presse du CLSM', phone: '01 99 00 10 01', email: 'presse@clsm-exemple.fr' },
      security: 'securite@clsm-exemple.fr',
    },
    publisher: { name: PLACEHOLDER, director: PLACEHOLDER, host: PLACEHOLDER },
    crisisContacts: [],
    map: { ...frame, basemap: { kind: 'none' } },
    languages: ['fr', 'en'],
  };
}

/** The checklist, in French: what the CLSM fills in before publishing. */
export function checklist(site: SiteYaml, kept: readonly string[], removed: number): string {
  const communes = site.territory.communes.map((c) => `${c.name} (${c.insee})`).join(', ');
  return `# Ce qu’il reste à remplir avant de publier

Écrit par \`npm run init\` pour **${site.clsm.name}**.
Territoire : ${communes}.
${removed} fichiers du territoire d’exemple ont été retirés ; les lignes nationales
(3114, 15, 112, 114), les services nationaux de l’annuaire et les guides
généraux, avec leurs sources, sont gardés.

Cochez chaque ligne quand elle est faite, puis lancez \`npm run build\` : une
erreur nomme le fichier, le champ et ce qui est attendu.

## content/site.yaml
- [ ] \`url\` : l’adresse publique du site (https://…).
- [ ] \`clsm.carrier\` : qui porte le CLSM (ville, intercommunalité).
- [ ] \`clsm.boilerplate\` : le paragraphe « À propos » qui termine chaque communiqué de presse.
- [ ] \`contact\` : l’adresse de la coordination, son courriel et son téléphone ; le contact presse (\`contact.press\`) ; l’adresse \`contact.security\`. Les numéros 01 99 00 … sont des numéros fictifs à remplacer.
- [ ] \`publisher\` : l’éditeur du site, le directeur de la publication, l’hébergeur (mentions légales, loi n° 2004-575, article 6).
- [ ] \`crisisContacts\` : les urgences psychiatriques du secteur et les équipes mobiles, avec leur numéro vérifié à la source et leurs horaires.
- [ ] \`clsm.example\` : passer à \`false\` une fois tout rempli (le bandeau « site d’exemple » disparaît).

## Les documents du CLSM (encore ceux de l’exemple)
${kept.map((file) => `- [ ] \`content/${file}\``).join('\n')}
- [ ] Les fiches presse (\`content/press/fiches/\`) : leurs chiffres locaux d’exemple (\`example: true\`) à remplacer par ceux du territoire.
- [ ] Les pages éditoriales de \`content/pages/\` (le CLSM, situations complexes, formation des élus, accessibilité) : à relire pour le territoire.

## L’annuaire et le reste
- [ ] L’annuaire : importer les lieux (\`npm run import:spreadsheet\`, \`import:finess\`, \`import:hsds\`, voir docs/import.md) ; chaque lieu importé reste « à vérifier » jusqu’à ce qu’une personne l’ait vérifié.
- [ ] Les secteurs de psychiatrie (\`content/sectors.yaml\`, voir docs/map.md), demandés à l’ARS ou à l’établissement qui porte les secteurs.
- [ ] Les événements et le programme des SISM (\`npm run new:event\`, docs/sism.md), les actualités (\`content/news/fr/\`).
- [ ] Les chiffres clés du territoire (\`content/figures/\`), chacun avec sa source.
- [ ] Publier : voir docs/setup.md et docs/deploy.md.
`;
}

/**
 * `--keep-sample`: the demo's places, events and news stay, so the
 * demo's communes stay in the territory too (after the new ones) and the
 * map's bounds cover both: the build checks every place against them.
 */
function keepSampleTerritory(site: SiteYaml, previous: SiteConfig): void {
  const known = new Set(site.territory.communes.map((c) => c.insee));
  site.territory.communes.push(...previous.territory.communes.filter((c) => !known.has(c.insee)));
  const a = site.map.bounds;
  const b = previous.map.bounds;
  site.map.bounds = { south: Math.min(a.south, b.south), west: Math.min(a.west, b.west), north: Math.max(a.north, b.north), east: Math.max(a.east, b.east) };
}

/** Works out everything init would change, without touching the disk. */
export function planInit(options: InitOptions): InitPlan {
  const { contentDir } = options;
  const resolution = resolveCommunes(options.communes);
  const contoursText = readFileSync(options.contoursFile, 'utf8');
  const contours = readContours(contoursText, options.contoursFile, resolution.communes.map((c) => c.insee), options.toleranceMetres);
  const postcodes = new Map(resolution.communes.map((c) => [c.insee, c.postcodes]));
  const site = buildSiteYaml(options, contours, postcodes, resolution.groupName);
  const sitePath = join(contentDir, 'site.yaml');
  if (options.keepSample && existsSync(sitePath)) keepSampleTerritory(site, loadSiteConfig(sitePath));
  const checked = siteConfig.safeParse(site);
  if (!checked.success) throw new ContentError(problemsFromZod('content/site.yaml (as init would write it)', checked.error));

  // The sector map must give every commune of the territory its sectors: the demo's cannot stay.
  const remove = options.keepSample
    ? (existsSync(join(contentDir, 'sectors.yaml')) ? ['sectors.yaml'] : [])
    : sampleTerritoryFiles(contentDir).filter((f) => f !== 'territory.geojson');
  const needsConfirmation = existsSync(sitePath) && !SAMPLE_MARK.test(readFileSync(sitePath, 'utf8'));
  const list = checklist(site, KEPT_SAMPLE_DOCUMENTS, remove.length);
  return {
    write: [
      { path: sitePath, text: renderSiteYaml(site) },
      { path: join(contentDir, 'territory.geojson'), text: territoryGeoJson(contours, options.contoursFile.split('/').at(-1) ?? options.contoursFile) },
      { path: join(contentDir, 'checklist.md'), text: list },
      ...withoutRemovedFigures(contentDir, remove),
    ],
    remove: remove.map((f) => join(contentDir, f)),
    site,
    contours,
    checklist: list,
    needsConfirmation,
  };
}
