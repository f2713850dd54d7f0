import { describe, expect, it } from 'vitest';
import { dictionaries, localePath, languageFromPath, translate } from './i18n.ts';

const placeholders = (text: string) => [...text.matchAll(/\{(\w+)\}/g)].map((m) => m[1]).sort();

describe('UI strings', () => {
  const [reference, ...others] = Object.entries(dictionaries);
  const referenceKeys = Object.keys(reference![1]).sort();

  for (const [lang, strings] of others) {
    it(`has every key of French in ${lang}, and no other`, () => {
      expect(Object.keys(strings).sort()).toEqual(referenceKeys);
    });
    it(`keeps the same {placeholders} in ${lang}`, () => {
      for (const key of referenceKeys) {
        expect(placeholders((strings as Record<string, string>)[key]!), key).toEqual(placeholders((reference![1] as Record<string, string>)[key]!));
      }
    });
    it(`has no empty string in ${lang}`, () => {
      for (const [key, value] of Object.entries(strings)) expect(value.trim(), key).not.toBe('');
    });
  }

  it('fills placeholders', () => {
    expect(translate('fr', 'helpNow.call', { number: '3114' })).toBe('Appeler le 3114');
  });
  it('maps paths to languages and back', () => {
    expect(languageFromPath('/en/about/')).toBe('en');
    expect(languageFromPath('/ressources/')).toBe('fr');
    expect(localePath('en', '/')).toBe('/en/');
    expect(localePath('fr', '/contact/')).toBe('/contact/');
  });
});
