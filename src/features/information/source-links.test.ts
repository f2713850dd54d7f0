import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { lintContent } from './content-lint.ts';
import { PENDING_DEEP_LINKS, isHomePage } from './source-links.ts';

const rules = (file: string, text: string) => lintContent(file, text).filter((f) => f.rule === 'home-page-source');

describe('sources cited by a home page', () => {
  it('tells a home page from a deep page', () => {
    expect(isHomePage('https://www.psycom.org/')).toBe(true);
    expect(isHomePage('https://www.psycom.org')).toBe(true);
    expect(isHomePage('https://www.psycom.org/sorienter/les-lignes-decoute/')).toBe(false);
    expect(isHomePage('https://www.has-sante.fr/?id=3')).toBe(false);
  });

  it('flags a page source or a bibliography entry that is a home page, with line and column', () => {
    const page = '---\ntitle: Page\nsources:\n  - title: Dépression\n    publisher: Psycom\n    url: https://www.psycom.org/\n---\n\nTexte.\n';
    expect(rules('content/guides/fr/x.mdx', page).map((f) => [f.line, f.column])).toEqual([[6, 10]]);
    const sheet = '---\ntitle: Fiche\nbibliography:\n  - { title: HAS, publisher: HAS, url: "https://www.has-sante.fr/" }\n---\n';
    expect(rules('content/press/fiches/x.mdx', sheet)).toHaveLength(1);
    expect(rules('content/figures/x.yaml', 'title: Chiffre\nsource:\n  name: SPF\n  url: https://www.santepubliquefrance.fr/\n')).toHaveLength(1);
  });

  it('does not flag what is not a citation (a website, a partner), a deep link, or a listed exception', () => {
    expect(rules('content/clsm/governance.yaml', 'partners:\n  - name: Psycom\n    url: https://www.psycom.org/\n')).toEqual([]);
    expect(rules('content/x.yaml', 'website: https://www.psycom.org/\nsource:\n  url: https://www.psycom.org/sorienter/les-lignes-decoute/\n')).toEqual([]);
    expect(rules('content/x.mdx', '---\nsources:\n  - { title: 3114, publisher: Ministère, url: "https://3114.fr/" }\n---\n')).toEqual([]);
  });

  it('lets a directory entry cite its own site, where the service presents itself', () => {
    expect(rules('content/resources/x.yaml', 'name: Psycom\nwebsite: https://www.psycom.org/\nsource:\n  url: https://www.psycom.org/\n')).toEqual([]);
    expect(rules('content/resources/x.yaml', 'name: Autre\nwebsite: https://www.autre.fr/\nsource:\n  url: https://www.psycom.org/\n')).toHaveLength(1);
  });

  it('keeps the pending list honest: each entry is still in its file (remove it once the deep link is there)', () => {
    const stale = [...PENDING_DEEP_LINKS].filter((entry) => {
      const [file, url] = entry.split(' ');
      return !readFileSync(file ?? '', 'utf8').includes(`url: ${url}\n`);
    });
    expect(stale).toEqual([]);
  });
});
