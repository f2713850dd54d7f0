/**
 * Room for a right-to-left language: the page's direction comes from the
 * language, and the CSS mirrors with it because it only uses logical
 * properties. A physical property (margin-left, right:, text-align: left…)
 * would stay put in an Arabic or Hebrew page while everything else flips.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { textDirection } from './i18n.ts';

function files(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
    const path = join(dir, entry.name);
    if (entry.isDirectory()) return files(path);
    return /\.(css|astro)$/.test(entry.name) ? [path] : [];
  });
}

/** Properties and values tied to the left or right edge; their logical twins are inline-start/inline-end. */
const PHYSICAL = /(?:^|[\s;{])(?:(?:(?:margin|padding|border)-(?:left|right)(?:-\w+)?|left|right)\s*:|(?:float|clear|text-align)\s*:\s*(?:left|right)\b)/m;

/** The CSS of a file: the whole of a .css, the <style> blocks of an .astro. */
function cssOf(path: string): string {
  const text = readFileSync(path, 'utf8');
  if (path.endsWith('.css')) return text;
  return [...text.matchAll(/<style[^>]*>([\s\S]*?)<\/style>/g)].map((m) => m[1] ?? '').join('\n');
}

describe('right-to-left languages', () => {
  it('takes the writing direction from the language', () => {
    expect(textDirection('ar')).toBe('rtl');
    expect(textDirection('he')).toBe('rtl');
    expect(textDirection('fa')).toBe('rtl');
    expect(textDirection('fr')).toBe('ltr');
    expect(textDirection('en')).toBe('ltr');
  });

  it('finds a physical property when there is one', () => {
    expect(PHYSICAL.test('.a { margin-left: 1rem; }')).toBe(true);
    expect(PHYSICAL.test('.a { text-align: right; }')).toBe(true);
    expect(PHYSICAL.test('.a { inset-inline-start: 0; margin-inline-end: 1rem; text-align: start; }')).toBe(false);
  });

  it('lays out every page with logical CSS properties only, so dir="rtl" mirrors it', () => {
    // The map libraries' own stylesheets (vendor layer) are theirs to mirror.
    const ours = files('src').filter((path) => !/map\/elements\/(maplibre|leaflet)\.css$/.test(path));
    const physical = ours.filter((path) => PHYSICAL.test(cssOf(path)));
    expect(physical).toEqual([]);
  });
});
