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
 * Strings (data-strings): quiz.true, quiz.false, quiz.right, quiz.wrong, quiz.group.
 */
import { define, EnhancedElement } from '../../../core/element.ts';

class MythQuiz extends EnhancedElement {
  protected enhance(): void {
    this.required('[data-quiz-item]');
    this.querySelectorAll<HTMLElement>('[data-quiz-item]').forEach((item, index) => {
      const answer = item.querySelector<HTMLElement>('[data-quiz-answer]');
      if (!answer) {
        console.error(`<myth-quiz>: expected [data-quiz-answer] in item ${index + 1}; it is left visible.`);
        return;
      }
      const correct = item.dataset['answer'] === 'true';
      answer.hidden = true;

      const group = document.createElement('div');
      group.className = 'quiz-buttons';
      group.setAttribute('role', 'group');
      group.setAttribute('aria-label', `${this.text('quiz.group')} (${index + 1})`);
      const feedback = document.createElement('p');
      feedback.className = 'quiz-feedback';
      feedback.setAttribute('role', 'status');

      for (const [value, key] of [[true, 'quiz.true'], [false, 'quiz.false']] as const) {
        const button = document.createElement('button');
        button.type = 'button';
        button.textContent = this.text(key);
        button.setAttribute('aria-pressed', 'false');
        button.addEventListener('click', () => {
          group.querySelectorAll('button').forEach((b) => b.setAttribute('aria-pressed', String(b === button)));
          feedback.textContent = this.text(value === correct ? 'quiz.right' : 'quiz.wrong');
          feedback.dataset['result'] = value === correct ? 'right' : 'wrong';
          answer.hidden = false;
        });
        group.append(button);
      }
      answer.before(group, feedback);
    });
  }
}

define('myth-quiz', MythQuiz);
