/**
 * What the open-data endpoints under /donnees/ share: the HSDS context of
 * the build, the licence, and the list of published files.
 */
import { loadDirectory, type Directory } from './resources.ts';
import { loadSiteConfig } from './site-config.ts';
import { hsdsServices, type HsdsContext, type HsdsObject } from './hsds.ts';

/** Licence Ouverte / Open Licence 2.0 (Etalab), the usual licence of French public open data. */
export const OPEN_LICENCE = {
  name: 'etalab-2.0',
  title: 'Licence Ouverte / Open Licence version 2.0',
  path: 'https://www.etalab.gouv.fr/licence-ouverte-open-licence/',
} as const;

/** The context every HSDS id is derived from. */
export function buildHsdsContext(directory: Directory = loadDirectory()): HsdsContext {
  return { siteUrl: loadSiteConfig().url, taxonomy: directory.taxonomy };
}

/** Every entry as an HSDS service (closed ones as `defunct`). */
export function buildHsdsServices(directory: Directory = loadDirectory()): HsdsObject[] {
  return hsdsServices(directory.all, buildHsdsContext(directory));
}

/** JSON for a download: two-space indentation, final newline. */
export function jsonBody(value: unknown): string {
  return JSON.stringify(value, null, 2) + '\n';
}
