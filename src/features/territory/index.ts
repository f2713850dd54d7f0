/**
 * The territory feature's build-side API: `npm run init` and
 * `npm run import:contours` (tools/), and the bench.
 */
export { CommuneQueryError, resolveCommunes, splitQuery } from './communes.ts';
export { ContoursError, contoursBbox, readContours, territoryGeoJson } from './contours.ts';
export { planInit, type InitOptions, type InitPlan } from './init.ts';
export { planContoursImport } from './import-contours.ts';
