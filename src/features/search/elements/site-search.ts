/**
 * <site-search>: the search page's results, from the Pagefind index built
 * with the site (/pagefind/). Pagefind (its script, WebAssembly and index
 * chunks, all on this site) is loaded only when the visitor focuses the
 * field or arrives with ?q=; nothing typed leaves the browser. The query
 * and the type filter live in the URL (?q=…&type=…), results are a list of
 * links, and the count is announced through a polite live region.
 *
 * Markup expected inside (see SearchPage.astro): a form with
 * [data-search-input] and radios name="type" in [data-search-types],
 * [data-search-nojs], [data-search-status], [data-search-heading],
 * [data-search-results] and [data-search-more]. Status texts come from
 * data-strings (search.status.*, search.meta.hours) with {query}, {count},
 * {shown}, {type}, {hours}.
 */
import { define, EnhancedElement } from '../../../core/element.ts';
import { withFrenchOrdinal } from '../../../core/french-ordinal.ts';

interface PagefindResultData {
  url: string;
  excerpt: string;
  meta: Record<string, string | undefined>;
}
interface PagefindResult {
  id: string;
  data(): Promise<PagefindResultData>;
}
interface PagefindSearch {
  results: PagefindResult[];
  unfilteredResultCount: number;
  totalFilters?: Record<string, Record<string, number>>;
}
interface Pagefind {
  options(options: Record<string, unknown>): Promise<void>;
  init(): Promise<void>;
  filters(): Promise<Record<string, Record<string, number>>>;
  search(query: string, options?: { filters?: Record<string, string> }): Promise<PagefindSearch | null>;
}

/** Results shown at first and added by each "more". */
const PAGE = 10;
/** Pause after a keystroke before searching, so the live region does not chatter. */
const TYPING_DELAY = 300;

let pagefindPromise: Promise<Pagefind> | undefined;

/** Loads Pagefind once, from this site's own /pagefind/ folder. */
function loadPagefind(): Promise<Pagefind> {
  pagefindPromise ??= (async () => {
    const url = new URL('/pagefind/pagefind.js', document.baseURI).href;
    const pagefind = (await import(/* @vite-ignore */ url)) as Pagefind;
    // `keywords` holds the synonyms of a page's title (search-facts.ts): a match there counts like a title match.
    await pagefind.options({ excerptLength: 24, ranking: { metaWeights: { title: 5, keywords: 5 } } });
    await pagefind.init();
    // Loads the filter index, so that each search also returns the count per type.
    await pagefind.filters();
    return pagefind;
  })();
  return pagefindPromise;
}

/**
 * Pagefind excerpts are escaped text with <mark> around matched words.
 * Rebuilt as text nodes and <mark> elements so that nothing else from the
 * index can become markup.
 */
function excerptNodes(excerpt: string): Node[] {
  // A detached <textarea> decodes entities without creating elements or dropping leading spaces.
  const textarea = document.createElement('textarea');
  const decode = (html: string) => {
    textarea.innerHTML = html;
    return textarea.value;
  };
  return excerpt.split(/(<mark>[\s\S]*?<\/mark>)/).map((part) => {
    const marked = /^<mark>([\s\S]*)<\/mark>$/.exec(part);
    if (!marked) return document.createTextNode(decode(part));
    const mark = document.createElement('mark');
    mark.textContent = decode(marked[1] ?? '');
    return mark;
  });
}

/** "24 octobre 2026, 18:00" for "2026-10-24T18:00", "20 mars 2026" for "2026-03-20" (Paris clock, as written). */
function formatDate(value: string, lang: string): string {
  const m = /^(\d{4})-(\d{2})-(\d{2})(?:T(\d{2}):(\d{2}))?/.exec(value);
  if (!m) return value;
  const [, y, mo, d, h, mi] = m;
  const date = new Date(Date.UTC(Number(y), Number(mo) - 1, Number(d), Number(h ?? 12), Number(mi ?? 0)));
  const locale = lang === 'fr' ? 'fr-FR' : 'en-GB';
  const text = new Intl.DateTimeFormat(locale, { dateStyle: 'long', ...(h ? { timeStyle: 'short' } : {}), timeZone: 'UTC' }).format(date);
  return lang === 'fr' ? withFrenchOrdinal(text) : text;
}

class SiteSearch extends EnhancedElement {
  private input!: HTMLInputElement;
  private types!: HTMLFieldSetElement;
  private status!: HTMLElement;
  private heading!: HTMLElement;
  private list!: HTMLOListElement;
  private more!: HTMLButtonElement;
  private typeNames = new Map<string, string>();
  private results: PagefindResult[] = [];
  private shown = 0;
  private sequence = 0;
  private timer: number | undefined;

