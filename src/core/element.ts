/**
 * The base of the site's custom elements. Each element enhances markup the
 * server already rendered (the page works without JavaScript), so each
 * needs the same three things, done one way:
 *
 * - the child markup it works on: `required(selector)` finds it or stops
 *   the element with a console error naming the element and the selector
 *   (a silent return left a dead control that no test noticed; browser
 *   tests fail on any console error);
 * - its strings, in the page's language: the server writes them with
 *   `elementStrings()` (core/i18n/i18n.ts) into `data-strings`, and
 *   `text(key, values)` / `plural(key, count, values)` read them, the
 *   plural chosen by `Intl.PluralRules` for the element's language, with an
 *   explicit zero form ("Aucun lieu") when the strings have one;
 * - `{placeholder}` filling, with core/fill.ts like the server's `t()`.
 */
import { fill } from './fill.ts';

export { fill };

/** Thrown by `required()`; caught by `connectedCallback`, which reports it once. */
export class MissingMarkupError extends Error {}

/** Defines an element once, whichever of the page's scripts loads it first. */
export function define(name: string, constructor: CustomElementConstructor): void {
  if (!customElements.get(name)) customElements.define(name, constructor);
}

const pluralRules = new Map<string, Intl.PluralRules>();

export abstract class EnhancedElement extends HTMLElement {
  #strings: Readonly<Record<string, string>> | undefined;
  #enhanced = false;

  connectedCallback(): void {
    // An element moved in the DOM is connected again: enhance it once.
    if (this.#enhanced) return;
    this.#enhanced = true;
    try {
      this.enhance();
    } catch (error) {
      if (!(error instanceof MissingMarkupError)) throw error;
      console.error(error.message);
    }
  }

  /** Adds the behaviour to the server-rendered markup. Called once, when the element is first connected. */
  protected abstract enhance(): void;

  /** A child the element cannot work without. */
  protected required<T extends Element = HTMLElement>(selector: string): T {
    const found = this.querySelector<T>(selector);
    if (!found) throw new MissingMarkupError(`<${this.localName}>: expected ${selector} inside the element; it is left as the server rendered it.`);
    return found;
  }

  /** JSON the server wrote for the element in a child `<script type="application/json">`. */
  protected requiredJson<T>(selector: string): T {
    return JSON.parse(this.required<HTMLScriptElement>(selector).textContent ?? '') as T;
  }

  /** The language of the element's text (its closest `lang`), for plurals and formats. */
  protected get language(): string {
    return this.closest('[lang]')?.getAttribute('lang') ?? 'fr';
  }

  /** The element's strings: `data-strings` by default; elements that share a page-wide block override it. */
  protected strings(): Readonly<Record<string, string>> {
    this.#strings ??= JSON.parse(this.dataset['strings'] ?? '{}') as Record<string, string>;
    return this.#strings;
  }

  /** A string with its placeholders filled; the key itself when the page did not provide it. */
  protected text(key: string, values: Readonly<Record<string, string | number>> = {}): string {
    return fill(this.strings()[key] ?? key, values);
  }

  /**
   * The form of `key` for `count`: `key.zero` when the count is 0 and the
   * strings have one, else the CLDR category of the language (`key.one`,
   * `key.other` …), else `key.other`. `{count}` is filled in.
   */
  protected plural(key: string, count: number, values: Readonly<Record<string, string | number>> = {}): string {
    const strings = this.strings();
    let rules = pluralRules.get(this.language);
    if (!rules) pluralRules.set(this.language, (rules = new Intl.PluralRules(this.language)));
    const form = count === 0 && `${key}.zero` in strings ? 'zero' : rules.select(count);
    const template = strings[`${key}.${form}`] ?? strings[`${key}.other`] ?? key;
    return fill(template, { count, ...values });
  }
}
