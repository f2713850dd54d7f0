/** <print-button>: reveals its button (which needs JavaScript) and opens the print dialog. */
import { define, EnhancedElement } from '../../../core/element.ts';

class PrintButton extends EnhancedElement {
  protected enhance(): void {
    const button = this.required<HTMLButtonElement>('button');
    button.hidden = false;
    button.addEventListener('click', () => window.print());
  }
}

define('print-button', PrintButton);
