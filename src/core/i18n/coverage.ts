/**
 * What each language of the site lacks: interface strings (keys missing or
 * empty, and strings left identical to French, which are listed to review
 * since "Mon soutien psy" or "CMP" may rightly stay), the site's named pages
 * without a path in that language (routes.ts), and content entries written
 * in French with no translation in that language. `npm run i18n` prints it.
 */
import type { Language } from '../schema/site.ts';
import type { Route } from '../routes.ts';

/** A content entry: its collection, id ("fr/aider-un-proche"), language and declared translation. */
export interface ContentEntry {
  collection: string;
  id: string;
  lang: string;
  translation?: string | undefined;
}

export interface LanguageCoverage {
  lang: Language;
  /** Keys of the reference language missing or empty in this one. */
  missingStrings: string[];
  /** Keys whose text is the same as in the reference language. */
  sameAsReference: string[];
  /** Named pages (routes.ts) with no path in this language. */
  missingPages: string[];
  /** Content entries in the reference language with no translation into this one, as "collection/id". */
  missingContent: string[];
  /** Content entries written in this language. */
  content: string[];
}

/** Coverage of `lang` against the reference dictionary, routes and content. */
export function coverageOf(
  lang: Language,
  reference: Record<string, string>,
  strings: Record<string, string | undefined>,
  routes: Record<string, Route>,
  content: readonly ContentEntry[],
  referenceLang: Language = 'fr',
): LanguageCoverage {
  const keys = Object.keys(reference);
  const missingStrings = keys.filter((key) => (strings[key] ?? '').trim() === '');
  const sameAsReference = keys.filter((key) => strings[key] !== undefined && strings[key] === reference[key]);
  const missingPages = Object.entries(routes)
    .filter(([, route]) => (route as Partial<Record<Language, string>>)[lang] === undefined)
    .map(([name]) => name);
  const inLang = content.filter((entry) => entry.lang === lang);
  // A translation is declared on either side ("translation: en/where-to-go" on the French entry, or the reverse).
  const translated = new Set([...content.filter((e) => e.lang === referenceLang && e.translation?.startsWith(`${lang}/`)).map((e) => `${e.collection}/${e.id}`), ...inLang.filter((e) => e.translation).map((e) => `${e.collection}/${e.translation}`)]);
  const missingContent = content.filter((e) => e.lang === referenceLang && !translated.has(`${e.collection}/${e.id}`)).map((e) => `${e.collection}/${e.id}`);
  return { lang, missingStrings, sameAsReference, missingPages, missingContent, content: inLang.map((e) => `${e.collection}/${e.id}`) };
}
