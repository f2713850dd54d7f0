import { describe, expect, it } from 'vitest';
import { coverageOf } from './coverage.ts';

describe('translation coverage', () => {
  const reference = { 'a.title': 'Titre', 'a.cmp': 'CMP', 'a.new': 'Nouveau' };
  const routes = { home: { fr: '/', en: '/en/' }, press: { fr: '/presse/' } };
  const content = [
    { collection: 'guides', id: 'fr/aider-un-proche', lang: 'fr', translation: 'en/helping-someone-close' },
    { collection: 'guides', id: 'en/helping-someone-close', lang: 'en', translation: 'fr/aider-un-proche' },
    { collection: 'guides', id: 'fr/droits', lang: 'fr' },
    { collection: 'guides', id: 'en/crisis', lang: 'en' },
  ];

  it('lists the strings missing or empty, and those left as in French', () => {
    const coverage = coverageOf('en', reference, { 'a.title': 'Title', 'a.cmp': 'CMP', 'a.new': ' ' }, routes, content);
    expect(coverage.missingStrings).toEqual(['a.new']);
    expect(coverage.sameAsReference).toEqual(['a.cmp']);
  });

  it('lists the named pages without a path in the language', () => {
    expect(coverageOf('en', reference, reference, routes, content).missingPages).toEqual(['press']);
  });

  it('lists French content not translated, whichever side declares the translation', () => {
    const coverage = coverageOf('en', reference, reference, routes, content);
    expect(coverage.missingContent).toEqual(['guides/fr/droits']);
    expect(coverage.content).toEqual(['guides/en/helping-someone-close', 'guides/en/crisis']);
  });
});
