import { describe, expect, it } from 'vitest';
import { markdownToHtml, mdxToJs } from 'satteri';
import { fileLanguage, glossaryAbbrPlugin, splitFirstUses, termMatcher } from './glossary-abbr.ts';
import { loadGlossary } from './glossary.ts';
import { glossaryAnchor } from './schema/glossary.ts';

const terms = [
  { term: 'CMP', expansion: 'Centre médico-psychologique' },
  { term: 'CMPP', expansion: 'Centre médico-psycho-pédagogique' },
  { term: 'GEM', expansion: 'Groupe d’entraide mutuelle' },
];
const plugin = glossaryAbbrPlugin(() => terms);
// The plugin is synchronous, so satteri returns results directly (not promises).
type Sync<T> = Exclude<T, Promise<unknown>>;
const html = (markdown: string) => (markdownToHtml(markdown, { hastPlugins: [plugin] }) as Sync<ReturnType<typeof markdownToHtml>>).html;
const mdx = (source: string) => (mdxToJs(source, { hastPlugins: [plugin] }) as Sync<ReturnType<typeof mdxToJs>>).code;

describe('splitFirstUses', () => {
  it('wraps the first use of a term and leaves later uses as text', () => {
    const seen = new Set<string>();
    expect(splitFirstUses('Le CMP, puis le CMP.', terms, seen)).toEqual([
      { kind: 'text', value: 'Le ' },
      { kind: 'abbr', value: 'CMP', title: 'Centre médico-psychologique' },
      { kind: 'text', value: ', puis le CMP.' },
    ]);
    expect(splitFirstUses('Encore le CMP.', terms, seen)).toEqual([{ kind: 'text', value: 'Encore le CMP.' }]);
  });

  it('prefers the longest term and does not match inside a longer word', () => {
    const segments = splitFirstUses('Le CMPP et les GEMS.', terms, new Set());
    expect(segments.filter((s) => s.kind === 'abbr')).toEqual([{ kind: 'abbr', value: 'CMPP', title: 'Centre médico-psycho-pédagogique' }]);
  });

  it('is case-sensitive: "gem" in a word is not an abbreviation', () => {
    expect(splitFirstUses('une gemme, un gem', terms, new Set())).toEqual([{ kind: 'text', value: 'une gemme, un gem' }]);
  });

  it('matches next to punctuation and accented letters count as letters', () => {
    const segments = splitFirstUses('(CMP) et éGEM', terms, new Set());
    expect(segments.filter((s) => s.kind === 'abbr').map((s) => s.value)).toEqual(['CMP']);
  });

  it('returns plain text when there are no terms', () => {
    expect(termMatcher([])).toBeUndefined();
    expect(splitFirstUses('CMP', [], new Set())).toEqual([{ kind: 'text', value: 'CMP' }]);
  });
});

describe('glossary abbreviation plugin', () => {
  it('marks the first use on a page with <abbr title>', () => {
    expect(html('Le CMP et le GEM. Puis le CMP.')).toBe(
      '<p>Le <abbr title="Centre médico-psychologique">CMP</abbr> et le <abbr title="Groupe d’entraide mutuelle">GEM</abbr>. Puis le CMP.</p>\n',
    );
  });

  it('counts first uses across paragraphs, not per paragraph', () => {
    expect(html('Le CMP.\n\nLe CMP encore.')).toBe('<p>Le <abbr title="Centre médico-psychologique">CMP</abbr>.</p>\n<p>Le CMP encore.</p>\n');
  });

  it('starts afresh on each page', () => {
    expect(html('Le CMP.')).toContain('<abbr');
    expect(html('Le CMP.')).toContain('<abbr');
  });

  it('leaves code and existing abbreviations alone', () => {
    expect(html('Le `CMP` puis <abbr title="x">CMP</abbr> puis CMP.')).toBe(
      '<p>Le <code>CMP</code> puis <abbr title="x">CMP</abbr> puis <abbr title="Centre médico-psychologique">CMP</abbr>.</p>\n',
    );
  });

  it('works inside links and list items', () => {
    expect(html('- [le CMP](/ressources/)')).toContain('<a href="/ressources/">le <abbr title="Centre médico-psychologique">CMP</abbr></a>');
  });

  it('runs in MDX too', () => {
    expect(mdx('Le CMP.')).toContain('abbr');
  });

  it('chooses the language from the file path', () => {
    expect(fileLanguage(new URL('file:///site/content/guides/en/where-to-go.mdx'))).toBe('en');
    expect(fileLanguage(new URL('file:///site/content/guides/fr/ou-s-adresser.mdx'))).toBe('fr');
    expect(fileLanguage(undefined)).toBe('fr');
  });
});

describe('the glossary file', () => {
  it('is valid and covers the terms residents meet', () => {
    const glossary = loadGlossary();
    const names = glossary.map((g) => g.term);
    for (const term of ['CMP', 'CATTP', 'GEM', 'SAVS', 'SAMSAH', 'MDPH', 'AAH', 'CCAS', 'ARS', 'CLSM', 'PTSM', 'CPT', 'SISM', 'FALC']) {
      expect(names).toContain(term);
    }
  });

  it('gives each term a plain anchor', () => {
    expect(glossaryAnchor('CMP')).toBe('cmp');
    expect(glossaryAnchor('Équipe mobile')).toBe('equipe-mobile');
  });
});

describe('glossary abbreviation plugin in MDX', () => {
  it('leaves an <abbr> written by the author alone', () => {
    const code = mdx('Le <abbr title="x">CMP</abbr> puis CMP.');
    expect(code.match(/Centre médico-psychologique/g)).toHaveLength(1);
    expect(code).toContain('"x"');
  });
});
