/**
 * <address-finder>: "Quel est mon CMP ?" for a typed address. The address
 * index is fetched from this site when the visitor first focuses the field
 * (not before: most visitors never use it), the address is found and its
 * sectors resolved in the browser, and the server-rendered cards of the
 * matching sectors are shown. Nothing typed leaves the browser.
 *
 * `data-lookup-ms` on the element records how long finding the last
 * address took, set once the answer is shown (the benchmark reads it).
 */
import { define, EnhancedElement } from '../../../core/element.ts';
import { findAddress, streetLabel, type AddressAnswer, type PreparedIndex } from '../address-match.ts';
import type { Position } from '../address-index.ts';
import { fetchAddressIndex } from '../address-client.ts';
import { resolveSectors, type CommuneRules, type Resolution } from '../sector-rules.ts';
import { directionsUrl } from '../directions.ts';
import { placeKey } from '../sectors-match.ts';

interface Config {
  rules: CommuneRules[];
  /** INSEE code → the commune's static page. */
  communes: Record<string, string>;
  communeNames: string;
}

export class AddressFinder extends EnhancedElement {
  private config!: Config;
  private input!: HTMLInputElement;
  private messageLine!: HTMLElement;
  private answer!: HTMLElement;
  private heading!: HTMLElement;
  private reason!: HTMLElement;
  private choose!: HTMLElement;
  private options!: HTMLElement;
  private communeLink!: HTMLElement;
  private outside!: HTMLElement;
  private cards: HTMLElement[] = [];

  protected enhance(): void {
    this.config = this.requiredJson<Config>('script[data-finder-config]');
    const form = this.required<HTMLFormElement>('[data-form]');
    this.input = this.required<HTMLInputElement>('input');
    this.messageLine = this.required('[data-message]');
    this.answer = this.required('[data-answer]');
    this.heading = this.required('[data-answer-title]');
    this.reason = this.required('[data-reason]');
    this.choose = this.required('[data-choose]');
    this.options = this.required('[data-options]');
    this.communeLink = this.required('[data-commune-link]');
    this.outside = this.required('[data-outside]');
    this.cards = [...this.querySelectorAll<HTMLElement>('[data-sector]')];
    this.hidden = false;
    this.input.addEventListener('focus', () => void this.load().catch(() => undefined), { once: true });
    form.addEventListener('submit', (event) => {
      event.preventDefault();
      void this.find(this.input.value);
    });
  }

  private load(): Promise<PreparedIndex> {
    return fetchAddressIndex(this.dataset['index'] ?? '/ressources/mon-cmp/adresses.json');
  }

  private async find(text: string): Promise<void> {
    if (text.trim() === '') {
      this.showOnly();
      this.messageLine.textContent = this.text('myCmp.finder.empty');
      return;
    }
    this.messageLine.textContent = this.text('myCmp.finder.loading');
    let prepared: PreparedIndex;
    try {
      prepared = await this.load();
    } catch {
      this.showOnly();
      this.messageLine.textContent = this.text('myCmp.finder.failed');
      return;
    }
    const start = performance.now();
    const answer = findAddress(prepared, text);
    const ms = performance.now() - start;
    this.render(answer);
    // Set once the answer is in the page, so that its presence also says "answered".
    this.dataset['lookupMs'] = ms.toFixed(2);
  }

  /** Hides every part of the answer except those named. */
  private showOnly(...parts: HTMLElement[]): void {
    for (const part of [this.answer, this.reason, this.choose, this.communeLink, this.outside, ...this.cards]) part.hidden = !parts.includes(part);
  }

