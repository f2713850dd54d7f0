/**
 * Translation coverage, per language: interface strings missing (must be 0),
 * strings identical to French (to review), named pages without a path in
 * the language, and French content entries (guides, myths, pages, news)
 * without a translation. Exits with 1 when an interface string is missing.
 *
 *   npm run i18n
 */
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { contentPath } from '../src/core/content-dir.ts';
import { readYaml } from '../src/core/yaml.ts';
import { dictionaries, DEFAULT_LANGUAGE } from '../src/core/i18n/i18n.ts';
import { coverageOf, type ContentEntry } from '../src/core/i18n/coverage.ts';
import { routes } from '../src/core/routes.ts';
import type { Language } from '../src/core/schema/site.ts';

/** Collections whose entries sit in one folder per language (content/<collection>/<lang>/<slug>.mdx). */
const COLLECTIONS = ['guides', 'myths', 'pages', 'news'];

function entries(): ContentEntry[] {
  const found: ContentEntry[] = [];
  for (const collection of COLLECTIONS) {
    const root = contentPath(collection);
    if (!existsSync(root)) continue;
    for (const name of readdirSync(root, { recursive: true, encoding: 'utf8' })) {
      if (!/\.mdx?$/.test(name)) continue;
      const front = /^---\r?\n([\s\S]*?)\r?\n---/.exec(readFileSync(join(root, name), 'utf8'))?.[1];
      const data = (front === undefined ? {} : readYaml(front, { strings: true })) as { lang?: string; translation?: string };
      const id = relative(root, join(root, name)).replace(/\.mdx?$/, '');
      found.push({ collection, id, lang: data.lang ?? id.split('/')[0] ?? DEFAULT_LANGUAGE, translation: data.translation });
    }
  }
  return found;
}

const content = entries();
const reference = dictionaries[DEFAULT_LANGUAGE] as Record<string, string>;
let missing = 0;
for (const lang of Object.keys(dictionaries) as Language[]) {
  if (lang === DEFAULT_LANGUAGE) continue;
  const coverage = coverageOf(lang, reference, dictionaries[lang] as Record<string, string>, routes, content);
  missing += coverage.missingStrings.length;
  console.log(`\n# ${lang}`);
  console.log(`Interface strings: ${Object.keys(reference).length - coverage.missingStrings.length}/${Object.keys(reference).length} translated, ${coverage.missingStrings.length} missing.`);
  for (const key of coverage.missingStrings) console.log(`  missing: ${key}`);
  console.log(`Strings identical to French (review; names and acronyms may stay): ${coverage.sameAsReference.length}`);
  for (const key of coverage.sameAsReference) console.log(`  same: ${key} = ${JSON.stringify(reference[key])}`);
  console.log(`Named pages without a ${lang} path (linked with "(in …)"): ${coverage.missingPages.length}`);
  for (const name of coverage.missingPages) console.log(`  page: ${name} → ${routes[name as keyof typeof routes].fr}`);
  console.log(`Content in ${lang}: ${coverage.content.length} entries`);
  for (const id of coverage.content) console.log(`  ${id}`);
  console.log(`French content without a ${lang} translation: ${coverage.missingContent.length}`);
  for (const id of coverage.missingContent) console.log(`  ${id}`);
}
process.exitCode = missing > 0 ? 1 : 0;
