/**
 * Editorial linter for everything the site publishes in words
 * (CONTENT.md, "Words"): stigmatising wording, Papageno breaches in how
 * suicide is written about (including a method described in body text),
 * the help block that must close every page tagged `suicide`, and sources
 * cited by a site's home page instead of a deep link (source-links.ts). It reads
 * every human-readable string of every content file: the body of Markdown
 * and MDX pages, every string of their front matter, and every string of
 * the YAML data files (events, directory entries, figures, the CLSM's
 * pages, site.yaml). It reports the file, line, column, rule and a
 * suggested wording; it never rewrites.
 *
 * Exceptions, kept few so that nothing slips through:
 * - quotations (« … », “ … ”, " … ") are exempt only where a page quotes
 *   wording in order to refute it: in myth pages and the press guides on
 *   wording (QUOTING_FILES), in the `myth:` field that states the idea
 *   being refuted, and anywhere a quotation follows a refuting cue in its
 *   sentence (REFUTING_CUE: "jamais « … »", "plutôt que « … »"). Elsewhere
 *   a quoted phrase is read like any other, titles in quotes included;
 * - values of machine fields (MACHINE_KEYS: ids, URLs, dates, codes, enum
 *   values) and values that are URLs, paths or e-mail addresses: they are
 *   not read as words by anyone;
 * - code blocks and MDX import/export lines.
 */
import { readYaml, yamlStrings, type YamlString } from '../../core/yaml.ts';
import { frontmatterOf } from './review-freshness.ts';
import { homePageCitations } from './source-links.ts';

