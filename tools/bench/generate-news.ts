/**
 * Synthetic news articles for the benchmark (content/news/fr/*.mdx): dated
 * over two years, with a summary and a few paragraphs of plain French. The
 * frontmatter is checked with the news schema before anything is written.
 */
import { writeYaml } from '../../src/core/yaml.ts';
import { newsItem } from '../../src/features/information/index.ts';
import type { ContentProblem } from '../../src/core/content-errors.ts';
import { random } from './random.ts';

const SUBJECTS = ['le groupe d’entraide mutuelle', 'la maison des adolescents', 'le centre médico-psychologique', 'le conseil local de santé mentale', 'les associations de familles', 'la médiathèque', 'le centre social'];
const ACTIONS = ['ouvre une nouvelle permanence', 'publie son rapport d’activité', 'lance un groupe de parole', 'accueille de nouveaux bénévoles', 'propose des ateliers gratuits', 'change ses horaires d’accueil'];
const PARAGRAPHS = [
  'Les rencontres ont lieu chaque mois, dans une salle accessible en fauteuil roulant. Elles sont ouvertes aux personnes concernées, à leurs proches et aux professionnels qui souhaitent mieux connaître les ressources du territoire.',
  'Le conseil local de santé mentale réunit les élus, les équipes de psychiatrie, les associations d’usagers et de familles et les acteurs du logement, de l’emploi et de l’éducation. Il travaille à rendre les soins et l’accompagnement plus simples d’accès.',
  'Pour toute question, l’équipe de coordination répond par courriel et par téléphone du lundi au vendredi. Les comptes rendus des réunions sont publiés sur ce site.',
  'Cette initiative s’inscrit dans le plan d’action adopté en assemblée plénière. Elle a été construite avec les personnes concernées, qui ont participé à chaque étape.',
  'Les places sont limitées : l’inscription est conseillée mais pas obligatoire. Un accueil en langue des signes peut être organisé sur demande, une semaine à l’avance.',
  'Prendre soin de sa santé mentale, c’est aussi savoir vers qui se tourner. Le répertoire des lieux d’aide du territoire présente les services, leurs horaires et leurs conditions d’accès.',
];
const TAGS = ['clsm', 'sism', 'soins', 'logement', 'jeunesse', 'aidants', 'emploi'];

export interface GeneratedArticle {
  /** File name without .mdx: yyyy-mm-dd-slug. */
  id: string;
  /** The whole MDX file. */
  text: string;
  frontmatter: Record<string, unknown>;
}

/** `count` articles as written in MDX. */
export function syntheticArticles(count: number, seed = 13): GeneratedArticle[] {
  const rand = random(seed);
  const articles: GeneratedArticle[] = [];
  for (let i = 1; i <= count; i++) {
    const date = new Date(Date.UTC(2025, 0, 2) + rand.int(0, 700) * 86_400_000).toISOString().slice(0, 10);
    const subject = rand.pick(SUBJECTS);
    const action = rand.pick(ACTIONS);
    const title = `${subject.charAt(0).toUpperCase()}${subject.slice(1)} ${action} (exemple ${i})`;
    const frontmatter = {
      title,
      date,
      summary: `${title}. Une information du réseau local de santé mentale, publiée à titre d’exemple pour le banc d’essai.`,
      lang: 'fr',
      tags: [rand.pick(TAGS)],
      example: true,
    };
    // Consecutive paragraphs from a random start: no paragraph twice in an article.
    const first = rand.int(0, PARAGRAPHS.length - 1);
    const body = Array.from({ length: rand.int(3, 5) }, (_, k) => PARAGRAPHS[(first + k) % PARAGRAPHS.length]);
    articles.push({ id: `${date}-exemple-${i}`, frontmatter, text: `---\n${writeYaml(frontmatter)}---\n\n${body.join('\n\n')}\n` });
  }
  return articles;
}

/** Problems of the generated frontmatter, as the news schema reports them. */
export function articleProblems(articles: readonly GeneratedArticle[]): ContentProblem[] {
  return articles.flatMap(({ id, frontmatter }) => {
    const parsed = newsItem.safeParse(frontmatter);
    return parsed.success ? [] : parsed.error.issues.map((issue) => ({ file: `synthetic article ${id}`, field: issue.path.join('.'), message: issue.message }));
  });
}
