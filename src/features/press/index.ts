/**
 * The press feature's build-side API: what pages, tools and other features
 * may use. Plain TypeScript that runs in Node (astro.config.mjs, tools/,
 * unit tests); everything not listed here is internal to the feature.
 */
export { releaseInstant } from './embargo.ts';
export { previewPath } from './media-kit.ts';
export { factSheet } from './schema/fact-sheet.ts';
export { pressGuide } from './schema/press-guide.ts';
export { pressRelease } from './schema/press-release.ts';
