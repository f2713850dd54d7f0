/** <print-button>: reveals its button (which needs JavaScript) and opens the print dialog. */
class PrintButton extends HTMLElement {
  connectedCallback(): void {
    const button = this.querySelector('button');
    if (!button) return;
    button.hidden = false;
    button.addEventListener('click', () => window.print());
  }
}

if (!customElements.get('print-button')) customElements.define('print-button', PrintButton);
