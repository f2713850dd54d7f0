/**
 * Content collections: each wires a loader (files under the content folder,
 * see lib/content-dir.ts) to a schema from src/schemas/. No schema is
 * defined here.
 */
import { defineCollection } from 'astro:content';
import { glob } from 'astro/loaders';
import { contentPath } from './lib/content-dir.ts';
import { guide } from './schemas/guide.ts';
import { myth } from './schemas/myth.ts';
import { brochure } from './schemas/brochure.ts';
import { newsItem } from './schemas/news.ts';
import { page } from './schemas/page.ts';
import { figure } from './schemas/figure.ts';

// Information section (issue #6): guides, myths, brochures, news, pages, figures.
const guides = defineCollection({ loader: glob({ pattern: '**/*.mdx', base: contentPath('guides') }), schema: guide });
const myths = defineCollection({ loader: glob({ pattern: '**/*.mdx', base: contentPath('myths') }), schema: myth });
const brochures = defineCollection({ loader: glob({ pattern: '*.mdx', base: contentPath('brochures') }), schema: brochure });
const news = defineCollection({ loader: glob({ pattern: '**/*.mdx', base: contentPath('news') }), schema: newsItem });
const pages = defineCollection({ loader: glob({ pattern: '**/*.mdx', base: contentPath('pages') }), schema: page });
const figures = defineCollection({ loader: glob({ pattern: '*.yaml', base: contentPath('figures') }), schema: figure });

export const collections = { guides, myths, brochures, news, pages, figures };
