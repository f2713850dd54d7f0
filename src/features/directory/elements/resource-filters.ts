/**
 * <resource-filters>: instant filtering of the directory.
 *
 * The page works without it (static lists, category and commune pages).
 * When JavaScript runs, the element shows the filter form, and on first use
 * (or when the URL already carries filters) fetches /ressources/index.json,
 * a compact index of every entry, and filters it in the browser. The
 * filters live in the URL query (shareable; back and forward restore them),
 * the number of results is announced in a live region, and each active
 * filter is a button that removes it.
 */
import { decodeDates, decodeWeek, formatTime, isOpenOn, type WeeklyHours } from '../weekly-hours.ts';
import type { DirectoryIndex, IndexEntry } from '../directory-view.ts';
import { define } from '../../../core/element.ts';
import { computeStatus, DirectoryElement } from './directory-data.ts';
// Imported here, not only by the map: evaluating events.ts starts recording the
// last visible set before this element can announce one, so a map or
// "Autour de moi" whose script runs later still starts from the filtered set.
import { SELECT_EVENT, VISIBLE_EVENT, type SelectDetail, type VisibleDetail } from '../../map/client.ts';
import './open-status.ts';

/** Form fields, named as they appear in the URL. */
const SELECTS = ['besoin', 'commune', 'public', 'langue', 'acces', 'jour'] as const;
const CHECKBOXES = ['ouvert', 'gratuit', 'sans-rdv'] as const;
const FIELDS = [...SELECTS, 'heure', ...CHECKBOXES] as const;
const DAY_CODES = ['lu', 'ma', 'me', 'je', 've', 'sa', 'di'];
const BATCH = 50;

type State = Partial<Record<(typeof FIELDS)[number], string>>;

function weekly(entry: IndexEntry): WeeklyHours | undefined {
  if (entry.w === undefined) return undefined;
  return { week: decodeWeek(entry.w), holiday: entry.h === undefined ? undefined : decodeWeek(entry.h), dates: entry.d === undefined ? undefined : decodeDates(entry.d) };
}

/**
 * Where an entry stands for a chosen commune, as on the commune pages (served.ts): 0 located there,
 * 1 serving it from elsewhere, 2 remote (never hidden by a commune), -1 not for that commune.
 */
function servedGroup(entry: IndexEntry, commune: string | undefined): number {
  if (!commune || entry.m === commune) return 0;
  if (commune === 'a-distance') return -1;
  if (entry.v?.includes(commune)) return 1;
  return entry.m === 'a-distance' ? 2 : -1;
}

function minutesOf(time: string): number | undefined {
  const match = /^(\d{1,2}):(\d{2})$/.exec(time);
  return match ? Number(match[1]) * 60 + Number(match[2]) : undefined;
}

export class ResourceFilters extends DirectoryElement {
  private form!: HTMLFormElement;
  private live!: HTMLElement;
  private chips!: HTMLElement;
  private results!: HTMLElement;
  private list!: HTMLUListElement;
  private more!: HTMLButtonElement;
  private staticList: HTMLElement | null = null;
  private index: Promise<DirectoryIndex> | undefined;
  private found: IndexEntry[] = [];
  /** Sizes of the served groups of the last filtering (here, from elsewhere, remote). */
  private groups: number[] = [];
  private shown = 0;
  private run = 0;

  /** Where entry pages live in the page's language ("/ressources/", "/en/directory/"). */
  private get entriesBase(): string {
    return this.dataset['entries'] ?? '/ressources/';
  }

  protected enhance(): void {
    const form = this.required<HTMLFormElement>('form');
    const more = this.required<HTMLButtonElement>('[data-more]');
    this.form = form;
    this.live = this.required('[data-live]');
    this.chips = this.required('[data-chips]');
    this.results = this.required('[data-results]');
    this.list = this.required<HTMLUListElement>('[data-results-list]');
    this.more = more;
    this.staticList = document.querySelector('[data-static-list]');
    form.hidden = false;
    form.addEventListener('change', () => this.commit());
    form.addEventListener('submit', (event) => {
      event.preventDefault();
      this.commit();
    });
    form.addEventListener('reset', () => queueMicrotask(() => this.commit()));
    more.addEventListener('click', () => this.renderMore(true));
    document.addEventListener(SELECT_EVENT, this.onMapSelect);
    window.addEventListener('popstate', () => {
      this.writeForm(this.readUrl());
      void this.apply();
    });
    const initial = this.readUrl();
    if (Object.keys(initial).length > 0) {
      this.writeForm(initial);
      void this.apply();
    }
  }

  private readUrl(): State {
    const params = new URLSearchParams(location.search);
    const state: State = {};
    for (const name of FIELDS) {
      const value = params.get(name);
      if (value) state[name] = value;
    }
    return state;
  }

  private readForm(): State {
    const data = new FormData(this.form);
    const state: State = {};
    for (const name of FIELDS) {
      const value = data.get(name);
      if (typeof value === 'string' && value !== '') state[name] = value;
    }
    return state;
  }

