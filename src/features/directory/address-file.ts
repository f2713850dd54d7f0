/**
 * Reads content/addresses.json (written by `npm run import:addresses`) for
 * the build, which publishes it at /ressources/mon-cmp/adresses.json. The
 * file is optional: without it the finder keeps its list of communes and
 * streets. A file of another territory, or hand-edited into another shape,
 * stops the build with what to do.
 */
import { existsSync, readFileSync } from 'node:fs';
import { relative } from 'node:path';
import type { SiteConfig } from '../../core/schema/site.ts';
import { ContentError } from '../../core/content-errors.ts';
import { contentPath } from '../../core/content-dir.ts';
import type { AddressIndex } from './address-index.ts';
import { placeKey } from './sectors-match.ts';
import { loadSiteConfig } from '../../core/site-config.ts';

/** The address index, or undefined when the CLSM has not imported one. */
export function loadAddressIndex(site: SiteConfig, file = contentPath('addresses.json')): AddressIndex | undefined {
  if (!existsSync(file)) return undefined;
  const display = relative(process.cwd(), file) || file;
  const fail = (field: string, message: string): never => {
    throw new ContentError([{ file: display, field, message }]);
  };
  let data: AddressIndex;
  try {
    data = JSON.parse(readFileSync(file, 'utf8')) as AddressIndex;
  } catch (error) {
    return fail('(syntax)', `expected the JSON written by npm run import:addresses (${(error as Error).message}); run the import again`);
  }
  if (data.version !== 1 || !Array.isArray(data.communes) || !Array.isArray(data.streets)) fail('version', 'expected an address index of version 1, as written by npm run import:addresses; run the import again');
  const expected = site.territory.communes.map((c) => c.insee).join(', ');
  const got = data.communes.map((c) => c.insee).join(', ');
  if (expected !== got) fail('communes', `expected the territory's communes of site.yaml (${expected}); the index has ${got || 'none'}: run npm run import:addresses again after changing the territory`);
  return data;
}

/** Where the build publishes the index (src/pages/ressources/mon-cmp/[name].json.ts). */
export const ADDRESS_INDEX_PATH = '/ressources/mon-cmp/adresses.json';

let cached: { index: AddressIndex | undefined } | undefined;

/** Whether the CLSM imported addresses: the finder and "Autour de moi" then take full addresses. */
export function hasAddressIndex(): boolean {
  cached ??= { index: loadAddressIndex(loadSiteConfig()) };
  return cached.index !== undefined;
}

/** The street keys (placeKey) of each commune, by INSEE code: what sectors.yaml's streets are checked against. */
export function streetKeysOf(index: AddressIndex): Map<string, Set<string>> {
  const keys = new Map<string, Set<string>>(index.communes.map((c) => [c.insee, new Set<string>()]));
  for (const [commune, name] of index.streets) keys.get(index.communes[commune]?.insee ?? '')?.add(placeKey(name));
  return keys;
}
