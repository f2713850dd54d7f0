/**
 * The clsm feature's build-side API: what pages, tools and other features
 * may use. Plain TypeScript that runs in Node (astro.config.mjs, tools/,
 * unit tests); everything not listed here is internal to the feature.
 */
export { actionsByAxis, countByStatus, loadActionPlan, loadGovernance, loadReports } from './clsm-data.ts';
export { ACTION_STATUSES, AXES } from './schema/action-plan.ts';
export { page } from './schema/page.ts';
export { annualReports } from './schema/report.ts';
