/**
 * <place-finder>: filters the list of communes, streets and districts of
 * /ressources/mon-cmp/ as the visitor types ("12 rue Léon Blum",
 * "69500"), and announces how many places match. The list of links is in
 * the HTML, so the page works without it. Typing a full address still
 * matches its street: an item matches when either text contains the other.
 */
import { placeKey } from '../sectors-match.ts';

interface Strings {
  zero: string;
  one: string;
  other: string;
}

export class PlaceFinder extends HTMLElement {
  connectedCallback(): void {
    const search = this.querySelector<HTMLElement>('.search');
    const input = this.querySelector<HTMLInputElement>('input[type="search"]');
    const count = this.querySelector<HTMLElement>('[data-count]');
    const none = this.querySelector<HTMLElement>('[data-none]');
    const items = [...this.querySelectorAll<HTMLLIElement>('li[data-key]')];
    if (!search || !input || !count || !none) return;
    const strings = JSON.parse(this.dataset['strings'] ?? '{}') as Strings;
    search.hidden = false;
    let timer: ReturnType<typeof setTimeout> | undefined;
    const update = () => {
      const typed = placeKey(input.value);
      let shown = 0;
      for (const item of items) {
        const keys = (item.dataset['key'] ?? '').split(' ');
        const match = typed === '' || keys.some((key) => key.includes(typed) || `-${typed}-`.includes(`-${key}-`));
        item.hidden = !match;
        if (match) shown += 1;
      }
      none.hidden = shown > 0;
      // The count is announced only once the visitor pauses, so a screen reader is not flooded.
      clearTimeout(timer);
      timer = setTimeout(() => {
        count.textContent = typed === '' ? '' : (shown === 0 ? strings.zero : shown === 1 ? strings.one : strings.other).replace('{count}', String(shown));
      }, 300);
    };
    input.addEventListener('input', update);
    if (input.value) update();
  }
}

if (!customElements.get('place-finder')) customElements.define('place-finder', PlaceFinder);
