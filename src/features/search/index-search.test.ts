import { describe, expect, it } from 'vitest';
import { searchTypeOf } from './search-types.ts';
import { foldForSearch, synonymsFor } from './search-synonyms.ts';
import { hasSearchBody, isNoindex, spaceBlocks, withSearchFacts } from './search-record.ts';
import { outDirFrom } from './index-search.ts';
import { factsFor, type SearchSources } from './search-facts.ts';

describe('search types from URLs', () => {
  it.each([
    ['/ressources/cmp-adultes-bron/', 'service'],
    ['/en/directory/cmp-adultes-bron/', 'service'],
    ['/en/directory/my-cmp/', 'page'],
    ['/s-informer/ou-s-adresser/', 'guide'],
    ['/en/learn/where-to-go/', 'guide'],
    ['/s-informer/brochures/troubles-psychiques/depression/', 'brochure'],
    ['/s-informer/idees-recues/parler-du-suicide/', 'idee-recue'],
    ['/actualites/2026-03-20-assemblee-pleniere/', 'actualite'],
    ['/sism/2026/cine-debat-tonkin/', 'evenement'],
    ['/agenda/cine-debat-tonkin/', 'evenement'],
    ['/presse/', 'presse'],
    ['/presse/communiques/sism-2026/', 'presse'],
    ['/', 'page'],
    ['/en/', 'page'],
    ['/s-informer/', 'page'],
    ['/s-informer/brochures/psychotropes/', 'page'],
    ['/sism/2026/', 'page'],
  ])('%s is a %s', (path, type) => {
    expect(searchTypeOf(path)).toBe(type);
  });

  it.each(['/ressources/', '/ressources/categorie/cmp/', '/ressources/commune/bron/gem/', '/sism/2026/commune/bron/', '/sism/2026/jour/2026-10-24/', '/recherche/', '/en/search/', '/actualites/page/2/', '/ressources/mon-cmp/villeurbanne/tonkin/', '/en/directory/', '/en/directory/category/urgence/', '/en/directory/town/bron/cmp/', '/en/directory/my-cmp/villeurbanne/tonkin/'])(
    'leaves the listing or utility page %s out of the index',
    (path) => {
      expect(searchTypeOf(path)).toBeNull();
    },
  );
});

describe('French synonyms', () => {
  it('folds case, accents, apostrophes and hyphens', () => {
    expect(foldForSearch('Centre Médico-Psychologique d’Écoute')).toBe('centre medico psychologique d ecoute');
  });

  it('adds the acronym to a page that only spells it out, and the reverse', () => {
    expect(synonymsFor('Le centre médico-psychologique de Bron reçoit les adultes.', 'fr')).toContain('CMP');
    expect(synonymsFor('Le CMP de Bron reçoit les adultes.', 'fr')).toContain('centre médico-psychologique');
    expect(synonymsFor('Le GEM est ouvert le mardi.', 'fr')).toContain('groupe d’entraide mutuelle');
  });

  it('adds everyday words one way only', () => {
    expect(synonymsFor('Consultations de psychiatrie et de psychologie.', 'fr')).toContain('psy');
    expect(synonymsFor('Parler de la dépression.', 'fr')).toContain('déprime');
    expect(synonymsFor('Un psy peut vous aider.', 'fr')).not.toContain('psychiatre');
  });

  it('matches whole words: "gem" is not found inside "engagement"', () => {
    expect(synonymsFor('Notre engagement pour la santé.', 'fr')).not.toContain('groupe d’entraide mutuelle');
  });

  it('adds nothing the page already says', () => {
    expect(synonymsFor('Le GEM, groupe d’entraide mutuelle (groupes d’entraide mutuelle).', 'fr')).toEqual([]);
  });
});

