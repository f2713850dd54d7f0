/**
 * The address index of "Quel est mon CMP ?" (issue 16): its size, raw and
 * gzip, for the sample territory and for a synthetic territory of 300,000
 * inhabitants, and the time to answer a typed address in Chromium.
 *
 * The synthetic territory is a Base Adresse Nationale CSV generated in the
 * BAN's exact format (tools/samples/ban-extract.ts) and imported by the
 * real importer. Its size follows the BAN's own ratio: 25,630,703
 * addresses for 66,184,087 inhabitants (the /ban/stats example of
 * https://github.com/BaseAdresseNationale/ban-plateforme/wiki/Documentation-API-de-consultation-BAN),
 * 0.387 address per inhabitant, so about 116,000 addresses for 300,000
 * inhabitants; about 25 numbers a street. Positions get a few metres of
 * noise so that gzip does not find a straight line a real street lacks.
 */
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';
import type { Browser, Page } from '@playwright/test';
import { convertBan } from '../../src/features/opendata/index.ts';
import { addressIndexJson } from '../../src/features/directory/index.ts';
import { loadSiteConfig } from '../../src/core/site-config.ts';
import { BAN_HEADER, streetRows, type StreetSpec } from '../samples/ban-extract.ts';
import { random } from './random.ts';

const BAN_ADDRESSES = 25_630_703;
const BAN_POPULATION = 66_184_087;
export const SYNTHETIC_INHABITANTS = 300_000;

export interface IndexSize {
  streets: number;
  numbers: number;
  raw: number;
  gzip: number;
}

export interface LookupTime {
  /** Submit → answer shown, the first time (fetching and preparing the index included), ms. */
  firstMs: number;
  /** Submit → answer shown, median of the following lookups, ms. */
  nextMs: number;
  /** Median of the matching itself over the following lookups (data-lookup-ms), ms. */
  lookupMs: number;
}

export interface AddressBench {
  sample: IndexSize & LookupTime;
  synthetic: IndexSize & LookupTime & { inhabitants: number; importSeconds: number };
}

const TYPES = ['Rue', 'Rue', 'Rue', 'Avenue', 'Boulevard', 'Chemin', 'Impasse', 'Allée', 'Place', 'Route', 'Cours', 'Montée'];
const FIRST = ['Jean', 'Marie', 'Pierre', 'Louise', 'Paul', 'Jeanne', 'Henri', 'Simone', 'Louis', 'Lucie', 'Émile', 'Marcel', 'Hélène', 'Georges', 'Germaine', 'André', 'Marguerite', 'Albert', 'Camille', 'Édouard', 'Rosa', 'Jules', 'Suzanne', 'Antoine', 'Berthe', 'Francis', 'Olympe', 'Roger', 'Gisèle', 'Maurice'];
const LAST = ['Moulin', 'Curie', 'Blum', 'Péri', 'Salengro', 'Herriot', 'Rollet', 'Barbusse', 'Perroncel', 'Fays', 'Galline', 'Servet', 'Roosevelt', 'Rousset', 'Pinel', 'Audin', 'Veil', 'Parks', 'de Gouges', 'Lacassagne', 'Michelet', 'Renan', 'Dolet', 'Berthelot', 'Brossolette', 'Mendès France', 'Sembat', 'Guesde', 'Vaillant', 'Cachin', 'Politzer', 'Decour', 'Môquet', 'Fabien', 'Manouchian', 'Kahlo', 'Zweig', 'Neruda', 'Lorca', 'Tolstoï'];
const NAMES = ['Victor Hugo', 'Jean Jaurès', 'de la République', 'Pasteur', 'Émile Zola', 'du Général de Gaulle', 'Jean Moulin', 'Gambetta', 'des Écoles', 'de la Gare', 'Anatole France', 'Paul Bert', 'Voltaire', 'des Lilas', 'du Stade', 'Marcel Pagnol', 'Louis Pergaud', 'des Acacias', 'de la Paix', 'Jules Ferry', 'du 8 Mai 1945', 'Frédéric Mistral', 'Lamartine', 'Alphonse Daudet', 'des Tilleuls', 'du Moulin', 'Saint-Exupéry', 'Pierre Curie', 'Max Barel', 'de la Liberté'];

/** A BAN CSV of a synthetic territory of `inhabitants`, on the sample's communes. */
export function syntheticBan(inhabitants = SYNTHETIC_INHABITANTS): { text: string; addresses: number } {
  const target = Math.round((inhabitants * BAN_ADDRESSES) / BAN_POPULATION);
  const site = loadSiteConfig();
  const communes = site.territory.communes;
  const rand = random(16);
  const rows: string[] = [];
  let code = 0;
  const used = new Set<string>();
  while (rows.length < target) {
    const commune = communes[code % communes.length]!;
    // Names repeat across communes, as real ones do, but not within one.
    const draw = () => `${rand.pick(TYPES)} ${rand.next() < 0.25 ? rand.pick(NAMES) : `${rand.pick(FIRST)} ${rand.pick(LAST)}`}`;
    let name = draw();
    while (used.has(`${commune.insee} ${name}`)) name = draw();
    used.add(`${commune.insee} ${name}`);
    const lat = commune.centre.lat + (rand.next() - 0.5) * 0.04;
    const lon = commune.centre.lon + (rand.next() - 0.5) * 0.05;
    const length = 0.001 + rand.next() * 0.008;
    const angle = rand.next() * Math.PI;
    const spec: StreetSpec = { insee: commune.insee, postcode: commune.postcodes[0] ?? '', commune: commune.name, name, from: [lat, lon], to: [lat + Math.sin(angle) * length, lon + Math.cos(angle) * length], max: rand.int(6, 56) };
    for (const row of streetRows(spec, 1000 + code, code)) {
      const cells = row.split(';');
      // A few metres of noise: real entrances are not on a straight line.
      cells[12] = (Number(cells[12]) + (rand.next() - 0.5) * 0.00012).toFixed(6);
      cells[13] = (Number(cells[13]) + (rand.next() - 0.5) * 0.00008).toFixed(6);
      rows.push(cells.join(';'));
    }
    code += 1;
  }
  return { text: [BAN_HEADER, ...rows].join('\n') + '\n', addresses: rows.length };
}