  private render(answer: AddressAnswer): void {
    switch (answer.kind) {
      case 'address': {
        const rules = this.config.rules.find((r) => r.insee === answer.commune.insee);
        if (!rules) return this.renderOutside(this.text('myCmp.finder.unknown', { communes: this.config.communeNames }));
        const resolution = resolveSectors(rules, placeKey(answer.name), answer.typedNumber);
        const number = answer.typedNumber === undefined ? '' : `${answer.typedNumber}${answer.number?.exact && answer.number.rep ? ` ${answer.number.rep}` : ''} `;
        const street = streetLabel(answer.name);
        const address = `${number}${street}, ${answer.commune.postcodes[0] ?? ''} ${answer.commune.name}`;
        this.heading.textContent = this.text(number ? 'myCmp.finder.answer' : 'myCmp.finder.answerStreet', { address });
        const notes: string[] = [];
        if (resolution.reason) notes.push(this.text(`myCmp.finder.reason.${resolution.reason}`, { address: `${number}${street}`, street: answer.name, place: street, commune: answer.commune.name, number: answer.typedNumber ?? '' }));
        if (answer.number && !answer.number.exact) notes.push(this.text('myCmp.finder.numberUnknown', { number: answer.typedNumber ?? '' }));
        this.reason.textContent = notes.join(' ');
        this.showCards(resolution, answer.position, notes.length > 0);
        this.messageLine.textContent = this.text('myCmp.finder.found', { address, adults: resolution.adults.length, children: resolution.children.length });
        this.heading.focus();
        return;
      }
      case 'choose': {
        this.heading.textContent = this.text('myCmp.finder.choose');
        const number = /^\s*\d+\s*(bis|ter|[a-z])?\b/i.exec(this.input.value)?.[0].trim();
        this.options.replaceChildren(
          ...answer.options.map((option) => {
            const li = document.createElement('li');
            const button = document.createElement('button');
            button.type = 'button';
            button.textContent = `${number ? `${number} ` : ''}${streetLabel(option.name)}, ${option.commune.name}`;
            button.addEventListener('click', () => {
              this.input.value = button.textContent ?? '';
              void this.find(this.input.value);
            });
            li.append(button);
            return li;
          }),
        );
        this.showOnly(this.answer, this.choose);
        this.messageLine.textContent = '';
        this.heading.focus();
        return;
      }
      case 'commune': {
        const rules = this.config.rules.find((r) => r.insee === answer.commune.insee);
        if (rules?.whole) {
          this.heading.textContent = this.text('myCmp.finder.communeWhole', { commune: answer.commune.name });
          this.reason.textContent = '';
          this.showCards(resolveSectors(rules, ''), undefined, false);
        } else {
          this.heading.textContent = this.text('myCmp.finder.communeSplit', { commune: answer.commune.name });
          const link = this.communeLink.querySelector('a');
          if (link) {
            link.href = this.config.communes[answer.commune.insee] ?? '/ressources/mon-cmp/';
            link.textContent = answer.commune.name;
          }
          this.showOnly(this.answer, this.communeLink);
        }
        this.messageLine.textContent = '';
        this.heading.focus();
        return;
      }
      case 'outside':
        return this.renderOutside(this.text('myCmp.finder.outside', { postcode: answer.postcode, communes: this.config.communeNames }));
      case 'unknown':
        return this.renderOutside(this.text('myCmp.finder.unknown', { communes: this.config.communeNames }));
    }
  }

  private showCards(resolution: Resolution, from: Position | undefined, withReason: boolean): void {
    const wanted = new Set([...resolution.adults, ...resolution.children]);
    const shown = this.cards.filter((card) => wanted.has(card.dataset['sector'] ?? ''));
    for (const card of shown) {
      const link = card.querySelector<HTMLAnchorElement>('[data-directions]');
      if (link) link.href = directionsUrl({ lat: Number(link.dataset['lat']), lon: Number(link.dataset['lon']) }, from);
    }
    this.showOnly(this.answer, ...(withReason ? [this.reason] : []), ...shown);
  }

  private renderOutside(message: string): void {
    this.heading.textContent = message;
    this.showOnly(this.answer, this.outside);
    this.messageLine.textContent = '';
    this.heading.focus();
  }
}

define('address-finder', AddressFinder);
