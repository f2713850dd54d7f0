/**
 * <past-event data-end="ms">: shows its "this event is over" notice once
 * the visitor's clock passes the end, even when the page was built before.
 */
class PastEvent extends HTMLElement {
  connectedCallback(): void {
    const end = Number(this.dataset['end']);
    const notice = this.querySelector<HTMLElement>('[data-past]');
    if (notice && Number.isFinite(end)) notice.hidden = Date.now() < end;
  }
}

if (!customElements.get('past-event')) customElements.define('past-event', PastEvent);
