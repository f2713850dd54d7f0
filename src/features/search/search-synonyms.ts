/**
 * Words residents type that a page does not contain: acronyms and their
 * spelled-out forms, everyday words for clinical ones. The indexing script
 * appends the matching words to each page's indexed text (never shown), so
 * a search for "CMP" finds a page that only says "centre
 * médico-psychologique", and "déprime" finds pages about depression. The
 * search box sends the query as typed: all the work is done here, at build
 * time, in one table that can be reviewed.
 *
 * `same`: every word of the group is added when any of them is on the page.
 * `when`/`add`: the `add` words are added when one of `when` is on the page
 * (one way: a page about "psychiatre" is found by "psy", a page that says
 * "psy" is not made to say "psychiatre").
 * Matching ignores case, accents, apostrophes and hyphens; a trailing `*`
 * matches any ending ("psychiatr*": psychiatre, psychiatrie, psychiatrique).
 */
import type { Language } from '../../core/schema/site.ts';

export type SynonymRule = { same: readonly string[] } | { when: readonly string[]; add: readonly string[] };

export const SEARCH_SYNONYMS: Record<Language, readonly SynonymRule[]> = {
  fr: [
    // Acronyms of the mental health system, both ways.
    { same: ['CMP', 'centre médico-psychologique', 'centres médico-psychologiques'] },
    { same: ['CMPP', 'centre médico-psycho-pédagogique'] },
    { same: ['CATTP', 'centre d’accueil thérapeutique à temps partiel'] },
    { same: ['GEM', 'groupe d’entraide mutuelle', 'groupes d’entraide mutuelle'] },
    { same: ['MDPH', 'maison départementale des personnes handicapées'] },
    { same: ['CCAS', 'centre communal d’action sociale'] },
    { same: ['CSAPA', 'centre de soins, d’accompagnement et de prévention en addictologie'] },
    { same: ['CAARUD', 'centre d’accueil et d’accompagnement à la réduction des risques'] },
    { same: ['BAPU', 'bureau d’aide psychologique universitaire'] },
    { same: ['ESAT', 'établissement et service d’aide par le travail'] },
    { same: ['MDA', 'maison des adolescents'] },
    { same: ['CLIC', 'centre local d’information et de coordination'] },
    { same: ['CLSM', 'conseil local de santé mentale'] },
    { same: ['SISM', 'semaines d’information sur la santé mentale'] },
    { same: ['SAMU', 'service d’aide médicale urgente'] },
    { same: ['FALC', 'facile à lire et à comprendre'] },
    { same: ['PSSM', 'premiers secours en santé mentale'] },
    { same: ['UNAFAM', 'union nationale de familles et amis de personnes malades et/ou handicapées psychiques'] },
    // Everyday words for professional ones.
    { when: ['psychiatr*', 'psycholog*', 'psychothérap*', 'pédopsychiatr*'], add: ['psy'] },
    { when: ['psychiatre*', 'pédopsychiatre*'], add: ['médecin'] },
    { when: ['dépression*', 'dépressi*', 'déprimé*'], add: ['déprime', 'déprimé'] },
    { when: ['urgences', 'crise', 'SAMU', '3114', 'détresse'], add: ['urgence'] },
    { when: ['suicid*'], add: ['suicide', 'idées noires'] },
    { when: ['addict*', 'dépendance*'], add: ['addiction', 'drogue', 'alcool'] },
    { when: ['psychotrope*', 'antidépresseur*', 'neuroleptique*', 'anxiolytique*'], add: ['médicament', 'traitement'] },
    { when: ['anxiété', 'anxieux', 'angoisse*'], add: ['stress', 'angoisse', 'anxiété'] },
    { when: ['aidant*'], add: ['proche', 'famille'] },
    { when: ['adolescen*'], add: ['ado', 'jeune'] },
    { when: ['hébergement*'], add: ['logement'] },
    { when: ['logement*'], add: ['hébergement'] },
    { when: ['soins sans consentement', 'hospitalisation sous contrainte'], add: ['internement', 'hospitalisation sans consentement'] },
  ],
  en: [
    { same: ['CMP', 'community mental health centre', 'centre médico-psychologique'] },
    { same: ['GEM', 'peer support group', 'groupe d’entraide mutuelle'] },
    { same: ['CLSM', 'local mental health council'] },
    { same: ['SISM', 'mental health information weeks'] },
    { same: ['GP', 'general practitioner', 'family doctor'] },
    { when: ['psychiatr*', 'psycholog*', 'psychotherap*'], add: ['psych', 'psy'] },
    { when: ['depress*'], add: ['depression', 'low mood'] },
    { when: ['emergenc*', 'crisis', '3114'], add: ['emergency', 'urgent'] },
    { when: ['suicid*'], add: ['suicide', 'suicidal thoughts'] },
    { when: ['carer*', 'caregiver*'], add: ['carer', 'family', 'relatives'] },
    { same: ['SAMU', 'ambulance', 'medical emergency'] },
    { same: ['MDPH', 'disability office'] },
    { same: ['CMPP', 'child guidance centre'] },
    { when: ['psycholog*'], add: ['psychologist', 'therapist', 'counsellor', 'counselor'] },
    { when: ['psychiatr*'], add: ['psychiatrist'] },
    { when: ['anxiety', 'anxious', 'panic*'], add: ['anxiety', 'stress'] },
    { when: ['addiction*', 'alcohol*', 'drug*'], add: ['addiction', 'substance use'] },
    { when: ['young people', 'teenager*', 'student*'], add: ['youth', 'student'] },
    // English pages of directory entries carry the CLSM's French description:
    // its words make the page findable with the English words a reader types.
    { when: ['urgence*', 'crise', 'détresse', 'suicid*'], add: ['emergency', 'crisis'] },
    { when: ['psychologue*'], add: ['psychologist', 'therapist'] },
    { when: ['psychiatre*', 'psychiatrie'], add: ['psychiatrist', 'psychiatry'] },
    { when: ['logement*', 'hébergement*'], add: ['housing', 'accommodation'] },
    { when: ['aidant*', 'proches'], add: ['carer', 'family'] },
    { when: ['écoute', 'ligne d’écoute'], add: ['helpline', 'listening'] },
  ],
};

