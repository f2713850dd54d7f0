/**
 * The FINESS importer: the national register of health and social
 * establishments, in either of its publications on data.gouv.fr, told apart
 * by their first character: the JSON publication (finess-json.ts) or the
 * CSV extraction (finess-csv.ts). Both give establishments, which
 * finess-establishment.ts turns into entries of the territory, with the
 * FINESS number as their stable id.
 */
import type { ConvertContext } from './cli.ts';
import type { Conversion } from './run.ts';
import { readText } from '../../../core/text-file.ts';
import { readFinessCsv, type ReadEstablishments } from './finess-csv.ts';
import { readFinessJson } from './finess-json.ts';
import { establishmentRecords } from './finess-establishment.ts';

/** Converts a FINESS publication (JSON or CSV, detected) into entry records for the territory's communes. */
export function convertFiness(path: string, display: string, context: ConvertContext): Conversion {
  const read = readText(path, display, { fallback: 'windows-1252' });
  if (!read.ok) return { records: [], problems: [read.problem], notices: [] };
  let found: ReadEstablishments;
  if (read.text.trimStart().startsWith('{')) {
    let document: unknown;
    try {
      document = JSON.parse(read.text);
    } catch (error) {
      return { records: [], problems: [{ file: display, field: '(syntax)', message: `expected the FINESS JSON publication: ${(error as Error).message}` }], notices: [] };
    }
    found = readFinessJson(document, display);
  } else found = readFinessCsv(read.text, display);
  if (found.problems.length > 0) return { records: [], problems: found.problems, notices: found.notices };
  const converted = establishmentRecords(found.establishments, found.extractDate ?? context.today, display, context);
  return { ...converted, notices: [...found.notices, ...converted.notices] };
}
