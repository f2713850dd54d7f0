/**
 * The events feature's Astro side: its components, and the collection
 * queries pages need (modules that import astro:content run only inside an
 * Astro build, never in plain Node).
 */
export { default as EditionHeading } from './components/EditionHeading.astro';
export { default as EventSummary } from './components/EventSummary.astro';
export { default as ProgrammeFilters } from './components/ProgrammeFilters.astro';
export { default as ProgrammeLinks } from './components/ProgrammeLinks.astro';
export { default as ProgrammeList } from './components/ProgrammeList.astro';
export { default as SismNow } from './components/SismNow.astro';
export { default as PastEventNotice } from './components/PastEventNotice.astro';
export { default as PrintButton } from './components/PrintButton.astro';
