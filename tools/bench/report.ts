/**
 * bench/results.md: the run as tables a person can read (and paste into a
 * closing note). Built from bench/results.json's data only.
 */
import { budgetLines, type BudgetOutcome } from './check-budgets.ts';
import { contoursLines } from './contours.ts';
import type { Bytes } from './page-load.ts';
import { fullBuildSeconds, msPerPage, ratio, type BenchResults, type SizeResult } from './results.ts';

const kb = (bytes: number) => (bytes / 1024).toFixed(1);
const both = (b: Bytes) => `${kb(b.raw)} (${kb(b.wire)})`;
const table = (header: string[], rows: string[][]) => [`| ${header.join(' | ')} |`, `|${' --- |'.repeat(header.length)}`, ...rows.map((r) => `| ${r.join(' | ')} |`)];
const counts = (s: SizeResult) => (s.size.entries + s.size.events + s.size.articles === 0 ? 'sample content/' : `+${s.size.entries} entries, +${s.size.events} events, +${s.size.articles} articles`);

function buildSection(results: BenchResults): string[] {
  const built = results.sizes.filter((s) => s.build);
  if (!built.length) return [];
  const rows = built.map((s) => {
    const b = s.build!;
    const base = s.baseline?.run;
    return [
      s.size.name,
      counts(s),
      String(b.output.pages),
      String(b.output.files + b.indexFiles),
      `${b.astro.seconds} s, ${b.astro.peakMB} MB`,
      `${b.index.seconds} s, ${b.index.peakMB} MB`,
      `${fullBuildSeconds(b)} s`,
      String(msPerPage(b)),
      base ? `${base.seconds} s, ${base.peakMB} MB (${s.baseline!.output.pages} pages)` : '–',
      base ? `${ratio(b.astro.seconds, base.seconds)}×` : '–',
      base ? `${ratio(fullBuildSeconds(b), base.seconds)}×` : '–',
    ];
  });
  const growth = built.slice(1).map((s, i) => {
    const a = built[i]!.build!;
    const b = s.build!;
    return [`${built[i]!.size.name} → ${s.size.name}`, `${ratio(b.output.pages, a.output.pages)}×`, `${ratio(fullBuildSeconds(b), fullBuildSeconds(a))}×`, `${msPerPage(a)} → ${msPerPage(b)}`, `${ratio(msPerPage(b), msPerPage(a))}×`, `${ratio(b.astro.peakMB, a.astro.peakMB)}×`];
  });
  return [
    '## Build',
    '',
    'Time and peak memory (resident, summed over the process tree) of each step, run as separate processes. Baseline: a bare Astro project rendering the same number of pages from the same entry files (tools/bench/baseline.ts).',
    '',
    ...table(['size', 'content', 'HTML pages', 'files', 'astro build', 'search index', 'build + index', 'ms / page', 'bare Astro baseline', 'astro ÷ baseline', 'build + index ÷ baseline'], rows),
    '',
    ...built
      .filter((s) => s.build?.runs)
      .map((s) => `${s.size.name}: fastest of ${s.build!.runs!.astro.length} runs; astro build ${s.build!.runs!.astro.join(', ')} s; search index ${s.build!.runs!.index.join(', ')} s${s.baseline?.runs ? `; baseline ${s.baseline.runs.join(', ')} s` : ''}.`),
    '',
    `CPU seconds other processes used during each step (well above 0: the machine was shared and the times are skewed): ${built.map((s) => `${s.size.name} ${[s.build!.astro, s.build!.index, ...(s.baseline ? [s.baseline.run] : [])].map((r) => r.otherCpuSeconds).join(' / ')}`).join(', ')} (astro build / index / baseline).`,
    '',
    ...(growth.length ? ['Growth between sizes:', '', ...table(['sizes', 'pages', 'build + index time', 'ms / page', 'per page', 'astro peak memory'], growth), ''] : []),
  ];
}

