/**
 * The search feature's build-side API: what pages, tools and other features
 * may use. Plain TypeScript that runs in Node (astro.config.mjs, tools/,
 * unit tests); everything not listed here is internal to the feature.
 */
export { describe, indexSearch, outDirFrom } from './index-search.ts';
