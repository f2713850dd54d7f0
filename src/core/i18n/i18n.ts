/**
 * UI strings and localised paths. French is served at "/", English at "/en/".
 * Components call `t('dotted.key')`; a key missing in a language fails the
 * type check and a unit test.
 */
import fr from './fr.ts';
import en from './en.ts';
import type { UiKey } from './keys.ts';
import type { Language } from '../schema/site.ts';
import { dateTimeFormat } from '../intl-cache.ts';
import { fill } from '../fill.ts';
import { withFrenchOrdinal } from '../french-ordinal.ts';

export type { UiKey };

/** Strings per language. */
export const dictionaries: Record<Language, Record<UiKey, string>> = { fr, en };

/** The default language, served without a prefix. */
export const DEFAULT_LANGUAGE: Language = 'fr';

/** Returns the string for `key` in `lang`, with `{placeholders}` filled in. */
export function translate(lang: Language, key: UiKey, values: Record<string, string | number> = {}): string {
  const text = dictionaries[lang][key] as string | undefined;
  // The type checker catches a missing key; this names it if a build runs unchecked.
  if (text === undefined) throw new Error(`Missing UI string "${key}" for language "${lang}" in src/core/i18n/${lang}.ts`);
  return fill(text, values);
}

/** A `t()` bound to one language, for use in a component. */
export function useTranslations(lang: Language) {
  return (key: UiKey, values?: Record<string, string | number>) => translate(lang, key, values);
}

/** The language of a URL path: "/en/..." is English, everything else French. */
export function languageFromPath(pathname: string): Language {
  return pathname === '/en' || pathname.startsWith('/en/') ? 'en' : 'fr';
}

/** Prefixes a site path with the language ("/" stays French, "/en/" for English). */
export function localePath(lang: Language, path: string): string {
  const clean = path.startsWith('/') ? path : `/${path}`;
  return lang === DEFAULT_LANGUAGE ? clean : `/${lang}${clean === '/' ? '/' : clean}`;
}

/**
 * "(in French)" on an English page for a link to a page in French; empty
 * when the languages match. Shown with the link (and `hreflang`) so a reader
 * knows before following it (core/i18n/language-links.ts checks the build).
 */
export function languageNote(pageLang: Language, targetLang: Language): string {
  if (pageLang === targetLang) return '';
  return translate(pageLang, 'link.inOtherLanguage', { language: translate(pageLang, `language.${targetLang}`) });
}

/**
 * Writing direction of a language, from the Unicode data the platform
 * carries (Intl.Locale text info): "rtl" for Arabic, Hebrew, Persian…, so a
 * new language needs no code to be laid out right to left. The site's CSS
 * uses logical properties only (inline/block, start/end; a unit test checks),
 * so dir="rtl" on <html> mirrors the layout.
 */
export function textDirection(lang: string): 'ltr' | 'rtl' {
  const locale = new Intl.Locale(lang) as Intl.Locale & { getTextInfo?: () => { direction?: string }; textInfo?: { direction?: string } };
  const info = locale.getTextInfo?.() ?? locale.textInfo;
  return info?.direction === 'rtl' ? 'rtl' : 'ltr';
}

/** Formats a date the way readers of `lang` expect ("5 octobre 2026"). */
export function formatDate(lang: Language, isoDate: string): string {
  const date = new Date(`${isoDate}T12:00:00Z`);
  const text = dateTimeFormat(lang === 'fr' ? 'fr-FR' : 'en-GB', { dateStyle: 'long', timeZone: 'Europe/Paris' }).format(date);
  return lang === 'fr' ? withFrenchOrdinal(text) : text;
}

/**
 * The strings a custom element needs: every key that starts with one of
 * `prefixes` ("directory.count." gives directory.count.zero, .one, .other),
 * in the page's language, placeholders left for the browser to fill.
 */
export function stringsFor(lang: Language, ...prefixes: string[]): Record<string, string> {
  const picked = Object.fromEntries(Object.entries(dictionaries[lang]).filter(([key]) => prefixes.some((prefix) => key.startsWith(prefix))));
  if (Object.keys(picked).length === 0) throw new Error(`stringsFor: no UI string starts with ${prefixes.join(', ')}`);
  return picked;
}

/** `stringsFor` as the JSON of an element's `data-strings` attribute (read by core/element.ts). */
export function elementStrings(lang: Language, ...prefixes: string[]): string {
  return JSON.stringify(stringsFor(lang, ...prefixes));
}
