/**
 * The address index in the browser: fetched from this site once per page,
 * on first use, and shared by <address-finder> and <near-me>. A failed
 * fetch is forgotten so the next try fetches again.
 */
import { prepareIndex, type PreparedIndex } from './address-match.ts';
import type { AddressIndex } from './address-index.ts';

const loads = new Map<string, Promise<PreparedIndex>>();

export function fetchAddressIndex(url: string): Promise<PreparedIndex> {
  let load = loads.get(url);
  if (!load) {
    load = fetch(url)
      .then((response) => {
        if (!response.ok) throw new Error(`address index: HTTP ${response.status}`);
        return response.json() as Promise<AddressIndex>;
      })
      .then(prepareIndex);
    load.catch(() => loads.delete(url));
    loads.set(url, load);
  }
  return load;
}
