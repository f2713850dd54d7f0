/**
 * The clsm feature's Astro side: its components, and the collection
 * queries pages need (modules that import astro:content run only inside an
 * Astro build, never in plain Node).
 */
export { default as ActionStatusBadge } from './components/ActionStatusBadge.astro';
export { default as ClsmSections } from './components/ClsmSections.astro';
export { default as EditorialPage } from './components/EditorialPage.astro';
export { default as MemberList } from './components/MemberList.astro';
