/**
 * Turns a built page into what Pagefind indexes: the page's own HTML with
 * the search filters, the result-card metadata and the synonyms appended
 * inside its `data-pagefind-body` element. Only the copy handed to Pagefind
 * is changed; the published page stays as built.
 */
import type { SearchType } from './search-types.ts';

/** What the indexer knows about a page besides its HTML. */
export interface SearchFacts {
  type: SearchType;
  /** Filter name → values, e.g. { category: ['Soins', 'Centre médico-psychologique (CMP)'], commune: ['Bron'] }. */
  filters?: Record<string, readonly string[]>;
  /** Metadata for the result card, e.g. { date: '2026-10-24', commune: 'Bron', hours: 'lun.–ven. 9 h – 17 h' }. */
  meta?: Record<string, string>;
  /** Extra words the page is found by (see search-synonyms.ts), each group with its Pagefind weight (body text is 1, h1 is 7). */
  synonyms?: readonly { words: readonly string[]; weight: number }[];
}

/** Whether a built page asks search engines to leave it out (printable layouts): search leaves it out too. */
export function isNoindex(html: string): boolean {
  return /<meta\s+name=["']?robots["']?\s+content=["'][^"']*noindex/i.test(html);
}

/** Whether the page marks its main content for Pagefind. */
export function hasSearchBody(html: string): boolean {
  return /<main\b[^>]*\sdata-pagefind-body\b/i.test(html);
}

function escapeHtml(text: string): string {
  return text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');
}

/** The elements to append: filters and metadata in an element Pagefind reads but does not index, synonyms as indexed text. */
export function searchElements(facts: SearchFacts): string {
  const filters: Record<string, readonly string[]> = { type: [facts.type], ...facts.filters };
  const meta: Record<string, string> = { type: facts.type, ...facts.meta };
  const data = [
    ...Object.entries(filters).flatMap(([name, values]) =>
      values.filter((v) => v.trim() !== '').map((value) => `<span data-pagefind-filter="${escapeHtml(name)}">${escapeHtml(value)}</span>`),
    ),
    ...Object.entries(meta)
      .filter(([, value]) => value.trim() !== '')
      .map(([name, value]) => `<span data-pagefind-meta="${escapeHtml(name)}">${escapeHtml(value)}</span>`),
  ].join('');
  // data-pagefind-ignore (= "index") keeps these out of the text and excerpts but still reads filters and metadata.
  const hidden = `<div data-pagefind-ignore>${data}</div>`;
  const synonyms = (facts.synonyms ?? [])
    .filter((group) => group.words.length > 0)
    .map((group) => `<p data-pagefind-weight="${group.weight}">${escapeHtml(group.words.join(' · '))}</p>`)
    .join('');
  return hidden + synonyms;
}

/**
 * A space after the end of each block element written with no whitespace
 * before the next tag ("<dt>Adresse</dt><dd>5 rue…"): otherwise Pagefind
 * reads "Adresse5" as one word, and neither word is found.
 */
export function spaceBlocks(html: string): string {
  return html.replace(/<\/(dt|dd|li|p|div|h[1-6]|td|th|caption|figcaption|blockquote|address|section|article|header|footer|summary)>(?=<)/gi, '$& ');
}

/**
 * What Pagefind is given for a page: the root element (its lang picks the
 * index) and the main content, blocks spaced, with the search elements at
 * its end. Pagefind reads nothing outside the data-pagefind-body element, so
 * the head, header, help block and footer (half of a directory entry's
 * bytes) are not sent: with 10,000 entries that was seconds of the build.
 */
export function withSearchFacts(html: string, facts: SearchFacts): string {
  const start = html.search(/<main\b/i);
  const end = html.lastIndexOf('</main>');
  if (start === -1 || end === -1) throw new Error('expected a <main> element in the page');
  const root = /<html\b[^>]*>/i.exec(html)?.[0] ?? '<html>';
  return `${root}<body>${spaceBlocks(html.slice(start, end))}${searchElements(facts)}</main></body></html>`;
}
