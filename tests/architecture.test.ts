/**
 * The dependency rule of docs/architecture.md, checked on every import of
 * the code (TypeScript, and the frontmatter and scripts of Astro files):
 *
 *   ui        imports ui only (tokens, layers, presentational components);
 *   core      imports core and ui;
 *   a feature imports itself, core, ui, and another feature only through
 *             that feature's public files: index.ts (build side, runs in
 *             plain Node), astro.ts (collection queries, which run only
 *             inside an Astro build), client.ts (browser side) and the
 *             Astro components of its components/ folder, imported one by
 *             one (a page bundles the CSS of every component it imports);
 *   pages, content.config.ts, astro.config.mjs and tools/ use features
 *             through the same public files;
 *   browser code (elements/, client.ts) never imports a build-side index.ts,
 *             which would pull Node code into a page's script.
 *
 * Tests may import the internals of the feature they sit in.
 */
import { readFileSync, readdirSync, statSync } from 'node:fs';
import { dirname, join, relative, resolve } from 'node:path';
import ts from 'typescript';
import { describe, expect, it } from 'vitest';

const ROOT = resolve(import.meta.dirname, '..');
const PUBLIC_FILES = ['index.ts', 'astro.ts', 'client.ts'];
const PUBLIC_COMPONENT = /^src\/features\/[^/]+\/components\/[^/]+\.astro$/;

function filesUnder(dir: string): string[] {
  const out: string[] = [];
  for (const name of readdirSync(dir)) {
    const path = join(dir, name);
    if (statSync(path).isDirectory()) out.push(...filesUnder(path));
    else if (/\.(ts|mjs|astro)$/.test(name)) out.push(path);
  }
  return out;
}

/** The code of a file that can import: all of a TS file; an Astro file's frontmatter and scripts. */
function importingCode(path: string): string {
  const text = readFileSync(path, 'utf8');
  if (!path.endsWith('.astro')) return text;
  const frontmatter = /^---\n([\s\S]*?)\n---/.exec(text)?.[1] ?? '';
  const scripts = [...text.matchAll(/<script(?![^>]*type="application\/(?:ld\+)?json")[^>]*>([\s\S]*?)<\/script>/g)].map((m) => m[1]);
  return [frontmatter, ...scripts].join('\n');
}

/** Repository-relative paths of the project files a file imports. */
function localImports(path: string): string[] {
  const { importedFiles } = ts.preProcessFile(importingCode(path), true, true);
  return importedFiles
    .map((f) => f.fileName)
    .filter((spec) => spec.startsWith('.'))
    .map((spec) => relative(ROOT, resolve(dirname(path), spec.replace(/\?.*$/, ''))));
}

type Place = { layer: 'ui' | 'core' | 'feature' | 'top'; feature?: string };

function placeOf(file: string): Place {
  if (file.startsWith('src/ui/')) return { layer: 'ui' };
  if (file.startsWith('src/core/')) return { layer: 'core' };
  const feature = /^src\/features\/([^/]+)\//.exec(file)?.[1];
  if (feature) return { layer: 'feature', feature };
  return { layer: 'top' };
}

const isTest = (file: string) => /\.(test|spec)\.ts$/.test(file);
const isBrowserCode = (file: string) => /\/elements\//.test(file) || file.endsWith('/client.ts');
const isPublicFileOf = (target: string) =>
  PUBLIC_COMPONENT.test(target) || PUBLIC_FILES.some((name) => /^src\/features\/[^/]+\/[^/]+$/.test(target) && target.endsWith(`/${name}`));

/** Why `from` may not import `to`, or undefined when it may. */
export function breach(from: string, to: string): string | undefined {
  const source = placeOf(from);
  const target = placeOf(to);
  if (isBrowserCode(from) && /^src\/features\/[^/]+\/index\.ts$/.test(to)) return 'browser code imports a build-side index.ts';
  if (target.layer === 'top' || target.layer === 'ui') return source.layer === 'ui' && target.layer === 'top' ? 'ui imports above itself' : undefined;
  if (target.layer === 'core') return source.layer === 'ui' ? 'ui imports core' : undefined;
  // target is a feature
  if (source.layer === 'ui' || source.layer === 'core') return `${source.layer} imports a feature`;
  if (source.feature === target.feature) return undefined;
  if (isPublicFileOf(to)) return undefined;
  if (isTest(from) && source.layer === 'top') return undefined; // cross-feature journeys in tests/
  return `imports the internals of feature "${target.feature}" (use its index.ts, astro.ts, client.ts or components/)`;
}

const sources = [...filesUnder(join(ROOT, 'src')), ...filesUnder(join(ROOT, 'tools')), ...filesUnder(join(ROOT, 'tests')), join(ROOT, 'astro.config.mjs')]
  .map((p) => relative(ROOT, p))
  .filter((f) => !f.startsWith('tests/fixtures/'));

describe('the dependency rule (docs/architecture.md)', () => {
  it('reads the imports of every kind of file', () => {
    expect(localImports(join(ROOT, 'src/core/layout/BaseLayout.astro'))).toContain('src/ui/tokens.css');
    expect(localImports(join(ROOT, 'astro.config.mjs')).length).toBeGreaterThan(2);
  });

  it('tells a breach from an allowed import', () => {
    expect(breach('src/ui/Prose.astro', 'src/core/i18n/i18n.ts')).toBe('ui imports core');
    expect(breach('src/core/site-config.ts', 'src/features/directory/index.ts')).toBe('core imports a feature');
    expect(breach('src/features/events/events.ts', 'src/features/directory/resources.ts')).toMatch(/internals of feature "directory"/);
    expect(breach('src/features/events/events.ts', 'src/features/directory/index.ts')).toBeUndefined();
    expect(breach('src/features/map/elements/resource-map.ts', 'src/features/directory/index.ts')).toMatch(/browser code/);
    expect(breach('src/pages/ressources/index.astro', 'src/features/directory/resources.ts')).toMatch(/internals/);
    expect(breach('src/pages/ressources/index.astro', 'src/features/directory/components/ResourceList.astro')).toBeUndefined();
    expect(breach('src/features/directory/hours.test.ts', 'src/features/directory/hours.ts')).toBeUndefined();
  });

  it('holds for every import of src/, tools/, tests/ and astro.config.mjs', () => {
    const breaches = sources.flatMap((from) =>
      localImports(join(ROOT, from)).flatMap((to) => {
        const why = breach(from, to);
        return why ? [`${from} → ${to}: ${why}`] : [];
      }),
    );
    expect(breaches).toEqual([]);
  });
});
