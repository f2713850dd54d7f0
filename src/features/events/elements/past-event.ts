/**
 * <past-event data-end="ms">: shows its "this event is over" notice once
 * the visitor's clock passes the end, even when the page was built before.
 */
import { define, EnhancedElement } from '../../../core/element.ts';

class PastEvent extends EnhancedElement {
  protected enhance(): void {
    const notice = this.required('[data-past]');
    const end = Number(this.dataset['end']);
    if (Number.isFinite(end)) notice.hidden = Date.now() < end;
  }
}

define('past-event', PastEvent);
