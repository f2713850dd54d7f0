/**
 * Where an imported directory entry came from, written by the importers
 * (npm run import:*, features/opendata/import/) into the entry's YAML file. On re-import, a field
 * whose value no longer matches the hash recorded here was edited by hand
 * and is kept. Editors never need to touch this block.
 */
import { z } from 'astro/zod';
import { isoDate } from '../../../core/schema/common.ts';

export const IMPORT_SOURCES = ['spreadsheet', 'hsds', 'finess', 'data-inclusion'] as const;

export const importProvenance = z.object({
  /** Which importer wrote the entry. */
  source: z.enum(IMPORT_SOURCES, { message: `expected one of: ${IMPORT_SOURCES.join(', ')}` }),
  /** The entry's id in the source: FINESS number, HSDS service id, data·inclusion service id, spreadsheet id or slug. */
  sourceId: z.string().min(1),
  /** When the importer last wrote the entry. */
  importedAt: isoDate,
  /** Hash of each field's value as imported; a field whose value no longer matches was edited by hand. */
  fields: z.record(z.string(), z.string().regex(/^[0-9a-f]{16}$/, 'expected a 16-character hash written by the importer')),
});
export type ImportProvenance = z.infer<typeof importProvenance>;
