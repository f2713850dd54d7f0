/**
 * Editorial linter for MDX content (CONTENT.md, "Words"): stigmatising
 * wording, Papageno breaches in how suicide is written about, and the help
 * block that must close every page tagged `suicide`. It reports, with the
 * file, line, rule and a suggested wording; it never rewrites.
 *
 * Quotations are exempt: a myth page must be able to quote « les fous »
 * in order to refute it. Text between « », “ ” or " " is not checked.
 */
import { readYaml } from '../../core/yaml.ts';
import { frontmatterOf } from './review-freshness.ts';

export interface LintFinding {
  file: string;
  /** 1-based line in the file. */
  line: number;
  /** Rule id, e.g. "person-first". */
  rule: string;
  /** What is wrong. */
  message: string;
  /** A better wording. */
  suggestion: string;
}

/** A wording rule: a pattern and what to say about each match. */
interface WordingRule {
  id: string;
  pattern: RegExp;
  message: (match: string) => string;
  suggestion: (match: string) => string;
  /** Only in titles, summaries and headings (where Papageno forbids sensational words). */
  headlinesOnly?: boolean;
}

const L = '\\p{L}';
/** Whole-word, case-insensitive pattern (\b does not know accented letters). */
function words(body: string): RegExp {
  return new RegExp(`(?<![${L}])(?:${body})(?![${L}])`, 'giu');
}

const CONDITIONS: Record<string, string> = {
  schizophrène: 'une schizophrénie',
  bipolaire: 'un trouble bipolaire',
  autiste: 'un trouble du spectre de l’autisme',
  psychotique: 'un trouble psychotique',
  anorexique: 'une anorexie',
  paranoïaque: 'une paranoïa',
  toxicomane: 'une addiction',
};

export const WORDING_RULES: readonly WordingRule[] = [
  {
    id: 'person-first',
    // A determiner followed by a diagnosis used as a noun: "un schizophrène", "les bipolaires".
    pattern: words(`(?:un|une|des|les|le|la|ce|cette|ces|aux|du)\\s+(?:${Object.keys(CONDITIONS).join('|')})s?`),
    message: (m) => `"${m}" reduces a person to a diagnosis`,
    suggestion: (m) => {
      const noun = Object.keys(CONDITIONS).find((k) => m.toLowerCase().includes(k)) ?? 'schizophrène';
      const plural = /^(des|les|ces|aux)\s/i.test(m);
      return `${plural ? 'des personnes vivant' : 'une personne vivant'} avec ${CONDITIONS[noun]}`;
    },
  },
  {
    id: 'stigmatising-word',
    pattern: words('fous|folles?|fou(?!\\s+(?:rire|de\\s+joie))|cingl[ée]e?s?|dingues?|tar[ée]e?s?|psychopathes?|ali[ée]n[ée]e?s?|d[ée]s[ée]quilibr[ée]e?s?|d[ée]ments?|d[ée]mentes?'),
    message: (m) => `"${m}" is stigmatising`,
    suggestion: () => 'name the situation or the condition: "une personne en souffrance psychique", "une personne vivant avec un trouble psychique"',
  },
  {
    id: 'stigmatising-word',
    pattern: words('malades?\\s+(?:mentaux|mentale?s?)|maladies?\\s+mentales?'),
    message: (m) => `"${m}" is stigmatising and vague`,
    suggestion: (m) => (/maladie/i.test(m) ? 'un trouble psychique' : 'une personne vivant avec un trouble psychique'),
  },
  {
    id: 'papageno-wording',
    pattern: words('suicides?\\s+r[ée]ussie?s?|r[ée]ussi(?:r)?\\s+(?:son|sa|leur)\\s+suicide|r[ée]ussi\\s+[àa]\\s+se\\s+suicider'),
    message: (m) => `"${m}" presents suicide as a success`,
    suggestion: () => '"est mort(e) par suicide", "s’est suicidé(e)"',
  },
  {
    id: 'papageno-wording',
    pattern: words('(?:commis|commettre|commet|commettent|commettait)\\s+(?:un|son|le)\\s+suicide'),
    message: (m) => `"${m}" treats suicide as a crime`,
    suggestion: () => '"s’est suicidé(e)", "est mort(e) par suicide"',
  },
  {
    id: 'papageno-wording',
    pattern: words('tentatives?\\s+(?:de\\s+suicide\\s+)?(?:rat[ée]e?s?|manqu[ée]e?s?|avort[ée]e?s?)|suicides?\\s+rat[ée]s?'),
    message: (m) => `"${m}" presents survival as a failure`,
    suggestion: () => '"une tentative de suicide", "a survécu à une tentative de suicide"',
  },
  {
    id: 'papageno-headline',
    headlinesOnly: true,
    pattern: words('pendaison|pendue?|d[ée]fenestr[ée]e?s?|d[ée]fenestration|s.est\\s+jet[ée]e?|overdose|arme\\s+[àa]\\s+feu|immol[ée]e?|immolation|[ée]pid[ée]mie\\s+de\\s+suicides|vague\\s+de\\s+suicides|drame|tragique|choc|horreur'),
    message: (m) => `"${m}" names a method or is sensational in a title, summary or heading`,
    suggestion: () => 'a factual title without method, place or dramatic word; put where to get help (3114) in the text',
  },
];

