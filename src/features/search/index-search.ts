/**
 * Builds the site search index of a built site with Pagefind's Node API:
 * every page that search-types.ts keeps, with filters, result-card metadata
 * and synonyms added from the content (search-facts.ts). Pagefind writes
 * one index per `<html lang>`. The index is written to a temporary folder
 * and moved into place at the end, so a failure leaves no half-written
 * index behind.
 *
 *   node src/features/search/index-search.ts [--outDir dist]     (or DIST_DIR=dist)
 */
import { existsSync, readdirSync, readFileSync, renameSync, rmSync } from 'node:fs';
import { join, sep } from 'node:path';
import { parseArgs } from 'node:util';
import * as pagefind from 'pagefind';
import { searchTypeOf, type SearchType } from './search-types.ts';
import { hasSearchBody, isNoindex, withSearchFacts } from './search-record.ts';
import { factsFor, loadSearchSources } from './search-facts.ts';
import { languageFromPath } from '../../core/i18n/i18n.ts';

export interface IndexReport {
  /** Pages indexed, per language. */
  pages: Record<string, number>;
  /** Pages indexed, per type. */
  types: Partial<Record<SearchType, number>>;
  /** Pages without a data-pagefind-body element (not indexed). */
  withoutBody: string[];
  seconds: number;
}

/** Pagefind's bundled UIs and highlighter, which the site does not use. */
const UNUSED_FILES = /^pagefind-(ui|modular-ui|component-ui|highlight)\.(js|css)$/;

/** Pages handed to Pagefind at once. */
const IN_FLIGHT = 16;

/** Every `index.html` under `dir`, as site paths ("/ressources/gem-bron/"). */
function pagePaths(dir: string): string[] {
  return readdirSync(dir, { recursive: true, encoding: 'utf8' })
    .filter((name) => name === 'index.html' || name.endsWith(`${sep}index.html`))
    .filter((name) => !name.startsWith(`pagefind${sep}`))
    .map((name) => `/${name.split(sep).slice(0, -1).join('/')}/`.replace(/^\/\/$/, '/'))
    .sort();
}

/** Text of an HTML fragment, roughly (tags dropped, entities as spaces): enough for synonym matching. */
function textOf(html: string): string {
  return html.replace(/<(script|style)\b[\s\S]*?<\/\1>/gi, ' ').replace(/<[^>]+>/g, ' ').replace(/&[a-z#0-9]+;/gi, ' ');
}

/** The text of the page's first h1. */
function titleText(html: string): string {
  return textOf(/<h1\b[^>]*>([\s\S]*?)<\/h1>/i.exec(html)?.[1] ?? '');
}

/** The text of the main element, for synonym matching. */
function mainText(html: string): string {
  const start = html.indexOf('<main');
  const end = html.lastIndexOf('</main>');
  const main = start === -1 || end === -1 ? html : html.slice(start, end);
  return textOf(main);
}

/** Indexes the built site in `distDir` and writes `<distDir>/pagefind/`. */
export async function indexSearch(distDir: string): Promise<IndexReport> {
  const started = performance.now();
  if (!existsSync(join(distDir, 'index.html'))) throw new Error(`index-search: ${distDir}/index.html not found; build the site first`);
  const sources = loadSearchSources();
  const report: IndexReport = { pages: {}, types: {}, withoutBody: [], seconds: 0 };
  const target = join(distDir, 'pagefind');
  const temporary = join(distDir, 'pagefind.tmp');
  rmSync(temporary, { recursive: true, force: true });
  const { index, errors } = await pagefind.createIndex({});
  if (!index) throw new Error(`index-search: Pagefind did not start: ${errors.join('; ')}`);
  try {
    const addPage = async (path: string): Promise<void> => {
      const type = searchTypeOf(path);
      if (type === null) return;
      const html = readFileSync(join(distDir, path, 'index.html'), 'utf8');
      if (isNoindex(html)) return;
      if (!hasSearchBody(html)) {
        report.withoutBody.push(path);
        return;
      }
      const lang = languageFromPath(path);
      const facts = factsFor(path, type, lang, titleText(html), mainText(html), sources);
      const added = await index.addHTMLFile({ url: path, content: withSearchFacts(html, facts) });
      if (added.errors.length) throw new Error(`index-search: ${path}: ${added.errors.join('; ')}`);
      report.pages[lang] = (report.pages[lang] ?? 0) + 1;
      report.types[type] = (report.types[type] ?? 0) + 1;
    };
    // Pages go to Pagefind's process IN_FLIGHT at a time: one at a time, each
    // page waited for the round trip and the indexer sat idle half the time.
    const paths = pagePaths(distDir);
    for (let start = 0; start < paths.length; start += IN_FLIGHT) {
      await Promise.all(paths.slice(start, start + IN_FLIGHT).map(addPage));
    }
    report.withoutBody.sort();
    const written = await index.writeFiles({ outputPath: temporary });
    if (written.errors.length) throw new Error(`index-search: ${written.errors.join('; ')}`);
    // The site has its own search UI (src/features/search/elements/site-search.ts): Pagefind's ready-made UIs are not published.
    for (const name of readdirSync(temporary)) if (UNUSED_FILES.test(name)) rmSync(join(temporary, name));
    rmSync(target, { recursive: true, force: true });
    renameSync(temporary, target);
  } catch (error) {
    rmSync(temporary, { recursive: true, force: true });
    throw error;
  } finally {
    await pagefind.close();
  }
  report.seconds = Math.round((performance.now() - started) / 100) / 10;
  return report;
}

/** The build folder from `--outDir X`, `--outDir=X`, or DIST_DIR; default `dist`. */
export function outDirFrom(args: readonly string[], env: NodeJS.ProcessEnv = process.env): string {
  const { values } = parseArgs({ args: [...args], options: { outDir: { type: 'string' } }, strict: false, allowPositionals: true });
  return typeof values.outDir === 'string' ? values.outDir : (env['DIST_DIR'] ?? 'dist');
}

/** One line for the build log. */
export function describe(report: IndexReport, distDir: string): string {
  const languages = Object.entries(report.pages).map(([lang, n]) => `${n} ${lang}`).join(', ');
  const types = Object.entries(report.types).map(([type, n]) => `${n} ${type}`).join(', ');
  return `[search] indexed ${languages} pages (${types}) into ${distDir}/pagefind/ in ${report.seconds} s`;
}

if (import.meta.main) {
  const distDir = outDirFrom(process.argv.slice(2));
  try {
    const report = await indexSearch(distDir);
    console.info(describe(report, distDir));
    if (report.withoutBody.length) console.warn(`[search] not indexed, no data-pagefind-body: ${report.withoutBody.join(', ')}`);
  } catch (error) {
    console.error(error instanceof Error ? error.message : error);
    process.exit(1);
  }
}
