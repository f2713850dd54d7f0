/**
 * Name-based UUIDs (RFC 9562 version 5, SHA-1). HSDS wants UUIDs for every
 * id; deriving them from the site address and the entry id keeps them
 * stable from one build to the next, so consumers can follow an entry.
 */
import { createHash } from 'node:crypto';

/** The RFC 9562 URL namespace. */
const URL_NAMESPACE = '6ba7b811-9dad-11d1-80b4-00c04fd430c8';

function bytes(uuid: string): Buffer {
  return Buffer.from(uuid.replace(/-/g, ''), 'hex');
}

/** UUID v5 of `name` in `namespace` (a UUID). */
export function uuidV5(name: string, namespace: string = URL_NAMESPACE): string {
  const hash = createHash('sha1').update(bytes(namespace)).update(name, 'utf8').digest().subarray(0, 16);
  hash[6] = ((hash[6] ?? 0) & 0x0f) | 0x50;
  hash[8] = ((hash[8] ?? 0) & 0x3f) | 0x80;
  const hex = hash.toString('hex');
  return `${hex.slice(0, 8)}-${hex.slice(8, 12)}-${hex.slice(12, 16)}-${hex.slice(16, 20)}-${hex.slice(20)}`;
}

/** A stable id for one part of one entry, e.g. `hsdsId(site, 'cmp-bron', 'phone', 0)`. */
export function hsdsId(siteUrl: string, ...parts: (string | number)[]): string {
  return uuidV5(new URL(`/donnees/hsds/${parts.join('/')}`, siteUrl).href);
}
