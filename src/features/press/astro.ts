/**
 * The press feature's collection queries: modules that import astro:content
 * run only inside an Astro build, never in plain Node, so they stay out of
 * index.ts. Its components are imported from components/ one by one: a page
 * bundles the CSS of every component it imports, rendered or not.
 */
export { PRESS_PATHS, type ReleaseEntry, factSheetUrl, factSheets, loadExperts, loadMediaKit, mediaKitZip, pressGuideUrl, pressGuides, releasePdf, releasePdfUrl, releaseUrl, releases } from './press.ts';
