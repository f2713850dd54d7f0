/**
 * Content collections: each wires a loader (files under the content folder,
 * see core/content-dir.ts) to a schema of its feature (features/<name>/schema/). No schema is
 * defined here.
 */
import { defineCollection } from 'astro:content';
import { contentPath } from './core/content-dir.ts';
import { contentGlob } from './core/content-loader.ts';
import { guide, myth, brochure, newsItem, figure } from './features/information/index.ts';
import { page } from './features/clsm/index.ts';
import { pressRelease, factSheet, pressGuide } from './features/press/index.ts';

// Information section (issue #6): guides, myths, brochures, news, pages, figures.
const guides = defineCollection({ loader: contentGlob({ pattern: '**/*.mdx', base: contentPath('guides') }), schema: guide });
const myths = defineCollection({ loader: contentGlob({ pattern: '**/*.mdx', base: contentPath('myths') }), schema: myth });
const brochures = defineCollection({ loader: contentGlob({ pattern: '*.mdx', base: contentPath('brochures') }), schema: brochure });
const news = defineCollection({ loader: contentGlob({ pattern: '**/*.mdx', base: contentPath('news') }), schema: newsItem });
const pages = defineCollection({ loader: contentGlob({ pattern: '**/*.mdx', base: contentPath('pages') }), schema: page });
const figures = defineCollection({ loader: contentGlob({ pattern: '*.yaml', base: contentPath('figures') }), schema: figure });

// Press space (issue #8): releases (embargo applied in features/press/press.ts), fact sheets, guidance for journalists.
const pressReleases = defineCollection({ loader: contentGlob({ pattern: '*.mdx', base: contentPath('press', 'releases') }), schema: pressRelease });
const factSheets = defineCollection({ loader: contentGlob({ pattern: '*.mdx', base: contentPath('press', 'fiches') }), schema: factSheet });
const pressGuides = defineCollection({ loader: contentGlob({ pattern: '*.mdx', base: contentPath('press', 'guides') }), schema: pressGuide });

export const collections = { guides, myths, brochures, news, pages, figures, pressReleases, factSheets, pressGuides };
