import { describe, expect, it } from 'vitest';
import { myth } from './myth.ts';

const base = {
  myth: '« La dépression, il suffit de se secouer. »',
  fact: 'La dépression est une maladie qui se soigne.',
  title: 'La dépression n’est pas un manque de volonté',
  order: 5,
  lang: 'fr',
  reviewer: 'Dr Exemple',
  lastReviewed: '2026-10-20',
  nextReviewDue: '2027-10-20',
  sources: [{ title: 'Baromètre', publisher: 'Santé publique France', url: 'https://www.santepubliquefrance.fr/x' }],
};

describe('myth quiz', () => {
  it('refuses a quiz statement without its own explanation (the myth’s fact answers another question)', () => {
    const result = myth.safeParse({ ...base, quiz: { statement: 'Une personne sur six a vécu un épisode dépressif.', answer: true } });
    expect(result.success).toBe(false);
    expect(result.error?.issues.map((i) => i.path.join('.'))).toContain('quiz.explanation');
  });

  it('accepts a statement with the explanation of its answer', () => {
    const quiz = { statement: 'Une personne sur six a vécu un épisode dépressif.', answer: true, explanation: '15,6 % des 18-79 ans en 2024 (Santé publique France).' };
    expect(myth.safeParse({ ...base, quiz }).error?.issues).toBeUndefined();
  });
});