/** Lower case, no accents, apostrophes and hyphens as spaces, single spaces. */
export function foldForSearch(text: string): string {
  return text
    .normalize('NFD')
    .replace(/\p{M}+/gu, '')
    .toLowerCase()
    .replace(/[’'‘`\-‐‑–—/]/g, ' ')
    .replace(/[^\p{L}\p{N}*]+/gu, ' ')
    .trim();
}

function escapeRegExp(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}

/** A matcher for one table word in folded text: whole words, `*` as any ending. */
function wordPattern(word: string): RegExp {
  const prefix = word.endsWith('*');
  const folded = foldForSearch(prefix ? word.slice(0, -1) : word);
  return new RegExp(`(?:^| )${escapeRegExp(folded)}${prefix ? '' : '(?= |$)'}`);
}

const compiled = new Map<string, RegExp>();
function matches(foldedText: string, word: string): boolean {
  let pattern = compiled.get(word);
  if (!pattern) {
    pattern = wordPattern(word);
    compiled.set(word, pattern);
  }
  return pattern.test(foldedText);
}

/**
 * The words to add to a page's indexed text: those of every rule the page
 * triggers, minus the ones it already contains. Empty when nothing applies.
 */
export function synonymsFor(text: string, lang: Language, rules: readonly SynonymRule[] = SEARCH_SYNONYMS[lang]): string[] {
  const folded = foldForSearch(text);
  const added = new Set<string>();
  for (const rule of rules) {
    const [triggers, words] = 'same' in rule ? [rule.same, rule.same] : [rule.when, rule.add];
    if (!triggers.some((word) => matches(folded, word))) continue;
    for (const word of words) if (!word.endsWith('*') && !matches(folded, word)) added.add(word);
  }
  return [...added];
}