/** Frontmatter fields that are headlines (titles and summaries). */
const HEADLINE_FIELDS = /^(title|description|summary)\s*:/;

/** Character ranges of quotations on a line: « … », “ … ”, " … ". */
export function quotedRanges(line: string): [number, number][] {
  const ranges: [number, number][] = [];
  for (const match of line.matchAll(/«[^»]*»|“[^”]*”|"[^"\n]*"/g)) ranges.push([match.index, match.index + match[0].length]);
  return ranges;
}

function isQuoted(ranges: [number, number][], start: number): boolean {
  return ranges.some(([from, to]) => start > from && start < to);
}

/** Lines that are not prose: code fences and their content, MDX import/export. */
function proseLineFlags(lines: string[]): boolean[] {
  let inFence = false;
  return lines.map((line) => {
    if (/^\s*(```|~~~)/.test(line)) {
      inFence = !inFence;
      return false;
    }
    return !inFence && !/^(import|export)\s/.test(line);
  });
}

/** Checks the wording of one file. */
export function lintWording(file: string, text: string): LintFinding[] {
  const lines = text.split(/\r?\n/);
  const frontmatterEnd = text.startsWith('---') ? lines.indexOf('---', 1) : -1;
  const prose = proseLineFlags(lines);
  const findings: LintFinding[] = [];
  lines.forEach((line, index) => {
    if (!prose[index] || line === '---') return;
    const inFrontmatter = index <= frontmatterEnd;
    const isHeadline = inFrontmatter ? HEADLINE_FIELDS.test(line.trim()) : /^#{1,6}\s/.test(line);
    // In frontmatter, only headline fields are prose worth checking against all rules, plus myth/fact texts.
    if (inFrontmatter && !isHeadline && !/^\s*(myth|fact|statement)\s*:/.test(line)) return;
    const quoted = quotedRanges(line);
    for (const rule of WORDING_RULES) {
      if (rule.headlinesOnly && !isHeadline) continue;
      for (const match of line.matchAll(rule.pattern)) {
        if (isQuoted(quoted, match.index)) continue;
        findings.push({ file, line: index + 1, rule: rule.id, message: rule.message(match[0]), suggestion: rule.suggestion(match[0]) });
      }
    }
  });
  return findings;
}

/** A page tagged `suicide` must end with where to get help: its last section mentions 3114. */
export function lintSuicideHelp(file: string, text: string): LintFinding[] {
  const frontmatter = frontmatterOf(text);
  if (frontmatter === undefined) return [];
  const data = readYaml(frontmatter) as { tags?: unknown } | null;
  const tags = Array.isArray(data?.tags) ? data.tags : [];
  if (!tags.includes('suicide')) return [];
  const lines = text.split(/\r?\n/);
  const lastHeading = lines.reduce((last, line, index) => (/^#{1,6}\s/.test(line) ? index : last), -1);
  const blocks = lines.join('\n').trimEnd().split(/\n\s*\n/);
  const lastBlock = blocks[blocks.length - 1] ?? '';
  const lastSection = lastHeading >= 0 ? lines.slice(lastHeading).join('\n') : lastBlock;
  if (/3114/.test(lastSection) && /3114/.test(lastBlock)) return [];
  return [
    {
      file,
      line: lines.length,
      rule: 'suicide-help-block',
      message: 'a page tagged "suicide" must end with where to get help',
      suggestion: 'end with a section "## Où trouver de l’aide" that gives the 3114 ([3114](tel:3114)), 24 h/24, free',
    },
  ];
}

/** Every rule on one file. */
export function lintContent(file: string, text: string): LintFinding[] {
  return [...lintWording(file, text), ...lintSuicideHelp(file, text)].sort((a, b) => a.line - b.line);
}

/** `file:line: rule: message (suggestion: …)`. */
export function formatFinding(f: LintFinding): string {
  return `${f.file}:${f.line}: ${f.rule}: ${f.message} (suggestion: ${f.suggestion})`;
}
