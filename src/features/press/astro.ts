/**
 * The press feature's Astro side: its components, and the collection
 * queries pages need (modules that import astro:content run only inside an
 * Astro build, never in plain Node).
 */
export { default as PressContact } from './components/PressContact.astro';
export { default as PressHelpBlock } from './components/PressHelpBlock.astro';
export { default as ReleaseList } from './components/ReleaseList.astro';
export { PRESS_PATHS, type ReleaseEntry, factSheetUrl, factSheets, loadExperts, loadMediaKit, mediaKitZip, pressGuideUrl, pressGuides, releasePdf, releasePdfUrl, releaseUrl, releases } from './press.ts';
export { default as CopyPermalinks } from './components/CopyPermalinks.astro';
