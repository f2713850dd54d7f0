/**
 * Where the editable content lives. `content/` by default; the benchmark and
 * test fixtures build other content folders by setting CLSM_CONTENT_DIR.
 */
import { resolve } from 'node:path';

export const CONTENT_DIR = resolve(process.env['CLSM_CONTENT_DIR'] ?? 'content');

/** Absolute path of a file inside the content folder. */
export function contentPath(...parts: string[]): string {
  return resolve(CONTENT_DIR, ...parts);
}