describe('page records', () => {
  const page = '<html lang="fr"><head><meta name="robots" content="noindex"></head><body><main id="contenu" data-pagefind-body><h1>CMP</h1></main></body></html>';

  it('recognises printable pages and the marked main content', () => {
    expect(isNoindex(page)).toBe(true);
    expect(isNoindex('<html><head></head></html>')).toBe(false);
    expect(hasSearchBody(page)).toBe(true);
    expect(hasSearchBody('<main id="contenu">')).toBe(false);
  });

  it('appends filters and metadata Pagefind reads without indexing them, and synonyms it indexes', () => {
    const html = withSearchFacts(page, {
      type: 'service',
      filters: { commune: ['Bron'], category: ['Soins', 'Centre médico-psychologique (CMP)'] },
      meta: { hours: 'lun.–ven. 9 h – 17 h', commune: 'Bron' },
      synonyms: [
        { words: ['CMP'], weight: 6 },
        { words: [], weight: 2 },
        { words: ['psy', '<b>'], weight: 0.5 },
      ],
    });
    expect(html).toContain('<div data-pagefind-ignore><span data-pagefind-filter="type">service</span><span data-pagefind-filter="commune">Bron</span>');
    expect(html).toContain('<span data-pagefind-filter="category">Centre médico-psychologique (CMP)</span>');
    expect(html).toContain('<span data-pagefind-meta="hours">lun.–ven. 9 h – 17 h</span>');
    expect(html).toContain('<p data-pagefind-weight="6">CMP</p><p data-pagefind-weight="0.5">psy · &lt;b&gt;</p></main>');
  });

  it('sends Pagefind the root element and the main content only', () => {
    const full = '<html lang="en" dir="ltr"><head><title>T</title></head><body><header data-pagefind-ignore>Menu</header><main data-pagefind-body><h1>GEM</h1></main><footer>Pied</footer></body></html>';
    const html = withSearchFacts(full, { type: 'page', filters: {}, meta: {} });
    expect(html.startsWith('<html lang="en" dir="ltr"><body><main data-pagefind-body><h1>GEM</h1>')).toBe(true);
    expect(html.endsWith('</main></body></html>')).toBe(true);
    expect(html).not.toContain('Menu');
    expect(html).not.toContain('Pied');
    expect(html).not.toContain('<title>');
  });
});

describe('facts from the content', () => {
  const sources: SearchSources = {
    entries: new Map([['cmp-adultes-bron', { categories: ['Soins', 'Centre médico-psychologique (CMP)'], commune: 'Bron', hours: 'lun.–ven. 9 h – 17 h' }]]),
    events: new Map([['cine-debat', { date: '2026-10-24T18:00', commune: 'Villeurbanne' }]]),
    news: new Map([['2026-03-20-assemblee', { date: '2026-03-20' }]]),
  };

  it('gives a directory entry its categories and commune as filters, its hours as metadata, and its title synonyms a high weight', () => {
    const facts = factsFor('/ressources/cmp-adultes-bron/', 'service', 'fr', 'Centre médico-psychologique adultes de Bron', 'Consultations pour adultes.', sources);
    expect(facts.filters).toEqual({ category: ['Soins', 'Centre médico-psychologique (CMP)'], commune: ['Bron'] });
    expect(facts.meta).toMatchObject({ commune: 'Bron', hours: 'lun.–ven. 9 h – 17 h' });
    // Searched like the title: the acronym of what the entry is.
    expect(facts.meta?.['keywords']).toContain('CMP');
    expect(facts.synonyms?.find((g) => g.words.includes('CMP'))?.weight).toBe(6);
  });

  it('dates events and news', () => {
    expect(factsFor('/agenda/cine-debat/', 'evenement', 'fr', '', '', sources).meta).toEqual({ date: '2026-10-24T18:00', commune: 'Villeurbanne' });
    expect(factsFor('/actualites/2026-03-20-assemblee/', 'actualite', 'fr', '', '', sources).meta).toEqual({ date: '2026-03-20' });
  });

  it('finds an English entry page by its categories and their synonyms in English', () => {
    const english: SearchSources = {
      ...sources,
      entriesIn: { en: new Map([['ligne-3114', { categories: ['Emergency and crisis'], commune: 'Remote (phone, internet)', keywords: ['emergency', 'helpline'] }]]) },
    };
    const facts = factsFor('/en/directory/ligne-3114/', 'service', 'en', 'Numéro national de prévention du suicide', 'Écoute jour et nuit.', english);
    expect(facts.type).toBe('service');
    expect(facts.filters?.['category']).toEqual(['Emergency and crisis']);
    expect(facts.meta?.['keywords']).toContain('emergency');
    // The French description's words ("suicide") bring the English word a reader types.
    expect(facts.synonyms?.flatMap((g) => g.words)).toContain('crisis');
  });

  it('treats a directory page that is not an entry as an ordinary page', () => {
    expect(factsFor('/ressources/outil/', 'service', 'fr', '', '', sources).type).toBe('page');
  });
});

describe('block spacing', () => {
  it('separates adjacent blocks so their words stay apart, and leaves inline markup alone', () => {
    expect(spaceBlocks('<dl><dt>Adresse</dt><dd>5 rue</dd></dl>')).toBe('<dl><dt>Adresse</dt> <dd>5 rue</dd> </dl>');
    expect(spaceBlocks('<p>ré<strong>sumé</strong></p>')).toBe('<p>ré<strong>sumé</strong></p>');
  });
});

describe('build folder', () => {
  it('comes from --outDir, then DIST_DIR, then dist', () => {
    expect(outDirFrom(['--outDir', 'dist-x'], {})).toBe('dist-x');
    expect(outDirFrom(['--outDir=dist-y', '--verbose'], {})).toBe('dist-y');
    expect(outDirFrom([], { DIST_DIR: 'dist-z' })).toBe('dist-z');
    expect(outDirFrom([], {})).toBe('dist');
  });
});
