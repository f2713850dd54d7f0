import { describe, expect, it } from 'vitest';
import { linkTargetLanguage, unlabelledLinks } from './language-links.ts';
import { languageNote } from './i18n.ts';

const page = (lang: string, body: string) => `<!doctype html><html lang="${lang}"><body>${body}</body></html>`;

describe('links to a page in another language', () => {
  it('knows the language of a page of the site, and ignores files, anchors and other sites', () => {
    expect(linkTargetLanguage('/presse/')).toBe('fr');
    expect(linkTargetLanguage('/en/directory/#map')).toBe('en');
    expect(linkTargetLanguage('/ressources/cmp.vcf')).toBeUndefined();
    expect(linkTargetLanguage('https://3114.fr/')).toBeUndefined();
    expect(linkTargetLanguage('#contenu')).toBeUndefined();
  });

  it('labels a French page "(in French)" for English readers, and nothing within a language', () => {
    expect(languageNote('en', 'fr')).toBe('(in French)');
    expect(languageNote('fr', 'fr')).toBe('');
  });

  it('finds an English page’s link to a French page without hreflang and the note', () => {
    const html = page('en', '<p><a href="/presse/">Press</a> <a href="/en/learn/">Learn</a> <a href="/agenda.ics">Calendar</a></p>');
    expect(unlabelledLinks(html)).toEqual([{ href: '/presse/', text: 'Press', target: 'fr' }]);
  });

  it('accepts the note inside the link or right after it, with hreflang', () => {
    expect(unlabelledLinks(page('en', '<a href="/presse/" hreflang="fr">Press <span>(in French)</span></a>'))).toEqual([]);
    expect(unlabelledLinks(page('en', '<p><a href="/presse/" hreflang="fr">Press</a> (in French), and more</p>'))).toEqual([]);
  });

  it('still flags a note without hreflang', () => {
    expect(unlabelledLinks(page('en', '<a href="/presse/">Press (in French)</a>'))).toHaveLength(1);
  });

  it('needs no note on a link whose own text is in the target language (the language switch)', () => {
    expect(unlabelledLinks(page('en', '<a href="/" hreflang="fr" lang="fr">Français</a>'))).toEqual([]);
  });
});
