/**
 * <sism-now>: recomputes "today" and "this week" with the visitor's clock,
 * so the page stays right on the days after it was built.
 */
import { define, EnhancedElement } from '../../../core/element.ts';
import { sismNow, type NowEvent } from '../sism-now.ts';

class SismNowElement extends EnhancedElement {
  protected enhance(): void {
    const none = this.required('[data-none]');
    const items = [...this.querySelectorAll<HTMLElement>('li[data-event]')];
    const events: NowEvent[] = items.map((li) => ({ id: li.dataset['event'] ?? '', days: (li.dataset['days'] ?? '').split(' '), end: Number(li.dataset['end']) }));
    const unique = [...new Map(events.map((e) => [e.id, e])).values()];
    const now = sismNow(unique, this.dataset['start'] ?? '', this.dataset['end'] ?? '', new Date());
    for (const block of this.querySelectorAll<HTMLElement>('[data-state]')) block.hidden = block.dataset['state'] !== now.state;
    for (const [list, ids] of [['today', now.today], ['week', now.week]] as const) {
      const container = this.querySelector<HTMLElement>(`[data-list="${list}"]`);
      if (!container) continue;
      let shown = 0;
      for (const li of container.querySelectorAll<HTMLElement>('li[data-event]')) {
        li.hidden = !ids.includes(li.dataset['event'] ?? '');
        if (!li.hidden) shown += 1;
      }
      container.hidden = shown === 0;
    }
    none.hidden = now.state !== 'during' || now.today.length + now.week.length > 0;
  }
}

define('sism-now', SismNowElement);
