/**
 * <event-filters>: filters the programme on the page as the visitor
 * changes a control, announces the number of results (role="status") and
 * keeps the state in the URL query so it can be shared or bookmarked.
 * Without JavaScript the static filter links it hides do the same job.
 */
import { define, EnhancedElement } from '../../../core/element.ts';
import { VISIBLE_EVENT, type VisibleDetail } from '../../map/client.ts';
import { criteriaFromQuery, criteriaToQuery, matches, type Criteria, type FilterableEvent } from '../event-filters.ts';

const DATE = /^\d{4}-\d{2}-\d{2}$/;

function fromItem(item: HTMLElement): FilterableEvent {
  const d = item.dataset;
  return {
    days: (d['days'] ?? '').split(' '),
    commune: d['commune'] ?? '',
    type: d['type'] ?? '',
    audiences: (d['audiences'] ?? '').split(' '),
    free: d['free'] === '1',
    stepFree: d['stepFree'] === '1',
    end: Number(d['end']),
  };
}

class EventFilters extends EnhancedElement {
  #form!: HTMLFormElement;
  #status!: HTMLElement;

  protected enhance(): void {
    this.#form = this.required<HTMLFormElement>('form[data-form]');
    this.#status = this.required('[data-count]');
    this.required('[data-facets]').hidden = true;
    this.#form.hidden = false;
    this.#write(criteriaFromQuery(new URLSearchParams(location.search)));
    this.#form.addEventListener('change', () => this.#apply(true));
    this.#form.addEventListener('submit', (event) => event.preventDefault());
    // "reset" fires before the controls are cleared.
    this.#form.addEventListener('reset', () => setTimeout(() => this.#apply(true)));
    this.#apply(false);
  }

  /** Sets the controls from criteria. */
  #write(criteria: Criteria): void {
    const form = this.#form;
    const set = (name: string, value: string | undefined) => {
      const control = form.elements.namedItem(name);
      if (control instanceof HTMLSelectElement && [...control.options].some((o) => o.value === value)) control.value = value ?? '';
    };
    set('quand', criteria.day ?? criteria.when ?? '');
    set('commune', criteria.commune);
    set('type', criteria.type);
    set('public', criteria.audience);
    for (const name of ['gratuit', 'accessible'] as const) {
      const box = form.elements.namedItem(name);
      if (box instanceof HTMLInputElement) box.checked = name === 'gratuit' ? criteria.free === true : criteria.accessible === true;
    }
  }

  /** Reads criteria from the controls. */
  #read(): Criteria {
    const data = new FormData(this.#form);
    const text = (name: string) => (data.get(name) as string | null) || undefined;
    const when = text('quand');
    return {
      day: when && DATE.test(when) ? when : undefined,
      when: when === 'aujourd-hui' || when === 'semaine' ? when : undefined,
      commune: text('commune'),
      type: text('type'),
      audience: text('public'),
      free: data.get('gratuit') === '1' || undefined,
      accessible: data.get('accessible') === '1' || undefined,
    };
  }

  #apply(updateUrl: boolean): void {
    const criteria = this.#read();
    const now = new Date();
    let shown = 0;
    const visibleIds: string[] = [];
    const root = this.closest('main') ?? document;
    for (const item of root.querySelectorAll<HTMLElement>('li[data-event]')) {
      const visible = matches(fromItem(item), criteria, now);
      // Written only when it changes: each write invalidates the style of a long list.
      if (item.hidden === visible) item.hidden = !visible;
      if (visible) {
        shown += 1;
        if (item.dataset['event']) visibleIds.push(item.dataset['event']);
      }
    }
    // The programme's <resource-map> shows the same events as the list.
    document.dispatchEvent(new CustomEvent<VisibleDetail>(VISIBLE_EVENT, { detail: { ids: visibleIds } }));
    for (const group of root.querySelectorAll<HTMLElement>('[data-group]')) {
      const empty = group.querySelector('li[data-event]:not([hidden])') === null;
      if (group.hidden !== empty) group.hidden = empty;
    }
    this.#status.textContent = this.plural('programme.count', shown);
    if (updateUrl) history.replaceState(null, '', `${location.pathname}${criteriaToQuery(criteria)}`);
  }
}

define('event-filters', EventFilters);