  protected enhance(): void {
    const input = this.required<HTMLInputElement>('form [data-search-input]');
    const form = this.required<HTMLFormElement>('form');
    const types = this.required<HTMLFieldSetElement>('[data-search-types]');
    const more = this.required<HTMLButtonElement>('[data-search-more]');
    this.input = input;
    this.types = types;
    this.status = this.required('[data-search-status]');
    this.heading = this.required('[data-search-heading]');
    this.list = this.required<HTMLOListElement>('[data-search-results]');
    this.more = more;
    for (const label of types.querySelectorAll<HTMLElement>('[data-type]')) {
      this.typeNames.set(label.dataset['type'] ?? '', label.querySelector('[data-type-label]')?.textContent ?? '');
    }

    this.querySelector<HTMLElement>('[data-search-nojs]')?.setAttribute('hidden', '');
    types.hidden = false;

    input.addEventListener('focus', () => void loadPagefind().catch(() => undefined), { once: true });
    input.addEventListener('input', () => {
      window.clearTimeout(this.timer);
      this.timer = window.setTimeout(() => this.update('replace'), TYPING_DELAY);
    });
    form.addEventListener('submit', (event) => {
      event.preventDefault();
      window.clearTimeout(this.timer);
      this.update('push');
    });
    types.addEventListener('change', () => this.update('push'));
    more.addEventListener('click', () => void this.showMore(true));
    window.addEventListener('popstate', () => this.readUrl());
    this.readUrl();
  }

  /** Sets the form from the URL and searches when there is a query. */
  private readUrl(): void {
    const params = new URLSearchParams(window.location.search);
    this.input.value = params.get('q') ?? '';
    const type = params.get('type') ?? '';
    const radio = this.types.querySelector<HTMLInputElement>(`input[name="type"][value="${CSS.escape(type)}"]`) ?? this.types.querySelector<HTMLInputElement>('input[value=""]');
    if (radio) radio.checked = true;
    void this.search();
  }

  private selectedType(): string {
    return this.types.querySelector<HTMLInputElement>('input[name="type"]:checked')?.value ?? '';
  }

  /** Keeps the query in the address (shareable, back button), then searches. */
  private update(mode: 'push' | 'replace'): void {
    const params = new URLSearchParams();
    const query = this.input.value.trim();
    if (query) params.set('q', query);
    const type = this.selectedType();
    if (type) params.set('type', type);
    const search = params.toString();
    const url = `${window.location.pathname}${search ? `?${search}` : ''}`;
    if (url !== `${window.location.pathname}${window.location.search}`) {
      if (mode === 'push') window.history.pushState(null, '', url);
      else window.history.replaceState(null, '', url);
    }
    void this.search();
  }

  private async search(): Promise<void> {
    const current = ++this.sequence;
    const query = this.input.value.trim();
    const type = this.selectedType();
    if (!query) {
      this.render([], 0, undefined);
      this.status.textContent = this.text('search.status.empty');
      return;
    }
    let response: PagefindSearch | null;
    try {
      const pagefind = await loadPagefind();
      response = await pagefind.search(query, type ? { filters: { type } } : {});
    } catch {
      if (current === this.sequence) this.status.textContent = this.text('search.status.error');
      return;
    }
    // A later keystroke has started another search: its answer wins.
    if (current !== this.sequence || !response) return;
    this.render(response.results, response.unfilteredResultCount, response.totalFilters?.['type']);
    const count = response.results.length;
    const total = response.unfilteredResultCount;
    const text =
      total === 0
        ? this.text('search.status.none', { query })
        : type
          ? this.text('search.status.filtered', { shown: count, count: total, query, type: this.typeNames.get(type) ?? type })
          : this.plural('search.count', total, { query });
    this.status.textContent = text;
  }

  private render(results: PagefindResult[], total: number, counts: Record<string, number> | undefined): void {
    this.results = results;
    this.shown = 0;
    this.list.replaceChildren();
    this.heading.hidden = results.length === 0;
    for (const label of this.types.querySelectorAll<HTMLElement>('[data-type]')) {
      const count = total === 0 ? undefined : (counts?.[label.dataset['type'] ?? ''] ?? 0);
      const output = label.querySelector<HTMLElement>('[data-type-count]');
      if (output) output.textContent = count === undefined ? '' : `(${count})`;
      label.toggleAttribute('data-empty', count === 0);
    }
    void this.showMore(false);
  }

  /** Adds the next results; after "more", focus moves to the first new one. */
  private async showMore(focus: boolean): Promise<void> {
    const current = this.sequence;
    const batch = this.results.slice(this.shown, this.shown + PAGE);
    this.shown += batch.length;
    const data = await Promise.all(batch.map((r) => r.data()));
    if (current !== this.sequence) return;
    const items = data.map((d) => this.item(d));
    this.list.append(...items);
    this.more.hidden = this.shown >= this.results.length;
    if (focus) items[0]?.querySelector('a')?.focus();
  }

  private item(data: PagefindResultData): HTMLLIElement {
    const li = document.createElement('li');
    const type = data.meta['type'];
    if (type) {
      const p = document.createElement('p');
      p.className = 'result-type';
      p.textContent = this.typeNames.get(type) ?? type;
      li.append(p);
    }
    const link = document.createElement('a');
    link.className = 'result-title';
    link.href = data.url;
    link.textContent = data.meta['title'] ?? data.url;
    li.append(link);
    const details = [
      data.meta['date'] ? formatDate(data.meta['date'], this.language) : undefined,
      data.meta['commune'],
      data.meta['hours'] ? this.text('search.meta.hours', { hours: data.meta['hours'] }) : undefined,
    ].filter((d): d is string => Boolean(d));
    if (details.length) {
      const p = document.createElement('p');
      p.className = 'result-meta';
      p.textContent = details.join(' · ');
      li.append(p);
    }
    const excerpt = document.createElement('p');
    excerpt.className = 'result-excerpt';
    excerpt.append(...excerptNodes(data.excerpt));
    li.append(excerpt);
    return li;
  }
}

define('site-search', SiteSearch);
