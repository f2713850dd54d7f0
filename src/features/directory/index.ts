/**
 * The directory feature's build-side API: what pages, tools and other features
 * may use. Plain TypeScript that runs in Node (astro.config.mjs, tools/,
 * unit tests); everything not listed here is internal to the feature.
 */
export { categoryCommunePairs, inCommune, pageNumber, pageParams } from './directory-pages.ts';
export { GROUP_CAP, GUIDE_CAP, buildIndex, categoryName, communeChoices, entryPath, groupOf, inCategory, listingPath, placeLine, summarizeWeek, termText, topCategories } from './directory-view.ts';
export { dueDate } from './freshness.ts';
export { hoursProblem } from './hours.ts';
export { resourcePoints } from './map-points.ts';
export { type Directory, type Resource, crossCheck, loadDirectory, loadTaxonomy, topLevel } from './resources.ts';
export { type IMPORT_SOURCES, type ImportProvenance } from './schema/import-provenance.ts';
export { ACCESS_FEATURES, APPOINTMENTS, AUDIENCES, type AccessFeature, type Appointment, type Audience, COSTS, type Cost, type ResourceData, type ResourceInput, accessFeature, resource, resourceId } from './schema/resource.ts';
export { type Taxonomy, slug } from './schema/taxonomy.ts';
export { sectorMap } from './sector-pages.ts';
export { sectorsFile } from './schema/sectors.ts';
export { type CommuneChoice, type SectorPlace } from './sectors.ts';
export { resourceVCard } from './vcard.ts';
export { type DayIntervals, type Interval } from './weekly-hours.ts';
export { type AddressIndex, type AddressStreet, addressIndexJson, decodeCoordinates, encodeCoordinates, houseNumberLabel } from './address-index.ts';
export { loadAddressIndex } from './address-file.ts';
