/**
 * The alternative to a search index: shipping the whole directory as one
 * JSON file and searching it in the browser. Its size is the gzip size of a
 * JSON array holding every entry's searchable text (name, description,
 * organisation, commune, categories), read from the content folder.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';
import { readYaml } from '../../src/core/yaml.ts';

export interface WholeDirectoryJson {
  entries: number;
  raw: number;
  gzip: number;
}

interface EntryText {
  name?: string;
  description?: string;
  organization?: { name?: string };
  location?: { commune?: string };
  categories?: string[];
}

/** YAML files under `dir`, subfolders included, in a stable order. */
export function yamlFilesUnder(dir: string): string[] {
  return readdirSync(dir, { recursive: true, encoding: 'utf8' })
    .filter((name) => /\.ya?ml$/.test(name))
    .sort()
    .map((name) => join(dir, name));
}

export function wholeDirectoryJson(contentDir: string): WholeDirectoryJson {
  const rows = yamlFilesUnder(join(contentDir, 'resources')).map((file) => {
    const e = readYaml(readFileSync(file, 'utf8')) as EntryText;
    return [e.name ?? '', e.description ?? '', e.organization?.name ?? '', e.location?.commune ?? '', (e.categories ?? []).join(' ')];
  });
  const bytes = Buffer.from(JSON.stringify(rows));
  return { entries: rows.length, raw: bytes.length, gzip: gzipSync(bytes, { level: 6 }).length };
}
