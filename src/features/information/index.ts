/**
 * The information feature's build-side API: what pages, tools and other features
 * may use. Plain TypeScript that runs in Node (astro.config.mjs, tools/,
 * unit tests); everything not listed here is internal to the feature.
 */
export { easyReadPartner, inSeries, seriesInUse } from './brochures.ts';
export { formatFinding } from './content-lint.ts';
export { lintAllContent } from './content-quality.ts';
export { PENDING_DEEP_LINKS } from './source-links.ts';
export { glossaryAbbrPlugin } from './glossary-abbr.ts';
export { loadGlossary, sortedTerms } from './glossary.ts';
export { FEED_PATHS, newestFirst } from './news-feed.ts';
export { formatFileSize } from './pdf-info.ts';
export { frontmatterOf, overdueReviews } from './review-freshness.ts';
export { brochure, sitePdfPath } from './schema/brochure.ts';
export { figure } from './schema/figure.ts';
export { glossary, glossaryAnchor } from './schema/glossary.ts';
export { guide } from './schema/guide.ts';
export { myth } from './schema/myth.ts';
export { newsItem } from './schema/news.ts';
export { checkReviewDates, reviewShape, source } from './schema/review.ts';
export { contentQuality } from './content-quality.ts';
export { brochureSeriesUrl, brochureUrl, mythUrl } from './urls.ts';