function pagesSection(size: SizeResult): string[] {
  if (!size.pages.length) return [];
  const rows = size.pages.map((row) => {
    const load = row.load;
    const l = row.lighthouse;
    const rest: Bytes | undefined = load && { raw: load.byKind.font.raw + load.byKind.image.raw + load.byKind.other.raw, wire: load.byKind.font.wire + load.byKind.image.wire + load.byKind.other.wire };
    return [
      row.type,
      row.path,
      ...(load ? [both(load.byKind.html), both(load.byKind.css), both(load.byKind.js), both(load.byKind.data), both(rest!), both(load.total), String(load.requests)] : Array<string>(7).fill('–')),
      ...(l ? [l.performance, l.accessibility, l['best-practices'], l.seo, l.lcp, l.tbt].map((n) => (n === null ? 'error' : String(n))) : Array<string>(6).fill('–')).map((cell, i) =>
        // The median of three runs: the three performance scores beside it.
        i === 0 && l?.runs ? `${cell} (median of ${l.runs.map((r) => r ?? 'error').join(', ')})` : cell,
      ),
    ];
  });
  return [
    `## Page types at size ${size.size.name}`,
    '',
    'Everything Chromium loads at start (empty cache, until the network is idle, no interaction), KB decoded (KB on the wire, gzip as nginx serves it, headers included). Lighthouse: simulated mobile.',
    '',
    ...table(['page type', 'path', 'HTML', 'CSS', 'JS', 'data', 'fonts, images', 'total', 'requests', 'perf', 'a11y', 'best pr.', 'SEO', 'LCP ms', 'TBT ms'], rows),
    '',
  ];
}

function directorySection(results: BenchResults): string[] {
  const sizes = results.sizes.filter((s) => s.directory || s.map || s.search);
  if (!sizes.length) return [];
  const directoryRows = sizes.map((s) => {
    const d = s.directory;
    const m = s.map;
    const mapBytes = (c: NonNullable<typeof m>['maplibre']) => kb(c.bytes.js + c.bytes.css + c.bytes.data + c.bytes.other);
    return [
      s.size.name,
      d ? String(d.entries) : '–',
      d ? `${d.first.ms} ms, ${kb(d.first.bytes)} KB (${d.first.action}: ${d.first.announced})` : '–',
      d ? `${d.next.ms} ms (${d.next.action}: ${d.next.announced})` : '–',
      m ? `${m.maplibre.points} points, ${m.maplibre.ms} ms, ${mapBytes(m.maplibre)} KB (data ${kb(m.maplibre.bytes.data)})` : '–',
      m ? `${m.leaflet.ms} ms, ${mapBytes(m.leaflet)} KB` : '–',
      m ? kb(m.mapBytesBeforeOpening) : '–',
    ];
  });
  const searchRows = sizes.map((s) => {
    const q = s.search;
    const w = s.wholeDirectoryJson;
    return [
      s.size.name,
      q ? `${Object.values(q.pages).reduce((a, b) => a + b, 0)} pages, ${kb(q.indexBytes.total)} KB in ${q.indexBytes.files} files` : '–',
      q ? `${kb(q.firstQuery.bytes)} KB, ${q.firstQuery.requests} req., ${q.firstQuery.ms} ms ("${q.firstQuery.query}", ${q.firstQuery.results} results)` : '–',
      q ? `${kb(q.nextQuery.bytes)} KB, ${q.nextQuery.requests} req., ${q.nextQuery.ms} ms ("${q.nextQuery.query}", ${q.nextQuery.results} results)` : '–',
      q ? `${q.queryMs.newWords.median} / ${q.queryMs.repeated.median} ms` : '–',
      w ? `${w.entries} entries: ${kb(w.raw)} KB, ${kb(w.gzip)} KB gzip` : '–',
      q && w ? `${ratio(w.gzip, q.firstQuery.bytes)}×` : '–',
    ];
  });
  return [
    '## Directory',
    '',
    'Filtering /ressources/ in Chromium: change of the form → results announced and painted; the first filter fetches the index of every entry. Map: click on "Afficher la carte" → `idle`, and what opening it downloads (KB on the wire).',
    '',
    ...table(['size', 'entries in the index', 'first filter', 'next filter', 'map (MapLibre)', 'map (Leaflet)', 'map code loaded before opening, KB'], directoryRows),
    '',
    '## Search',
    '',
    'Pagefind, on /recherche/ in Chromium, KB on the wire. "Whole directory as JSON": the alternative of shipping every entry\'s searchable text (name, description, organisation, commune, categories) as one file, gzip.',
    '',
    ...table(['size', 'index on disk', 'first query', 'following query', 'search() median, new / repeated words', 'whole directory as JSON', 'JSON ÷ first query'], searchRows),
    '',
  ];
}

