import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { contentPath } from '../../core/content-dir.ts';
import { readYaml } from '../../core/yaml.ts';
import { frontmatterOf } from './review-freshness.ts';

/**
 * Rules stated on health pages and the legal text that set them: a page
 * that states the rule must list that text among its sources (CONTENT.md:
 * "a law is cited by its article"). One row per rule; add a row when a page
 * states a new one.
 */
const RULES = [
  {
    rule: 'the judge reviews full-time care without consent before the 12th day',
    states: /12<sup>e<\/sup>\s*jour|douzième jour|12\s*jours/i,
    source: /loi n° 2013-869 du 27 septembre 2013.*L\. 3211-12-1/i,
    url: /legifrance\.gouv\.fr\/eli\/loi\/2013\/9\/27\/2013-869\//,
  },
];

function pages(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
    const path = join(dir, entry.name);
    if (entry.isDirectory()) return pages(path);
    return entry.name.endsWith('.mdx') ? [path] : [];
  });
}

describe('legal rules stated on health pages', () => {
  it.each(RULES)('cite the text that set them: $rule', ({ states, source, url }) => {
    const stating = pages(contentPath()).filter((path) => states.test(readFileSync(path, 'utf8').replace(/^---[\s\S]*?\n---/, '')));
    expect(stating.length).toBeGreaterThan(0);
    const missing = stating.filter((path) => {
      const data = readYaml(frontmatterOf(readFileSync(path, 'utf8')) ?? '') as { sources?: { title: string; url: string }[] };
      return !(data.sources ?? []).some((s) => source.test(s.title) && url.test(s.url));
    });
    expect(missing).toEqual([]);
  });
});
