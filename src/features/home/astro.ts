/**
 * The home feature's Astro side: its components, and the collection
 * queries pages need (modules that import astro:content run only inside an
 * Astro build, never in plain Node).
 */
export { default as HomeContent } from './components/HomeContent.astro';
