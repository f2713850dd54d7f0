/**
 * The two files published for each directory entry besides its page: a
 * contact card (/ressources/<id>.vcf, listed entries) and its HSDS service
 * (/donnees/hsds/services/<id>.json, every entry, closed ones as defunct).
 * The build writes them in one pass (src/features/opendata/entry-files-integration.ts);
 * `astro dev` serves them from routes/ (this feature).
 */
import { loadDirectory, type Directory, type Resource, resourceVCard, entryPath, summarizeWeek } from '../directory/index.ts';
import { loadSiteConfig } from '../../core/site-config.ts';
import { hsdsServiceOf, jsonBody } from './opendata.ts';

export interface EntryFile {
  /** Path in the site, e.g. "/ressources/gem-bron.vcf". */
  path: string;
  body: string;
}

/** The contact card of a listed entry. */
export function entryVCard(entry: Resource): string {
  const url = new URL(entryPath(entry), loadSiteConfig().url).href;
  const note = entry.compiledHours ? summarizeWeek('fr', entry.compiledHours) : undefined;
  return resourceVCard(entry, url, note);
}

/** The HSDS service of an entry, as published; undefined for an unknown id. */
export function entryHsds(id: string, directory: Directory = loadDirectory()): string | undefined {
  const service = hsdsServiceOf(id, directory);
  return service && jsonBody(service);
}

/** Every per-entry file of the directory. */
export function* entryFiles(directory: Directory = loadDirectory()): Generator<EntryFile> {
  for (const entry of directory.listed) yield { path: `/ressources/${entry.id}.vcf`, body: entryVCard(entry) };
  for (const entry of directory.all) {
    const body = entryHsds(entry.id, directory);
    if (body) yield { path: `/donnees/hsds/services/${entry.id}.json`, body };
  }
}