  private writeForm(state: State): void {
    for (const name of FIELDS) {
      const field = this.form.elements.namedItem(name);
      if (field instanceof HTMLInputElement && field.type === 'checkbox') field.checked = state[name] === '1';
      else if (field instanceof HTMLInputElement || field instanceof HTMLSelectElement) field.value = state[name] ?? '';
    }
  }

  /** The form changed: record the state in the URL (a new history entry) and filter. */
  private commit(): void {
    const state = this.readForm();
    const query = new URLSearchParams(state as Record<string, string>).toString();
    const url = `${location.pathname}${query ? `?${query}` : ''}`;
    if (url !== `${location.pathname}${location.search}`) history.pushState(null, '', url);
    void this.apply();
  }

  private loadIndex(): Promise<DirectoryIndex> {
    this.index ??= fetch(this.dataset['index'] ?? '/ressources/index.json').then((response) => {
      if (!response.ok) throw new Error(`index: HTTP ${response.status}`);
      return response.json() as Promise<DirectoryIndex>;
    });
    return this.index;
  }

  private async apply(): Promise<void> {
    const run = (this.run += 1);
    const state = this.readForm();
    this.renderChips(state);
    if (Object.keys(state).length === 0) {
      this.results.hidden = true;
      if (this.staticList) this.staticList.hidden = false;
      this.live.textContent = '';
      this.announceVisible(null);
      return;
    }
    this.setAttribute('aria-busy', 'true');
    let index: DirectoryIndex;
    try {
      index = await this.loadIndex();
    } catch {
      this.index = undefined;
      this.removeAttribute('aria-busy');
      this.live.textContent = this.text('directory.filters.error');
      return;
    }
    const matches = this.filter(index, state);
    if (run !== this.run) return;
    this.found = matches;
    this.list.replaceChildren();
    this.shown = 0;
    this.renderMore(false);
    this.results.hidden = false;
    if (this.staticList) this.staticList.hidden = true;
    this.removeAttribute('aria-busy');
    this.announceVisible(matches.map((m) => m.id));
    const count = matches.length;
    const [here = 0, nearby = 0, remote = 0] = this.groups;
    const total = this.plural('directory.count', count);
    // With a commune chosen, the count says how many are there, serve it from elsewhere, and are remote (served.ts).
    this.live.textContent = state.commune && state.commune !== 'a-distance' ? `${total} ${this.text('directory.served.count', { here, nearby, remote, commune: this.labelFor('commune', state.commune) })}` : total;
  }

  /**
   * Map hooks (issue #4, see src/features/map/elements/events.ts): after each
   * filtering, `directory:visible` carries the ids now listed (null: no
   * filter, every entry) so <resource-map> and <near-me> show the same set.
   */
  private announceVisible(ids: string[] | null): void {
    document.dispatchEvent(new CustomEvent<VisibleDetail>(VISIBLE_EVENT, { detail: { ids } }));
  }

  /** A marker chosen on the map (`resource-map:select`) highlights the entry's card in the list. */
  private readonly onMapSelect = (event: Event): void => {
    const id = (event as CustomEvent<SelectDetail>).detail.id;
    for (const card of document.querySelectorAll('.resource-card')) {
      const link = card.querySelector<HTMLAnchorElement>(`a[href^="${this.entriesBase}"]`);
      card.classList.toggle('is-map-selected', link?.getAttribute('href') === `${this.entriesBase}${id}/`);
    }
  };

  private filter(index: DirectoryIndex, state: State): IndexEntry[] {
    const day = state.jour === undefined ? -1 : DAY_CODES.indexOf(state.jour);
    const time = state.heure === undefined ? undefined : minutesOf(state.heure);
    const now = new Date();
    const out: IndexEntry[][] = [[], [], []];
    for (const entry of index.entries) {
      if (state.besoin && !entry.c.includes(state.besoin)) continue;
      const group = servedGroup(entry, state.commune);
      if (group < 0) continue;
      if (state.public && !entry.a.includes(state.public) && !entry.a.includes('tous-publics')) continue;
      if (state.langue && !entry.l.includes(state.langue)) continue;
      if (state.acces && !entry.x.includes(state.acces)) continue;
      if (state.gratuit === '1' && entry.f !== 'free') continue;
      if (state['sans-rdv'] === '1' && entry.r !== 'walk-in') continue;
      const hours = weekly(entry);
      if (day >= 0) {
        if (!hours || entry.t) continue;
        const dayHours = hours.week[day] ?? [];
        if (time === undefined ? dayHours.length === 0 : !isOpenOn(hours, day, time)) continue;
      }
      if (state.ouvert === '1') {
        if (!hours || entry.t) continue;
        if (!computeStatus(hours, now).open) continue;
      }
      out[group]?.push(entry);
    }
    this.groups = out.map((g) => g.length);
    return out.flat();
  }

