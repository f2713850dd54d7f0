/**
 * The opendata feature's build-side API: what pages, tools and other features
 * may use. Plain TypeScript that runs in Node (astro.config.mjs, tools/,
 * unit tests); everything not listed here is internal to the feature.
 */
export { directoryCsv } from './csv-export.ts';
export { directoryGeoJson } from './geojson.ts';
export { TABULAR_FILES, dataPackage, hsdsTableCsv } from './hsds-tabular.ts';
export { importCommand } from './import/cli.ts';
export { convertDataInclusion } from './import/data-inclusion.ts';
export { convertFiness } from './import/finess.ts';
export { convertHsds } from './import/hsds.ts';
export { convertSpreadsheet } from './import/spreadsheet.ts';
export { OPEN_LICENCE, buildDataInclusion, buildHsdsServices, buildHsdsTables, jsonBody, jsonLines } from './opendata.ts';
export { entryFilesIntegration } from './entry-files-integration.ts';
export { convertBan } from './import/ban.ts';
