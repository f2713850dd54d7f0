/**
 * The sector map as the /ressources/mon-cmp/ pages use it: loaded once per
 * build against the directory, with the CMP entries resolved.
 */
import { loadDirectory, findResource, type Resource } from './resources.ts';
import { loadSectors, type SectorMap } from './sectors.ts';
import { loadAddressIndex, streetKeysOf } from './address-file.ts';
import { loadSiteConfig } from '../../core/site-config.ts';
import { translate, type UiKey } from '../../core/i18n/i18n.ts';
import { directoryPath } from './directory-view.ts';
import type { Language } from '../../core/schema/site.ts';
import { partWords, type StreetPart } from './sector-rules.ts';

let cached: SectorMap | null | undefined;

/** The validated sector map, or null when the CLSM has no content/sectors.yaml. */
export function sectorMap(): SectorMap | null {
  if (cached !== undefined) return cached;
  const directory = loadDirectory();
  const site = loadSiteConfig();
  const index = loadAddressIndex(site);
  const streetKeys = index ? streetKeysOf(index) : undefined;
  cached = loadSectors({ site, entryIds: new Set(directory.listed.map((r) => r.id)), streetKeys }) ?? null;
  return cached;
}

/** The directory entry of a sector's CMP (checked to exist when the map was loaded). */
export function cmpEntry(id: string): Resource {
  const entry = findResource(loadDirectory(), id);
  if (!entry) throw new Error(`sectors: CMP entry "${id}" vanished from the directory`);
  return entry;
}

/** URL of the answer page for a place path ("bron", "villeurbanne/rue-leon-blum"); no path: the finder itself. */
export function myCmpPath(path: string | undefined, lang: Language = 'fr'): string {
  return `${directoryPath(lang)}${translate(lang, 'directory.path.myCmp')}/${path === undefined ? '' : `${path}/`}`;
}

/** A part of a split street in words, for the static pages. */
export function partLabel(lang: Language, part: StreetPart): string {
  return partWords(part, (key, values) => translate(lang, key as UiKey, values));
}