function addressSection(results: BenchResults): string[] {
  const rows = results.sizes.flatMap((s) => {
    const a = s.addresses;
    if (!a) return [];
    return [
      [s.size.name, 'sample (BAN extract)', `${a.sample.numbers}`, `${kb(a.sample.raw)} KB`, `${kb(a.sample.gzip)} KB`, `${a.sample.firstMs} ms`, `${a.sample.nextMs} ms`, `${a.sample.lookupMs} ms`],
      [s.size.name, `synthetic, ${a.synthetic.inhabitants.toLocaleString('en')} inhabitants (import ${a.synthetic.importSeconds} s)`, `${a.synthetic.numbers}`, `${kb(a.synthetic.raw)} KB`, `${kb(a.synthetic.gzip)} KB`, `${a.synthetic.firstMs} ms`, `${a.synthetic.nextMs} ms`, `${a.synthetic.lookupMs} ms`],
    ];
  });
  if (rows.length === 0) return [];
  return [
    '## Address index ("Quel est mon CMP ?")',
    '',
    'The index the finder loads when the visitor types an address (tools/bench/address.ts), and in Chromium at 360 px, timed in the page: submit → answer shown the first time (download and preparation of the index included), the median of the next answers, and of the matching alone.',
    '',
    ...table(['size', 'index', 'house numbers', 'raw', 'gzip', 'first answer', 'next answers', 'matching'], rows),
    '',
  ];
}

export function markdownReport(results: BenchResults, budgets: readonly BudgetOutcome[]): string {
  const lighthouseLost = results.sizes.flatMap((s) =>
    s.pages.flatMap((row) => [...(row.lighthouse?.lost ?? []), ...(row.lighthouse?.errors ?? []).map((e) => `error ${e}`)].map((audit) => `- ${s.size.name} ${row.type}: ${audit}`)),
  );
  const errors = results.sizes.flatMap((s) => s.errors.map((e) => `- ${s.size.name}: ${e.split('\n').join('\n  ')}`));
  const imp = results.spreadsheetImport;
  return [
    `# Benchmark, ${results.date}`,
    '',
    `Node ${results.node}, ${results.cpus} CPU cores; sizes ${results.sizes.map((s) => `${s.size.name} (${counts(s)})`).join(', ')}${results.seconds ? `; the whole run took ${Math.round(results.seconds / 6) / 10} min` : ''}.`,
    '',
    ...(budgets.length ? ['## Budgets', '', ...budgetLines(budgets), ''] : []),
    ...buildSection(results),
    ...results.sizes.flatMap(pagesSection),
    ...directorySection(results),
    ...addressSection(results),
    ...(lighthouseLost.length ? ['## Lighthouse audits that cost points', '', ...lighthouseLost, ''] : []),
    ...(imp ? [`## Spreadsheet import`, '', `${imp.rows} rows: ${imp.dryRunSeconds} s with --dry-run, ${imp.importSeconds} s writing ${imp.filesWritten} files.`, ''] : []),
    ...(results.contours ? ['## Territory outlines (import:contours)', '', ...contoursLines(results.contours), ''] : []),
    ...(errors.length ? ['## What did not run to the end', '', ...errors, ''] : []),
  ].join('\n');
}
