import { describe, expect, it } from 'vitest';
import { mkdirSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { formatFinding, lintContent, lintSuicideHelp, lintWording, quotedRanges } from './content-lint.ts';
import { lintAllContent } from './content-quality.ts';

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
    expect(formatFinding(findings[0]!)).toMatch(/^content\/myths\/fr\/x\.mdx:\d+:\d+: suicide-help-block: .*\(suggestion: .*3114/);
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

describe('every string the site publishes', () => {
  const at = (findings: ReturnType<typeof lintContent>) => findings.map((f) => [f.line, f.column, f.rule]);

  it('reads a front-matter title written in quotes, with its line and column', () => {
    expect(at(lintContent('content/news/fr/x.mdx', '---\ntitle: "Les fous du quartier"\nlang: fr\n---\n\nTexte.\n'))).toEqual([[2, 13, 'stigmatising-word']]);
  });

  it('reads the prose of YAML data files: an event description, a folded block, a list, the topic field', () => {
    const event = 'title: Ciné-débat\ndescription: >\n  Un film sur la vie\n  des malades mentaux.\nstart: 2026-10-13T18:00\n';
    expect(at(lintContent('content/events/x.yaml', event))).toEqual([[4, 7, 'stigmatising-word']]);
    expect(at(lintContent('content/clsm/x.yaml', 'actions:\n  - title: Accueil\n    partners: [CCAS, les psychopathes]\n'))).toEqual([[3, 26, 'stigmatising-word']]);
    expect(at(lintContent('content/press/fiches/x.mdx', '---\ntitle: La santé\ntopic: les aliénés\n---\n'))).toEqual([[3, 12, 'stigmatising-word']]);
  });

  it('skips machine fields (ids, URLs, dates, codes) but not the words around them', () => {
    expect(lintContent('content/resources/x.yaml', 'id: fou\nurl: https://example.org/les-fous\ncategories: [fous]\nname: Accueil\n')).toEqual([]);
  });

  it('reads a quoted phrase unless its sentence presents it as wording to avoid', () => {
    expect(rules(page('Un film sur « les fous » du quartier.'))).toEqual(['stigmatising-word']);
    expect(rules(page('Dire « mourir par suicide », jamais « suicide réussi » ni « commettre un suicide ».'))).toEqual([]);
    expect(rules(page('Parler d’« une personne vivant avec une schizophrénie », jamais d’« un schizophrène ».'))).toEqual([]);
    // Myth pages quote the idea they refute.
    expect(lintContent('content/myths/fr/x.mdx', page('« Les fous sont dangereux » : c’est faux.'))).toEqual([]);
  });
});

describe('a method of suicide described in body text', () => {
  it.each([
    'Il s’est suicidé par pendaison dans sa cellule.',
    'Elle a mis fin à ses jours en se jetant d’un pont du périphérique.',
    'Un jeune homme s’est donné la mort avec une arme à feu.',
  ])('flags "%s"', (text) => {
    expect(rules(page(text))).toContain('papageno-method');
  });

  it('flags it in YAML prose too, at the method', () => {
    const [finding] = lintContent('content/news/x.yaml', 'title: Un décès\nnote: Décès par suicide, par overdose de médicaments.\n');
    expect(finding).toMatchObject({ line: 2, column: 30, rule: 'papageno-method' });
  });

  it('does not flag the same words away from suicide (harm reduction, places)', () => {
    expect(rules(page('Le CAARUD prévient les overdoses. Rendez-vous au pont de Cusset. Le 3114 répond sur le suicide.'))).toEqual([]);
  });
});

describe('the lint over the content folder', () => {
  it('reads every page and data file, YAML included', () => {
    const dir = mkdtempSync(join(tmpdir(), 'lint-'));
    mkdirSync(join(dir, 'events'));
    writeFileSync(join(dir, 'events', 'x.yaml'), 'title: Les fous du quartier\n');
    writeFileSync(join(dir, 'page.mdx'), '---\ntitle: Page\n---\n\nTexte.\n');
    const { files, findings } = lintAllContent(dir);
    expect(files).toBe(2);
    expect(findings.map((f) => f.rule)).toEqual(['stigmatising-word']);
  });

  it('finds nothing in the sample content', () => {
    expect(lintAllContent().findings.map(formatFinding)).toEqual([]);
  });
});
