import { mkdtempSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { markdownToHtml } from 'satteri';
import { describe, expect, it } from 'vitest';
import { contentPath } from '../../core/content-dir.ts';
import { ContentError } from '../../core/content-errors.ts';
import { readYaml } from '../../core/yaml.ts';
import { dateSpan, factsOfEdition, fillSismFacts, sismFacts, sismFactsPlugin, sismText, typedSismFigures } from './sism-facts.ts';

const edition = { year: 2026, startDate: '2026-10-12', endDate: '2026-10-26' };
const at = (commune: string, free: boolean, year = 2026) => ({ edition: year, free, location: { commune } }) as Parameters<typeof sismFacts>[1][number];

describe('the figures of a SISM edition', () => {
  it('counts the events of the edition, the free and the paying ones, and their communes', () => {
    const events = [at('Bron', true), at('Bron', false), at('Villeurbanne', true), at('Bron', true, 2025)];
    expect(sismFacts(edition, events)).toEqual({ 'rendez-vous': '3', gratuits: '2', payants: '1', communes: '2', dates: 'du 12 au 26 octobre 2026' });
  });

  it('writes the dates as French does, with "1er" and both months when they differ', () => {
    expect(dateSpan('2026-09-28', '2026-10-11')).toBe('du 28 septembre au 11 octobre 2026');
    expect(dateSpan('2026-10-01', '2026-10-14')).toBe('du 1er au 14 octobre 2026');
  });

  it('computes the sample 2026 programme: 28 events, 5 of them paying', () => {
    expect(factsOfEdition(2026)).toMatchObject({ 'rendez-vous': '28', gratuits: '23', payants: '5' });
  });
});

describe('texts about an edition', () => {
  const facts = sismFacts(edition, [at('Bron', true), at('Bron', false)]);
  const where = { file: 'content/press/releases/x.mdx', field: 'summary' };

  it('fill [[name]] with the figure', () => {
    expect(fillSismFacts('[[rendez-vous]] rendez-vous, dont [[gratuits]] gratuits, [[dates]].', facts, where)).toBe('2 rendez-vous, dont 1 gratuits, du 12 au 26 octobre 2026.');
  });

  it('refuse an unknown name, or a placeholder without an edition, naming the file and field', () => {
    expect(() => fillSismFacts('[[participants]]', facts, where)).toThrow(/x\.mdx.*summary.*expected one of \[\[rendez-vous\]\]/s);
    expect(() => fillSismFacts('[[rendez-vous]]', undefined, where)).toThrow(/add "edition: <year>"/);
  });

  it.each(['Les 28 rendez-vous du programme', 'Vingt-deux événements ont réuni', 'Tous les rendez-vous sont gratuits.', 'trente-deux animations'])('refuse the typed figure in "%s"', (text) => {
    expect(typedSismFigures(text)).toHaveLength(1);
    expect(() => sismText(text, 2026, where)).toThrow(ContentError);
  });

  it('leave other numbers alone (participants, ages, times)', () => {
    expect(typedSismFigures('920 participants, des 12-25 ans, à 18 h, 3 ciné-débats')).toEqual([]);
  });

  it('are filled in a Markdown body from the edition its front matter names', () => {
    const dir = mkdtempSync(join(tmpdir(), 'sism-'));
    const file = join(dir, 'release.md');
    const source = '---\nedition: 2026\n---\n\nIl y a [[rendez-vous]] rendez-vous [[dates]].\n';
    writeFileSync(file, source);
    const plugin = sismFactsPlugin((year) => (year === 2026 ? facts : undefined));
    const result = markdownToHtml(source.replace(/^---[\s\S]*?---\n/, ''), { hastPlugins: [plugin], fileURL: pathToFileURL(file) }) as { html: string };
    expect(result.html).toContain('Il y a 2 rendez-vous du 12 au 26 octobre 2026.');
  });
});

describe('the sample releases and news about the SISM', () => {
  it('name their edition and type no figure that the programme gives', () => {
    const dirs = [contentPath('press', 'releases'), contentPath('news', 'fr')];
    const problems: string[] = [];
    for (const dir of dirs) {
      for (const name of readdirSync(dir).filter((n) => n.endsWith('.mdx'))) {
        const text = readFileSync(join(dir, name), 'utf8');
        const data = readYaml(/^---\n([\s\S]*?)\n---/.exec(text)?.[1] ?? '') as { tags?: string[]; edition?: number };
        if (!data.tags?.includes('sism')) continue;
        if (data.edition === undefined) problems.push(`${name}: no edition`);
        problems.push(...typedSismFigures(text).map((typed) => `${name}: "${typed}"`));
      }
    }
    expect(problems).toEqual([]);
  });
});
