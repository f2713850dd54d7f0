import { describe, expect, it } from 'vitest';
import { formatFinding, lintContent, lintSuicideHelp, lintWording, quotedRanges } from './content-lint.ts';

const page = (body: string, frontmatter = 'title: Une page\nlang: fr') => `---\n${frontmatter}\n---\n\n${body}\n`;
const rules = (text: string) => lintContent('content/x.mdx', text).map((f) => f.rule);

describe('person-first rule', () => {
  it('flags a diagnosis used as a noun, with a person-first suggestion', () => {
    const [finding] = lintWording('content/x.mdx', page('Un schizophrène vit dans le quartier.'));
    expect(finding).toMatchObject({ line: 6, rule: 'person-first' });
    expect(finding?.suggestion).toBe('une personne vivant avec une schizophrénie');
    expect(lintWording('x', page('Les bipolaires sont accueillis.'))[0]?.suggestion).toBe('des personnes vivant avec un trouble bipolaire');
  });

  it('accepts person-first wording and adjectives after a noun', () => {
    expect(rules(page('Une personne vivant avec une schizophrénie. Le trouble bipolaire se soigne. Les troubles psychotiques aussi.'))).toEqual([]);
  });
});

describe('stigmatising words', () => {
  it.each(['Ce sont des fous.', 'Une maison de fous', 'un malade mental', 'les malades mentaux', 'Il est psychopathe.', 'une maladie mentale'])('flags "%s"', (text) => {
    expect(rules(page(text))).toContain('stigmatising-word');
  });

  it('does not flag "fou rire", other words that contain the letters, or quotations being refuted', () => {
    expect(rules(page('Un fou rire. Un fouet, une foule, un tarif, des follicules.'))).toEqual([]);
    expect(rules(page('Idée reçue : « Aller voir un psy, c’est pour les fous. »'))).toEqual([]);
    expect(rules(page('Le mot “fou” blesse.'))).toEqual([]);
  });

  it('checks frontmatter titles and summaries, with their line numbers', () => {
    const findings = lintWording('content/x.mdx', '---\ntitle: Les fous du quartier\nlang: fr\n---\n');
    expect(findings.map((f) => [f.line, f.rule])).toEqual([[2, 'stigmatising-word']]);
  });

  it('ignores code blocks and MDX imports', () => {
    expect(rules(page('```\nles fous\n```\n\nimport Fou from "../../tests/unit/fous.astro";'))).toEqual([]);
  });
});

describe('Papageno wording', () => {
  it.each([
    ['Il a réussi son suicide.', 'papageno-wording'],
    ['un suicide réussi', 'papageno-wording'],
    ['Elle a commis un suicide.', 'papageno-wording'],
    ['après une tentative ratée', 'papageno-wording'],
    ['une tentative de suicide manquée', 'papageno-wording'],
  ])('flags "%s"', (text, rule) => {
    const findings = lintWording('x', page(text));
    expect(findings.map((f) => f.rule)).toEqual([rule]);
    expect(findings[0]?.suggestion.length).toBeGreaterThan(5);
  });

  it('accepts the recommended wording', () => {
    expect(rules(page('Il est mort par suicide. Elle a survécu à une tentative de suicide. Parler du suicide aide.'))).toEqual([]);
  });

  it('flags a method or a sensational word in a title, summary or heading only', () => {
    expect(rules(page('## Un drame dans le quartier'))).toEqual(['papageno-headline']);
    expect(rules(page('texte', 'title: Suicide par pendaison\nsummary: Une vague de suicides'))).toEqual(['papageno-headline', 'papageno-headline']);
    // The same words in body text are not headline breaches (a guide may explain what to do after a drama).
    expect(rules(page('Après un drame, on peut demander de l’aide.'))).toEqual([]);
  });
});

describe('help block on suicide pages', () => {
  const suicidePage = (body: string) => page(body, 'title: Parler du suicide\ntags: [suicide]');

  it('accepts a page that ends with where to get help (3114)', () => {
    expect(lintSuicideHelp('x', suicidePage('## Parler\n\nTexte.\n\n## Où trouver de l’aide\n\nAppelez le [3114](tel:3114).'))).toEqual([]);
  });

  it('flags a page whose 3114 is not at the end', () => {
    const findings = lintSuicideHelp('content/myths/fr/x.mdx', suicidePage('Appelez le 3114.\n\n## Comment en parler\n\nÉcoutez.'));
    expect(findings).toHaveLength(1);
    expect(findings[0]?.rule).toBe('suicide-help-block');
    expect(formatFinding(findings[0]!)).toMatch(/^content\/myths\/fr\/x\.mdx:\d+: suicide-help-block: .*\(suggestion: .*3114/);
  });

  it('does not apply to pages not tagged suicide', () => {
    expect(lintSuicideHelp('x', page('## Titre\n\nTexte sans numéro.'))).toEqual([]);
  });
});

describe('quotations', () => {
  it('finds French and English quotation marks', () => {
    expect(quotedRanges('a « b » c “d” e "f"')).toEqual([[2, 7], [10, 13], [16, 19]]);
  });
});