  private renderMore(moveFocus: boolean): void {
    const next = this.found.slice(this.shown, this.shown + BATCH);
    const first = next.length > 0 ? this.card(next[0] as IndexEntry) : undefined;
    if (first) this.list.append(first);
    for (const entry of next.slice(1)) this.list.append(this.card(entry));
    this.shown += next.length;
    this.more.hidden = this.shown >= this.found.length;
    if (moveFocus && first) first.querySelector('a')?.focus();
  }

  /** One result, with the same markup and classes as ResourceCard.astro. */
  private card(entry: IndexEntry): HTMLLIElement {
    const li = document.createElement('li');
    li.className = 'resource-card';
    const title = document.createElement('h3');
    title.className = 'resource-card-name';
    const link = document.createElement('a');
    link.href = `${this.entriesBase}${entry.id}/`;
    // <bdi>, as in ResourceCard.astro: a right-to-left name or a stray bidi control stays inside it.
    const name = document.createElement('bdi');
    name.textContent = entry.n;
    link.append(name);
    // The entry's name is the CLSM's French; on a page in another language it says so.
    if (document.documentElement.lang !== 'fr') link.lang = 'fr';
    title.append(link);
    li.append(title);
    const place = document.createElement('p');
    place.className = 'resource-card-place';
    place.textContent = entry.p;
    li.append(place);
    if (entry.s) {
      const hours = document.createElement('p');
      hours.className = 'resource-card-hours';
      hours.textContent = this.text('directory.hours.summary', { hours: entry.s });
      li.append(hours);
    }
    if (entry.w !== undefined || entry.t) {
      const status = document.createElement('open-status');
      status.className = 'resource-card-status';
      if (entry.t) status.setAttribute('data-temporarily-closed', '');
      if (entry.w !== undefined) status.dataset['week'] = entry.w;
      if (entry.h !== undefined) status.dataset['holiday'] = entry.h;
      if (entry.d !== undefined) status.dataset['dates'] = entry.d;
      li.append(status);
    }
    const tag = this.servedTag(entry);
    if (tag) {
      const served = document.createElement('p');
      served.className = 'resource-card-served';
      served.textContent = tag;
      li.append(served);
    }
    const facts = document.createElement('p');
    facts.className = 'resource-card-facts';
    facts.textContent = [this.text(`directory.cost.${entry.f}`), this.text(`directory.appointment.${entry.r}`)].join(' · ');
    li.append(facts);
    if (entry.tel) {
      const phone = document.createElement('p');
      const call = document.createElement('a');
      call.className = 'resource-card-call';
      call.href = entry.tel[1];
      call.textContent = this.text('directory.entry.call', { number: entry.tel[0] });
      phone.append(call);
      li.append(phone);
    }
    return li;
  }

  /** "Sert aussi Bron" / "À distance" under a result that is not located in the chosen commune. */
  private servedTag(entry: IndexEntry): string | undefined {
    const commune = this.readForm().commune;
    const group = servedGroup(entry, commune);
    if (!commune || group === 0) return undefined;
    if (group === 2) return this.text('directory.served.tagRemote');
    return this.text('directory.served.tagNearby', { commune: this.labelFor('commune', commune) });
  }

  private labelFor(name: (typeof FIELDS)[number], value: string): string {
    const field = this.form.elements.namedItem(name);
    if (field instanceof HTMLSelectElement) return field.selectedOptions[0]?.textContent?.trim().replace(/^— /, '') ?? value;
    if (field instanceof HTMLInputElement && field.type === 'checkbox') return field.labels?.[0]?.textContent?.trim() ?? name;
    return value;
  }

  private renderChips(state: State): void {
    const items: { label: string; clear: (typeof FIELDS)[number][] }[] = [];
    for (const name of FIELDS) {
      const value = state[name];
      if (value === undefined || name === 'jour' || name === 'heure') continue;
      items.push({ label: this.labelFor(name, value), clear: [name] });
    }
    if (state.jour !== undefined) {
      const day = this.labelFor('jour', state.jour);
      const time = state.heure === undefined ? undefined : minutesOf(state.heure);
      items.push({ label: time === undefined ? day : this.text('directory.filters.openOnValue', { day, time: formatTime(time, document.documentElement.lang) }), clear: ['jour', 'heure'] });
    }
    const list = this.chips.querySelector('ul');
    if (!list) return;
    list.replaceChildren(
      ...items.map(({ label, clear }) => {
        const li = document.createElement('li');
        const button = document.createElement('button');
        button.type = 'button';
        button.className = 'chip';
        button.textContent = label;
        button.setAttribute('aria-label', this.text('directory.filters.remove', { label }));
        button.addEventListener('click', () => {
          const chips = [...list.querySelectorAll('button')];
          const position = chips.indexOf(button);
          const next = { ...state };
          for (const name of clear) delete next[name];
          this.writeForm(next);
          this.commit();
          const remaining = [...list.querySelectorAll('button')];
          (remaining[Math.min(position, remaining.length - 1)] ?? this.form.querySelector('select'))?.focus();
        });
        li.append(button);
        return li;
      }),
    );
    this.chips.hidden = items.length === 0;
  }
}

define('resource-filters', ResourceFilters);
