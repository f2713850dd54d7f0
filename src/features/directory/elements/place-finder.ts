/**
 * <place-finder>: filters the list of communes, streets and districts of
 * /ressources/mon-cmp/ as the visitor types ("12 rue Léon Blum",
 * "69500"), and announces how many places match. The list of links is in
 * the HTML, so the page works without it. Typing a full address still
 * matches its street: an item matches when either text contains the other.
 */
import { define, EnhancedElement } from '../../../core/element.ts';
import { placeKey } from '../sectors-match.ts';

export class PlaceFinder extends EnhancedElement {
  protected enhance(): void {
    const search = this.required('.search');
    const input = this.required<HTMLInputElement>('input[type="search"]');
    const count = this.required('[data-count]');
    const none = this.required('[data-none]');
    const items = [...this.querySelectorAll<HTMLLIElement>('li[data-key]')];
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
        count.textContent = typed === '' ? '' : this.plural('myCmp.count', shown);
      }, 300);
    };
    input.addEventListener('input', update);
    if (input.value) update();
  }
}

define('place-finder', PlaceFinder);
