/**
 * <myth-quiz>: turns a list of statements with visible answers into a
 * self-quiz. Without JavaScript the answers stay visible as plain content.
 * With it, each answer is hidden behind "Vrai" / "Faux" buttons; the result
 * is announced through a live region.
 *
 * Markup expected inside the element:
 *   <li data-quiz-item data-answer="true|false">
 *     <p data-quiz-statement>…</p>
 *     <div data-quiz-answer>…</div>
 *   </li>
 * Labels come from data attributes: data-label-true, data-label-false,
 * data-label-right, data-label-wrong, data-label-group.
 */
class MythQuiz extends HTMLElement {
  connectedCallback(): void {
    if (this.dataset['enhanced'] === 'true') return;
    this.dataset['enhanced'] = 'true';
    const labels = {
      yes: this.dataset['labelTrue'] ?? 'Vrai',
      no: this.dataset['labelFalse'] ?? 'Faux',
      right: this.dataset['labelRight'] ?? 'Bonne réponse.',
      wrong: this.dataset['labelWrong'] ?? 'Pas tout à fait.',
      group: this.dataset['labelGroup'] ?? 'Votre réponse',
    };
    this.querySelectorAll<HTMLElement>('[data-quiz-item]').forEach((item, index) => {
      const answer = item.querySelector<HTMLElement>('[data-quiz-answer]');
      if (!answer) return;
      const correct = item.dataset['answer'] === 'true';
      answer.hidden = true;

      const group = document.createElement('div');
      group.className = 'quiz-buttons';
      group.setAttribute('role', 'group');
      group.setAttribute('aria-label', `${labels.group} (${index + 1})`);
      const feedback = document.createElement('p');
      feedback.className = 'quiz-feedback';
      feedback.setAttribute('role', 'status');

      for (const [value, text] of [[true, labels.yes], [false, labels.no]] as const) {
        const button = document.createElement('button');
        button.type = 'button';
        button.textContent = text;
        button.setAttribute('aria-pressed', 'false');
        button.addEventListener('click', () => {
          group.querySelectorAll('button').forEach((b) => b.setAttribute('aria-pressed', String(b === button)));
          feedback.textContent = value === correct ? labels.right : labels.wrong;
          feedback.dataset['result'] = value === correct ? 'right' : 'wrong';
          answer.hidden = false;
        });
        group.append(button);
      }
      answer.before(group, feedback);
    });
  }
}

if (!customElements.get('myth-quiz')) customElements.define('myth-quiz', MythQuiz);
