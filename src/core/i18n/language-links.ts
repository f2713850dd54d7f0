/**
 * Links that lead a reader to a page in another language. A reader of an
 * English page who follows a link to a page that exists only in French is
 * told so before clicking: the link carries `hreflang="fr"` and a visible
 * "(in French)" (WCAG 3.1.2 asks for the language of parts; a label is what
 * a reader who does not read French needs). Three places use this file:
 * the site's chrome (`languageNote`), the Markdown/MDX of English content
 * (`languageLinksPlugin`), and the build's check (`unlabelledLinks`), which
 * warns about every link that lacks the label.
 */
import { parse, type HTMLElement } from 'node-html-parser';
import { defineHastPlugin, type HastPluginEntry } from 'satteri';
import type { Element, Text } from 'hast';
import type { Language } from '../schema/site.ts';
import { languageFromPath, languageNote } from './i18n.ts';

/** The language of the page a link leads to, for links to pages of this site ("/…/"); undefined for files, anchors and other sites. */
export function linkTargetLanguage(href: string): Language | undefined {
  if (!href.startsWith('/') || href.startsWith('//')) return undefined;
  const path = href.replace(/[?#].*$/, '');
  // Pages end with "/" (trailingSlash: always); a file has an extension (.ics, .json, .pdf, .vcf).
  if (!path.endsWith('/')) return undefined;
  return languageFromPath(path);
}

export interface UnlabelledLink {
  href: string;
  text: string;
  target: Language;
}

function followingText(link: HTMLElement): string {
  const parent = link.parentNode;
  if (!parent) return '';
  const siblings = parent.childNodes;
  const index = siblings.indexOf(link);
  return siblings
    .slice(index + 1, index + 3)
    .map((node) => node.text)
    .join('')
    .trimStart();
}

/**
 * Links of a built page to pages in another language that do not say so:
 * no `hreflang`, or no "(in French)" in or right after the link. A link
 * whose own text is in the target language (`lang="fr"`, the language
 * switch "Français") needs no label.
 */
export function unlabelledLinks(html: string): UnlabelledLink[] {
  const root = parse(html);
  const pageLang = root.querySelector('html')?.getAttribute('lang');
  if (pageLang === undefined) return [];
  const found: UnlabelledLink[] = [];
  for (const link of root.querySelectorAll('a[href]')) {
    const target = linkTargetLanguage(link.getAttribute('href') ?? '');
    if (target === undefined || target === pageLang) continue;
    if (link.getAttribute('lang') === target) continue;
    const note = languageNote(pageLang as Language, target);
    const labelled = link.getAttribute('hreflang') === target && (link.text.includes(note) || followingText(link).startsWith(note));
    if (!labelled) found.push({ href: link.getAttribute('href') ?? '', text: link.text.trim(), target });
  }
  return found;
}

/** The language of a content file: files under an `<lang>/` folder are in that language. */
function contentLanguage(fileURL: URL | undefined): Language | undefined {
  const folder = fileURL && /\/(fr|en)\/[^/]+\.mdx?$/.exec(fileURL.pathname)?.[1];
  return folder === 'fr' || folder === 'en' ? folder : undefined;
}

/**
 * A hast plugin for Markdown/MDX: in content written in one language, a
 * link to a page in the other language gets `hreflang` and the note after
 * it, so writers need not remember either.
 */
export function languageLinksPlugin(): HastPluginEntry {
  return (context) => {
    const pageLang = contentLanguage(context.fileURL);
    if (!pageLang) return null;
    return defineHastPlugin({
      name: 'clsm-language-links',
      element: {
        filter: ['a'],
        visit(node: Readonly<Element>, ctx) {
          const href = node.properties['href'];
          const target = typeof href === 'string' ? linkTargetLanguage(href) : undefined;
          if (target === undefined || target === pageLang) return;
          ctx.setProperty(node, 'hreflang', target);
          const note = languageNote(pageLang, target);
          const parent = ctx.parent(node);
          const siblings = parent && 'children' in parent ? parent.children : [];
          const next = siblings[siblings.indexOf(node as Element) + 1];
          if (next?.type === 'text' && next.value.trimStart().startsWith(note)) return;
          ctx.insertAfter(node, { type: 'text', value: ` ${note}` } satisfies Text);
        },
      },
    });
  };
}
