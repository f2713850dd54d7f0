/**
 * Re-imports never overwrite what a CLSM edited by hand. Each imported
 * file records a hash of every field as imported; on the next import a
 * field whose current value still has that hash is replaced by the new
 * value, and a field whose value changed (or was removed, or added by
 * hand) is kept as it is.
 */
import { createHash } from 'node:crypto';
import type { ImportProvenance } from '../../directory/index.ts';

type Json = unknown;

function canonical(value: Json): string {
  if (Array.isArray(value)) return `[${value.map(canonical).join(',')}]`;
  if (value !== null && typeof value === 'object') {
    return `{${Object.keys(value)
      .sort()
      .filter((k) => (value as Record<string, Json>)[k] !== undefined)
      .map((k) => `${JSON.stringify(k)}:${canonical((value as Record<string, Json>)[k])}`)
      .join(',')}}`;
  }
  return JSON.stringify(value ?? null);
}

/** A short, stable hash of a field value (key order does not matter). */
export function hashValue(value: Json): string {
  return createHash('sha256').update(canonical(value)).digest('hex').slice(0, 16);
}

export interface MergeResult {
  /** The document to write (provenance block last). */
  document: Record<string, Json>;
  /** Fields whose value the import changed. */
  changed: string[];
  /** Fields kept because they were edited by hand. */
  kept: string[];
}

/**
 * Merges an import into the current file content (undefined for a new
 * entry). `incoming` holds the imported fields; absent fields are absent
 * from the source.
 */
export function mergeImported(
  current: Record<string, Json> | undefined,
  incoming: Record<string, Json>,
  provenance: Omit<ImportProvenance, 'fields'>,
): MergeResult {
  const previous = (current?.['imported'] as ImportProvenance | undefined)?.fields ?? {};
  const document: Record<string, Json> = { ...(current ?? {}) };
  delete document['imported'];
  const fields: Record<string, string> = {};
  const changed: string[] = [];
  const kept: string[] = [];
  const keys = [...new Set([...Object.keys(incoming), ...Object.keys(previous)])];
  for (const key of keys) {
    const value = incoming[key];
    const had = current !== undefined && (key in current || key in previous);
    const recorded = previous[key];
    const handEdited = had && (recorded === undefined ? current?.[key] !== undefined : hashValue(current?.[key]) !== recorded);
    if (handEdited) {
      if (recorded !== undefined) fields[key] = recorded;
      if (value !== undefined && hashValue(value) !== hashValue(current?.[key])) kept.push(key);
      continue;
    }
    if (value === undefined) {
      if (key in document) changed.push(key);
      delete document[key];
      continue;
    }
    if (current === undefined || hashValue(current[key]) !== hashValue(value)) changed.push(key);
    document[key] = value;
    fields[key] = hashValue(value);
  }
  document['imported'] = { ...provenance, fields };
  return { document, changed, kept };
}
