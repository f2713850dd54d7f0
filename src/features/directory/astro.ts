/**
 * The directory feature's Astro side: its components, and the collection
 * queries pages need (modules that import astro:content run only inside an
 * Astro build, never in plain Node).
 */
export { default as CmpCard } from './components/CmpCard.astro';
export { default as DirectoryBrowse } from './components/DirectoryBrowse.astro';
export { default as DirectoryData } from './components/DirectoryData.astro';
export { default as ListingPage } from './components/ListingPage.astro';
export { default as NearMe } from './components/NearMe.astro';
export { default as OpenStatus } from './components/OpenStatus.astro';
export { default as OpeningHoursTable } from './components/OpeningHoursTable.astro';
export { default as PlaceFinder } from './components/PlaceFinder.astro';
export { default as ResourceFilters } from './components/ResourceFilters.astro';
export { default as ResourceList } from './components/ResourceList.astro';
