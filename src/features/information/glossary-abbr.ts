/**
 * Marks the first use of each glossary term on a page as
 * `<abbr title="expansion">`, so readers learn what "CMP" stands for where
 * they meet it. A hast plugin for Sätteri, Astro's Markdown/MDX processor
 * (the equivalent of a rehype plugin), registered in astro.config.mjs.
 */
import { defineHastPlugin, type HastPluginEntry } from 'satteri';
import type { Element, ElementContent, Parents, Text } from 'hast';

/** A term and what to show in its `title`. */
export interface AbbrTerm {
  term: string;
  expansion: string;
}

/** A piece of text: plain, or a term to wrap. */
export type Segment = { kind: 'text'; value: string } | { kind: 'abbr'; value: string; title: string };

/** Elements whose text is never wrapped: code, existing abbreviations, non-prose. */
const SKIPPED_ANCESTORS = new Set(['abbr', 'code', 'pre', 'kbd', 'samp', 'script', 'style', 'svg', 'dfn', 'title']);

function escapeRegExp(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}

/** Builds a matcher for whole-word uses of the terms (longest first, case-sensitive). */
export function termMatcher(terms: readonly AbbrTerm[]): RegExp | undefined {
  if (terms.length === 0) return undefined;
  const alternatives = [...terms].map((t) => t.term).sort((a, b) => b.length - a.length).map(escapeRegExp);
  // A letter or digit on either side means a longer word ("CMPP"), not the term.
  return new RegExp(`(?<![\\p{L}\\p{N}])(${alternatives.join('|')})(?![\\p{L}\\p{N}])`, 'gu');
}

/**
 * Splits `text` around the first use of each term not yet in `seen`; later
 * uses stay plain text. `seen` is updated so the next call on the same page
 * skips terms already explained.
 */
export function splitFirstUses(text: string, terms: readonly AbbrTerm[], seen: Set<string>, matcher = termMatcher(terms)): Segment[] {
  if (!matcher) return [{ kind: 'text', value: text }];
  const byTerm = new Map(terms.map((t) => [t.term, t.expansion]));
  const segments: Segment[] = [];
  let last = 0;
  matcher.lastIndex = 0;
  for (const match of text.matchAll(matcher)) {
    const term = match[1] ?? '';
    if (seen.has(term)) continue;
    seen.add(term);
    const start = match.index;
    if (start > last) segments.push({ kind: 'text', value: text.slice(last, start) });
    segments.push({ kind: 'abbr', value: term, title: byTerm.get(term) ?? term });
    last = start + term.length;
  }
  if (last < text.length) segments.push({ kind: 'text', value: text.slice(last) });
  return segments;
}

function toHast(segment: Segment): ElementContent {
  if (segment.kind === 'text') return { type: 'text', value: segment.value } satisfies Text;
  return {
    type: 'element',
    tagName: 'abbr',
    properties: { title: segment.title },
    children: [{ type: 'text', value: segment.value }],
  } satisfies Element;
}

/** The language of a content file: files under an `en/` folder are English. */
export function fileLanguage(fileURL: URL | undefined): 'fr' | 'en' {
  return fileURL && /\/en\/[^/]+\.mdx?$/.test(fileURL.pathname) ? 'en' : 'fr';
}

/**
 * The plugin. `termsFor` gives the terms for a file's language. A factory
 * entry, so each document starts with an empty "seen" set.
 */
export function glossaryAbbrPlugin(termsFor: (lang: 'fr' | 'en') => readonly AbbrTerm[]): HastPluginEntry {
  return (context) => {
    const terms = termsFor(fileLanguage(context.fileURL));
    const matcher = termMatcher(terms);
    if (!matcher) return null;
    const seen = new Set<string>();
    // Inline HTML in Markdown arrives as separate raw opening and closing tags:
    // count how deep we are inside skipped tags written that way.
    let rawDepth = 0;
    return defineHastPlugin({
      name: 'clsm-glossary-abbr',
      raw(node) {
        for (const match of node.value.matchAll(/<(\/?)([a-zA-Z]+)[^>]*?(\/?)>/g)) {
          if (!SKIPPED_ANCESTORS.has((match[2] ?? '').toLowerCase()) || match[3] === '/') continue;
          rawDepth = Math.max(0, rawDepth + (match[1] === '/' ? -1 : 1));
        }
      },
      text(node, ctx) {
        if (rawDepth > 0) return;
        let parent: Readonly<Parents> | undefined = ctx.parent(node);
        while (parent && parent.type !== 'root') {
          if (parent.type === 'element' && SKIPPED_ANCESTORS.has(parent.tagName)) return;
          // Components and tags written in MDX (<abbr>, <code> ...).
          const named = parent as { type: string; name?: string | null };
          if (named.type.startsWith('mdxJsx') && named.name && SKIPPED_ANCESTORS.has(named.name)) return;
          parent = ctx.parent(parent);
        }
        const segments = splitFirstUses(node.value, terms, seen, matcher);
        if (segments.length === 1 && segments[0]?.kind === 'text') return;
        ctx.replaceNode(node, segments.map(toHast));
      },
    });
  };
}
