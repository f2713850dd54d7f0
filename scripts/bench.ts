/**
 * `npm run bench`: the performance record. Builds the site, then for each
 * page type measures its HTML, CSS and JavaScript bytes (raw and gzip) and
 * its Lighthouse mobile scores, served by nginx with the shipped config.
 * Prints a table and writes bench/results.json and bench/results.md.
 *
 *   npm run bench [-- --no-build] [--no-lighthouse] [--no-search] [--only home,content]
 *   npm run bench -- --synthetic 10000 --dist dist-bench   (content/ plus 10,000 generated entries)
 */
import { spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { parseArgs } from 'node:util';
import { pageWeight, type PageWeight } from './bench/page-weight.ts';
import { lighthouseScores, startChrome, type Scores } from './bench/lighthouse.ts';
import { importBench } from './bench/import.ts';
import { searchBench, searchMarkdown, type SearchBench } from './bench/search.ts';
import { mapBench, mapMarkdown } from './bench/map.ts';
import { generateContent } from './bench/generate.ts';
import { serveBuild } from './serve-build.ts';

const { values } = parseArgs({
  options: {
    'no-build': { type: 'boolean', default: false },
    'no-lighthouse': { type: 'boolean', default: false },
    'no-import': { type: 'boolean', default: false },
    'no-search': { type: 'boolean', default: false },
    'no-map': { type: 'boolean', default: false },
    synthetic: { type: 'string' },
    only: { type: 'string' },
    dist: { type: 'string', default: 'dist' },
    port: { type: 'string', default: '4500' },
  },
});

/** One representative page per page type; the first path that exists in the build is measured. */
const PAGE_TYPES: { type: string; paths: string[] }[] = [
  { type: 'home', paths: ['/'] },
  { type: 'content page', paths: ['/s-informer/qu-est-ce-que-la-sante-mentale/', '/mentions-legales/'] },
  { type: '404', paths: ['/404.html'] },
  { type: 'directory list', paths: ['/ressources/'] },
  { type: 'directory entry', paths: ['/ressources/cmp-adultes-villeurbanne/', '/ressources/3114-prevention-suicide/'] },
  { type: 'my CMP', paths: ['/ressources/mon-cmp/'] },
  { type: 'guide', paths: ['/s-informer/qu-est-ce-que-la-sante-mentale/'] },
  { type: 'brochure', paths: ['/s-informer/brochures/troubles-psychiques/depression/'] },
  { type: 'myth', paths: ['/s-informer/idees-recues/depression-et-volonte/'] },
  { type: 'news', paths: ['/actualites/'] },
  { type: 'event', paths: ['/agenda/2026-10-24-cine-debat-hors-normes/'] },
  { type: 'search', paths: ['/recherche/'] },
  { type: 'SISM programme', paths: ['/sism/2026/'] },
  { type: 'press', paths: ['/presse/'] },
  { type: 'press fact sheet', paths: ['/presse/fiches/suicide/'] },
  { type: 'press key figures', paths: ['/presse/chiffres-cles/'] },
];

interface Row {
  type: string;
  path: string;
  weight: PageWeight;
  lighthouse?: Scores;
}

const distDir = values.dist;
const port = Number(values.port);
const results: { date: string; node: string; buildSeconds?: number; syntheticEntries?: number; pages: Row[]; search?: SearchBench } = {
  date: new Date().toISOString(),
  node: process.version,
  pages: [],
};

if (!values['no-build']) {
  const started = performance.now();
  const env = { ...process.env };
  if (values.synthetic) {
    results.syntheticEntries = Number(values.synthetic);
    env['CLSM_CONTENT_DIR'] = generateContent(results.syntheticEntries);
    console.log(`bench: content/ plus ${results.syntheticEntries} synthetic entries in ${env['CLSM_CONTENT_DIR']}`);
  }
  // The build script also writes the search index (scripts/build.ts).
  const build = spawnSync(process.execPath, ['scripts/build.ts', '--outDir', distDir], { stdio: ['ignore', 'ignore', 'inherit'], env });
  if (build.status !== 0) {
    console.error('bench: the build failed');
    process.exit(1);
  }
  results.buildSeconds = Math.round((performance.now() - started) / 100) / 10;
  console.log(`bench: astro build in ${results.buildSeconds} s`);
}

const wanted = values.only?.split(',');
for (const { type, paths } of PAGE_TYPES) {
  if (wanted && !wanted.includes(type)) continue;
  const path = paths.find((p) => existsSync(p.endsWith('/') ? join(distDir, p, 'index.html') : join(distDir, p)));
  if (!path) continue;
  results.pages.push({ type, path, weight: pageWeight(distDir, path) });
}

// One server for every measurement that needs the site served.
const needsServer = !values['no-lighthouse']
  || (!values['no-search'] && existsSync(join(distDir, 'pagefind', 'pagefind-entry.json')))
  || (!values['no-map'] && existsSync(join(distDir, 'ressources', 'carte.geojson')));
let directoryMap: Awaited<ReturnType<typeof mapBench>> | undefined;
if (needsServer) {
  const served = await serveBuild(distDir, port);
  try {
    if (!values['no-lighthouse']) {
      const chrome = await startChrome();
      try {
        for (const row of results.pages) {
          row.lighthouse = await lighthouseScores(`${served.origin}${row.path}`, chrome.port);
          console.log(`bench: Lighthouse ${row.type}: ${row.lighthouse.performance}/${row.lighthouse.accessibility}/${row.lighthouse['best-practices']}/${row.lighthouse.seo}`);
        }
      } finally {
        chrome.kill();
      }
    }
    if (!values['no-search'] && existsSync(join(distDir, 'pagefind', 'pagefind-entry.json'))) {
      results.search = await searchBench(distDir, port);
      console.log(`bench: search first query ${(results.search.firstQuery.bytes / 1024).toFixed(1)} KB, next ${(results.search.nextQuery.bytes / 1024).toFixed(1)} KB, query median ${results.search.queryMs.repeated.median} ms`);
    }
    // Opening the directory map: click → MapLibre idle, and the bytes it loads (scripts/bench/map.ts).
    if (!values['no-map'] && existsSync(join(distDir, 'ressources', 'carte.geojson'))) {
      directoryMap = await mapBench(port);
      console.log(`bench: map of ${directoryMap.maplibre.points} places idle in ${directoryMap.maplibre.ms} ms (MapLibre), ${directoryMap.leaflet.ms} ms (Leaflet)`);
    }
  } finally {
    served.stop();
  }
}

// Importer speed: 10,000 generated spreadsheet rows (scripts/bench/import.ts).
const spreadsheetImport = values['no-import'] ? undefined : importBench();
if (spreadsheetImport) console.log(`bench: spreadsheet import of ${spreadsheetImport.rows} rows: ${spreadsheetImport.dryRunSeconds} s with --dry-run, ${spreadsheetImport.importSeconds} s writing the files`);

const kb = (bytes: number) => (bytes / 1024).toFixed(1);
const header = '| page type | path | HTML KB (gz) | CSS KB (gz) | JS KB (gz) | requests | perf | a11y | best pr. | SEO | LCP ms | TBT ms |';
const lines = [header, '|' + ' --- |'.repeat(12)];
for (const row of results.pages) {
  const w = row.weight;
  const l = row.lighthouse;
  lines.push(
    `| ${row.type} | ${row.path} | ${kb(w.html.raw)} (${kb(w.html.gzip)}) | ${kb(w.css.raw)} (${kb(w.css.gzip)}) | ${kb(w.js.raw)} (${kb(w.js.gzip)}) | ${w.requests} | ` +
      (l ? `${l.performance} | ${l.accessibility} | ${l['best-practices']} | ${l.seo} | ${l.lcp} | ${l.tbt} |` : '– | – | – | – | – | – |'),
  );
}
const lost = results.pages.flatMap((row) => (row.lighthouse?.lost ?? []).map((audit) => `- ${row.type}: ${audit}`));
const markdown = [
  `# Benchmark, ${results.date}`,
  '',
  results.buildSeconds === undefined ? '' : `build and search index: ${results.buildSeconds} s (Node ${results.node})${results.syntheticEntries ? `, content/ plus ${results.syntheticEntries} synthetic directory entries` : ''}`,
  '',
  ...lines,
  '',
  lost.length ? '## Lighthouse audits that cost points\n' + lost.join('\n') : 'No Lighthouse audit cost points.',
  spreadsheetImport ? `\nSpreadsheet import of ${spreadsheetImport.rows} rows: ${spreadsheetImport.dryRunSeconds} s with --dry-run, ${spreadsheetImport.importSeconds} s writing the files.\n` : '',
  '',
  ...(results.search ? searchMarkdown(results.search) : []),
  ...(directoryMap ? mapMarkdown(directoryMap) : []),
].join('\n');

mkdirSync('bench', { recursive: true });
writeFileSync('bench/results.json', JSON.stringify({ ...results, spreadsheetImport, directoryMap }, null, 2) + '\n');
writeFileSync('bench/results.md', markdown);
console.log('\n' + markdown);
console.log('bench: wrote bench/results.json and bench/results.md');