function sizeOf(text: string): { raw: number; gzip: number } {
  return { raw: Buffer.byteLength(text), gzip: gzipSync(text, { level: 9 }).length };
}

/**
 * Submits `address` in the finder and times, inside the page, submit →
 * answer shown (data-lookup-ms appears once it is), and the matching itself.
 * Timed in the page: Playwright's own waiting adds seconds on a loaded machine.
 */
async function lookup(page: Page, address: string): Promise<{ ms: number; lookupMs: number }> {
  await page.getByLabel('Votre adresse').fill(address);
  return page.evaluate(async () => {
    const finder = document.querySelector('address-finder');
    const form = finder?.querySelector('form');
    if (!finder || !form) throw new Error('no <address-finder> form on the page');
    finder.removeAttribute('data-lookup-ms');
    const t0 = performance.now();
    form.requestSubmit();
    await new Promise<void>((resolve) => {
      const check = () => (finder.hasAttribute('data-lookup-ms') ? resolve() : setTimeout(check, 1));
      check();
    });
    return { ms: Math.round((performance.now() - t0) * 10) / 10, lookupMs: Number(finder.getAttribute('data-lookup-ms')) };
  });
}

async function lookupTimes(browser: Browser, origin: string, addresses: readonly string[], indexPath?: string): Promise<LookupTime> {
  const page = await browser.newPage({ viewport: { width: 360, height: 740 } });
  try {
    await page.goto(`${origin}/ressources/mon-cmp/`, { waitUntil: 'networkidle' });
    // Another index, served by the same nginx (gzip included), before the finder first loads one.
    if (indexPath !== undefined) await page.evaluate((path) => document.querySelector('address-finder')?.setAttribute('data-index', path), indexPath);
    const first = await lookup(page, addresses[0] ?? '');
    const next: { ms: number; lookupMs: number }[] = [];
    for (const address of [...addresses, ...addresses]) next.push(await lookup(page, address));
    const median = (list: number[]) => list.sort((a, b) => a - b)[Math.floor(list.length / 2)] ?? 0;
    return { firstMs: first.ms, nextMs: median(next.map((n) => n.ms)), lookupMs: Math.round(median(next.map((n) => n.lookupMs)) * 100) / 100 };
  } finally {
    await page.close();
  }
}

/** Measures the sample index served at `origin` and a synthetic territory of 300,000 inhabitants. */
export async function addressBench(browser: Browser, origin: string, distDir: string): Promise<AddressBench> {
  const sampleText = readFileSync(join(distDir, 'ressources', 'mon-cmp', 'adresses.json'), 'utf8');
  const sampleIndex = JSON.parse(sampleText) as { streets: [number, string, unknown[]][] };
  const sampleAddresses = ['12 av. Anatole-France 69100 villeurbanne', '80 rue Francis de Pressense', '14 av Franklin Roosevelt Bron', '5 rue de la republique decines', '46 crs emile zola'];
  const sample = {
    streets: sampleIndex.streets.length,
    numbers: sampleIndex.streets.reduce((n, s) => n + s[2].length, 0),
    ...sizeOf(sampleText),
    ...(await lookupTimes(browser, origin, sampleAddresses)),
  };

  const dir = mkdtempSync(join(tmpdir(), 'bench-ban-'));
  try {
    const { text } = syntheticBan();
    const file = join(dir, 'adresses-69.csv');
    writeFileSync(file, text);
    const t0 = performance.now();
    const { index, problems, stats } = convertBan(file, 'adresses-69.csv', loadSiteConfig(), 'synthetic');
    const importSeconds = Math.round((performance.now() - t0) / 100) / 10;
    if (problems.length > 0) throw new Error(`synthetic BAN file refused: ${problems[0]?.message}`);
    const json = addressIndexJson(index);
    const served = join(distDir, 'ressources', 'mon-cmp', 'adresses-bench.json');
    writeFileSync(served, json);
    const pick = (i: number) => {
      const street = index.streets[Math.floor((i / 5) * index.streets.length)]!;
      const commune = index.communes[street[0]]!;
      return `${String(street[2][0]).split(' ')[0]} ${street[1].normalize('NFD').replace(/[\u0300-\u036f]/g, '')} ${commune.postcodes[0]}`;
    };
    const synthetic = {
      inhabitants: SYNTHETIC_INHABITANTS,
      importSeconds,
      streets: stats.streets,
      numbers: stats.numbers,
      ...sizeOf(json),
      ...(await lookupTimes(browser, origin, [0, 1, 2, 3, 4].map(pick), '/ressources/mon-cmp/adresses-bench.json')),
    };
    return { sample, synthetic };
  } finally {
    rmSync(dir, { recursive: true, force: true });
    rmSync(join(distDir, 'ressources', 'mon-cmp', 'adresses-bench.json'), { force: true });
  }
}
