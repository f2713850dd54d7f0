/**
 * The territory feature's build-side API: `npm run init` and
 * `npm run import:contours` (tools/), and the bench.
 */
export { CommuneQueryError, splitQuery } from './communes.ts';
export { ContoursError, readContours, territoryGeoJson } from './contours.ts';
export { planInit } from './init.ts';
export { planContoursImport } from './import-contours.ts';
