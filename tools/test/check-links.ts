/**
 * Checks every internal link of the build: each href/src/srcset that points
 * to this site must resolve to a file of the build, and each #anchor to an
 * element id in its target page. Links to other sites are not fetched (no
 * network in tests); mailto:, tel:, sms: and geo: links are checked for form.
 *
 *   node tools/test/check-links.ts [dist]
 */
import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { join, relative, resolve } from 'node:path';
import { parse, type HTMLElement } from 'node-html-parser';
import { loadSiteConfig } from '../../src/core/site-config.ts';
import { recordCounts } from './test-results.ts';

const distDir = resolve(process.argv[2] ?? process.env['DIST_DIR'] ?? 'dist');
const siteOrigin = new URL(loadSiteConfig().url).origin;

const idsCache = new Map<string, Set<string>>();
const documents = new Map<string, HTMLElement>();

function htmlFiles(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true, recursive: true })
    .filter((entry) => entry.isFile() && entry.name.endsWith('.html'))
    .map((entry) => join(entry.parentPath, entry.name));
}

function documentOf(file: string): HTMLElement {
  let doc = documents.get(file);
  if (!doc) {
    doc = parse(readFileSync(file, 'utf8'));
    documents.set(file, doc);
  }
  return doc;
}

function idsOf(file: string): Set<string> {
  let ids = idsCache.get(file);
  if (!ids) {
    ids = new Set(documentOf(file).querySelectorAll('[id], a[name]').map((el) => el.getAttribute('id') ?? el.getAttribute('name') ?? ''));
    idsCache.set(file, ids);
  }
  return ids;
}

/** The file a site path resolves to, as a static host would serve it. */
function fileFor(pathname: string): string | undefined {
  const decoded = decodeURIComponent(pathname);
  const candidate = join(distDir, decoded);
  if (!candidate.startsWith(distDir)) return undefined;
  if (decoded.endsWith('/')) return existsSync(join(candidate, 'index.html')) ? join(candidate, 'index.html') : undefined;
  if (existsSync(candidate) && statSync(candidate).isFile()) return candidate;
  return undefined;
}

const problems: string[] = [];
let checked = 0;

function check(source: string, raw: string): void {
  const value = raw.trim();
  if (value === '' ) { problems.push(`${source}: empty link`); return; }
  if (/^(mailto|tel|sms|geo):/i.test(value)) {
    checked++;
    if (/^tel:/i.test(value) && !/^tel:\+?[0-9]+$/.test(value)) problems.push(`${source}: ${value}: expected tel:+33… or a short number`);
    if (/^sms:/i.test(value) && !/^sms:\+?[0-9]+(\?.*)?$/.test(value)) problems.push(`${source}: ${value}: expected sms:+33… or a short number`);
    return;
  }
  if (/^(data|blob|javascript):/i.test(value)) return;
  const base = `http://site${'/' + relative(distDir, source).replace(/index\.html$/, '')}`;
  const url = new URL(value, base);
  if (url.origin !== 'http://site' && url.origin !== siteOrigin) return; // another site: not fetched
  checked++;
  const target = url.pathname === '/' + relative(distDir, source).replace(/index\.html$/, '') && url.hash ? source : fileFor(url.pathname);
  if (!target) { problems.push(`${relative(process.cwd(), source)}: ${value}: no such page or file in the build`); return; }
  const anchor = decodeURIComponent(url.hash.slice(1));
  if (anchor && target.endsWith('.html') && !idsOf(target).has(anchor)) {
    problems.push(`${relative(process.cwd(), source)}: ${value}: no element with id "${anchor}" in ${relative(process.cwd(), target)}`);
  }
}

const files = htmlFiles(distDir);
if (files.length === 0) {
  console.error(`check-links: no HTML file in ${distDir}: build the site first.`);
  process.exit(1);
}
/** Pages with at least one broken link: the test counts are per page, like the HTML checker's. */
let failedPages = 0;
for (const file of files) {
  const problemsBefore = problems.length;
  const doc = documentOf(file);
  for (const el of doc.querySelectorAll('a[href], link[href], area[href]')) check(file, el.getAttribute('href')!);
  for (const el of doc.querySelectorAll('img[src], script[src], source[src], iframe[src], video[src], audio[src]')) check(file, el.getAttribute('src')!);
  for (const el of doc.querySelectorAll('img[srcset], source[srcset]')) {
    for (const candidate of el.getAttribute('srcset')!.split(',')) check(file, candidate.trim().split(/\s+/)[0]!);
  }
  for (const el of doc.querySelectorAll('[aria-describedby], [aria-labelledby], [aria-controls], label[for]')) {
    for (const attr of ['aria-describedby', 'aria-labelledby', 'aria-controls', 'for']) {
      const ids = el.getAttribute(attr);
      if (!ids) continue;
      checked++;
      for (const id of ids.split(/\s+/)) {
        if (!idsOf(file).has(id)) problems.push(`${relative(process.cwd(), file)}: ${attr}="${id}": no element with that id on the page`);
      }
    }
  }
  documents.delete(file); // keep memory flat on large builds; ids stay cached
  if (problems.length > problemsBefore) failedPages++;
}

for (const problem of problems) console.error(problem);
recordCounts('links', { passed: files.length - failedPages, failed: failedPages });
console.log(`check-links: ${checked} internal links and references in ${files.length} pages, ${problems.length} broken`);
process.exit(problems.length === 0 ? 0 : 1);
