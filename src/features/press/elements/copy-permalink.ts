/**
 * <copy-permalink>: a click on a `a[data-permalink]` inside it copies the
 * link's absolute URL with the Clipboard API and says so in its status
 * region. Without JavaScript, or if copying fails, the link still leads to
 * the anchor and the URL is in the address bar.
 */
import { define, EnhancedElement } from '../../../core/element.ts';

class CopyPermalink extends EnhancedElement {
  protected enhance(): void {
    this.addEventListener('click', (event) => {
      const link = event.target instanceof Element ? event.target.closest<HTMLAnchorElement>('a[data-permalink]') : null;
      if (!link || !navigator.clipboard) return;
      event.preventDefault();
      const url = new URL(link.getAttribute('href') ?? '', window.location.href).href;
      history.replaceState(null, '', url);
      navigator.clipboard.writeText(url).then(
        () => this.announce(link, this.text('press.permalink.copied', { url })),
        () => {
          window.location.hash = new URL(url).hash;
          this.announce(link, this.text('press.permalink.failed'));
        },
      );
    });
  }

  /** Writes the message in the status region next to the link (created once, polite). */
  private announce(link: HTMLElement, message: string): void {
    const holder = link.closest('p') ?? link;
    let status = holder.nextElementSibling instanceof HTMLElement && holder.nextElementSibling.matches('[data-permalink-status]') ? holder.nextElementSibling : null;
    if (!status) {
      status = document.createElement('p');
      status.setAttribute('role', 'status');
      status.dataset['permalinkStatus'] = '';
      holder.after(status);
    }
    status.textContent = message;
  }
}

define('copy-permalink', CopyPermalink);