export interface LintFinding {
  file: string;
  /** 1-based line in the file. */
  line: number;
  /** 1-based column in the line. */
  column: number;
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

/** Keys whose string values are headlines (titles and summaries): the sensational-word rule applies there. */
const HEADLINE_KEYS = new Set(['title', 'description', 'summary', 'name', 'label', 'theme', 'topic', 'statement', 'myth', 'fact']);

/**
 * Keys whose values are identifiers, codes, dates or URLs, never read as
 * words: ids and slugs, links, dates, enum values checked by the schemas,
 * OpenStreetMap opening hours, postcodes and INSEE codes.
 */
export const MACHINE_KEYS: ReadonlySet<string> = new Set([
  'id', 'url', 'href', 'website', 'email', 'number', 'phone', 'start', 'end', 'startDate', 'endDate', 'date', 'published',
  'updated', 'adopted', 'verifiedOn', 'lastReviewed', 'nextReviewDue', 'embargo', 'lang', 'hours', 'type', 'kind', 'status',
  'axis', 'scope', 'cost', 'callCost', 'appointment', 'delivery', 'categories', 'audiences', 'accessibility', 'languages',
  'tags', 'series', 'cover', 'pdf', 'file', 'poster', 'postcode', 'postcodes', 'insee', 'communes', 'cmp', 'resource',
  'parent', 'relatedFigures', 'easyReadOf', 'licence', 'basemap', 'edition', 'period', 'unit', 'src', 'logo', 'image',
]);

/** Files that quote wording in order to refute it: their quotations are not checked. */
const QUOTING_FILES = /(^|\/)content\/(myths|press\/guides)\//;

/** A value that is a link, a path or an address, not words. */
const NOT_WORDS = /^(https?:|mailto:|tel:|\/|\.\.?\/|[\w.+-]+@[\w-]+\.)\S*$/;

/** One run of words the site publishes, and how to place an index of it in its file. */
interface Prose {
  text: string;
  headline: boolean;
  quotationsExempt: boolean;
  /** Offset in the file of each character of `text`. */
  offsets: (index: number) => number;
}

/** Character ranges of quotations on a line: « … », “ … ”, " … ". */
export function quotedRanges(line: string): [number, number][] {
  const ranges: [number, number][] = [];
  for (const match of line.matchAll(/«[^»]*»|“[^”]*”|"[^"\n]*"/g)) ranges.push([match.index, match.index + match[0].length]);
  return ranges;
}

function isQuoted(ranges: [number, number][], start: number): boolean {
  return ranges.some(([from, to]) => start > from && start < to);
}

/**
 * Words that introduce wording as something not to say ("jamais « un
 * schizophrène »", "plutôt que « un fou »", "Idée reçue : « … »").
 */
const REFUTING_CUE = /(?<![\p{L}])(?:jamais|plut[ôo]t\s+que|au\s+lieu\s+de|[ée]vite[rz]?|ne\s+pas\s+(?:dire|[ée]crire|employer|utiliser)|id[ée]e\s+re[çc]ue|pr[ée]jug[ée]|clich[ée]|on\s+entend|(?:le|du|au|ce)\s+(?:mot|terme)s?|l.expression)(?![\p{L}])/iu;

/** Quotations whose sentence presents them as wording to avoid: they are not checked. */
function refutedQuotations(text: string): [number, number][] {
  return quotedRanges(text).filter(([from]) => {
    const sentenceStart = Math.max(...['.', '!', '?', '\n'].map((mark) => text.lastIndexOf(mark, from - 1))) + 1;
    return REFUTING_CUE.test(text.slice(sentenceStart, from));
  });
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

/** The string values of a YAML text (a data file or a front matter starting at `base`). */
function yamlProse(file: string, yaml: string, base: number): Prose[] {
  let strings: YamlString[];
  try {
    strings = yamlStrings(yaml);
  } catch {
    return []; // invalid YAML is reported by the build with its line and column
  }
  const quoting = QUOTING_FILES.test(file);
  return strings
    .filter((s) => !(s.key !== undefined && MACHINE_KEYS.has(s.key)) && !NOT_WORDS.test(s.value.trim()))
    .map((s) => ({
      text: s.value,
      headline: s.key !== undefined && HEADLINE_KEYS.has(s.key),
      quotationsExempt: quoting || s.key === 'myth',
      offsets: (index: number) => base + (s.offsets[index] ?? s.offsets[0] ?? 0),
    }));
}

/** Every human-readable string of a content file: YAML values, or a page's front matter and body lines. */
export function proseOf(file: string, text: string): Prose[] {
  if (/\.ya?ml$/.test(file)) return yamlProse(file, text, 0);
  const frontmatter = /^---\r?\n([\s\S]*?)\r?\n---(\r?\n|$)/.exec(text);
  const prose: Prose[] = frontmatter ? yamlProse(file, frontmatter[1] ?? '', text.indexOf('\n') + 1) : [];
  const bodyStart = frontmatter ? frontmatter[0].length : 0;
  const lines = text.slice(bodyStart).split('\n');
  const flags = proseLineFlags(lines);
  const quoting = QUOTING_FILES.test(file);
  let offset = bodyStart;
  lines.forEach((line, index) => {
    const start = offset;
    offset += line.length + 1;
    if (!flags[index] || line.trim() === '') return;
    prose.push({ text: line.replace(/\r$/, ''), headline: /^#{1,6}\s/.test(line), quotationsExempt: quoting, offsets: (i) => start + i });
  });
  return prose;
}

/** 1-based line and column of an offset. */
function position(text: string, offset: number): { line: number; column: number } {
  const before = text.slice(0, offset);
  const line = before.split('\n').length;
  return { line, column: offset - before.lastIndexOf('\n') };
}

/** A method of suicide, named (Papageno: never describe the method, anywhere). */
const METHOD = words(
  'pendaison|pendue?s?|s.est\\s+pendue?|se\\s+pendre|d[ée]fenestr[ée]e?s?|d[ée]fenestration|s.est\\s+jet[ée]e?\\s+(?:du|d.un|de|par|sous)|se\\s+jeter\\s+(?:du|d.un|de|par|sous)|sous\\s+un\\s+train|arme\\s+[àa]\\s+feu|s.est\\s+tir[ée]e?\\s+une\\s+balle|immol[ée]e?s?|immolation|noyade|s.est\\s+noy[ée]e?|overdose|surdose|intoxication\\s+m[ée]dicamenteuse|ingestion\\s+de\\s+m[ée]dicaments|comprim[ée]s\\s+aval[ée]s|asphyxie|pont\\s+d[ue]|voie\\s+ferr[ée]e',
);
/** A sentence that is about suicide. */
const ABOUT_SUICIDE = /suicid|mettre\s+fin\s+[àa]\s+(?:ses|leurs|mes|tes)\s+jours|mis\s+fin\s+[àa]\s+ses\s+jours|donn[ée]e?\s+la\s+mort|se\s+tuer|s.est\s+tu[ée]/iu;

/** Sentences of a text with their start index (a method counts only next to suicide). */
function sentences(text: string): { text: string; start: number }[] {
  const out: { text: string; start: number }[] = [];
  for (const match of text.matchAll(/[^.!?…;\n]+[.!?…;]*/g)) out.push({ text: match[0], start: match.index });
  return out;
}

/** Checks the wording of one file: every rule on every string it publishes, with line and column. */
export function lintWording(file: string, text: string): LintFinding[] {
  const findings: LintFinding[] = [];
  const report = (prose: Prose, index: number, rule: string, message: string, suggestion: string) => {
    findings.push({ file, ...position(text, prose.offsets(index)), rule, message, suggestion });
  };
  for (const prose of proseOf(file, text)) {
    const quoted = prose.quotationsExempt ? quotedRanges(prose.text) : refutedQuotations(prose.text);
    for (const rule of WORDING_RULES) {
      if (rule.headlinesOnly && !prose.headline) continue;
      for (const match of prose.text.matchAll(rule.pattern)) {
        if (isQuoted(quoted, match.index)) continue;
        report(prose, match.index, rule.id, rule.message(match[0]), rule.suggestion(match[0]));
      }
    }
    if (prose.headline) continue; // in a headline, the headline rule already names the method
    for (const sentence of sentences(prose.text)) {
      if (!ABOUT_SUICIDE.test(sentence.text)) continue;
      for (const match of sentence.text.matchAll(METHOD)) {
        report(prose, sentence.start + match.index, 'papageno-method', `"${match[0]}" describes a method of suicide`, 'say that the person died by suicide, without the method or the place; add where to get help (3114)');
      }
    }
  }
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
      column: 1,
      rule: 'suicide-help-block',
      message: 'a page tagged "suicide" must end with where to get help',
      suggestion: 'end with a section "## Où trouver de l’aide" that gives the 3114 ([3114](tel:3114)), 24 h/24, free',
    },
  ];
}

/** Every rule on one file (Markdown, MDX or YAML). */
export function lintContent(file: string, text: string): LintFinding[] {
  const isPage = /\.mdx?$/.test(file);
  const help = isPage ? lintSuicideHelp(file, text) : [];
  const frontmatter = isPage ? frontmatterOf(text) : text;
  const sources = frontmatter === undefined ? [] : homePageCitations(file, frontmatter, isPage ? text.indexOf('\n') + 1 : 0, text);
  return [...lintWording(file, text), ...help, ...sources].sort((a, b) => a.line - b.line || a.column - b.column);
}

/** The files the lint reads: every page and data file under the content folder. */
export const LINTED_FILES = /\.(mdx?|ya?ml)$/;

/** `file:line:column: rule: message (suggestion: …)`. */
export function formatFinding(f: LintFinding): string {
  return `${f.file}:${f.line}:${f.column}: ${f.rule}: ${f.message} (suggestion: ${f.suggestion})`;
}
