/**
 * Media kit helpers: where a file's preview lives, and the ZIP of every
 * file, built at build time with fflate (Node's zlib cannot write ZIP
 * archives). Pure code apart from reading the files.
 */
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { zipSync } from 'fflate';

/** Preview of a kit file: "/presse/kit-media/photo.jpg" → "/presse/kit-media/apercus/photo.webp"; SVGs are their own preview. */
export function previewPath(file: string): string {
  if (file.endsWith('.svg')) return file;
  const name = file.slice(file.lastIndexOf('/') + 1).replace(/\.[a-z]+$/, '');
  return `${file.slice(0, file.lastIndexOf('/'))}/apercus/${name}.webp`;
}

/** A ZIP of the given site files (read from public/) plus a credits text, with a fixed date so builds are reproducible. */
export function zipKit(files: readonly string[], credits: string): Uint8Array<ArrayBuffer> {
  const mtime = new Date('2026-01-01T00:00:00Z');
  const entries: Record<string, [Uint8Array, { mtime: Date; level: 0 | 9 }]> = {};
  for (const file of files) {
    const name = file.slice(file.lastIndexOf('/') + 1);
    // Images are already compressed: store them; compress text formats.
    entries[name] = [readFileSync(resolve('public', `.${file}`)), { mtime, level: /\.(svg|txt)$/.test(name) ? 9 : 0 }];
  }
  entries['credits-et-licences.txt'] = [new TextEncoder().encode(credits), { mtime, level: 9 }];
  // A copy typed on a plain ArrayBuffer, as Response bodies require.
  return new Uint8Array(zipSync(entries));
}
