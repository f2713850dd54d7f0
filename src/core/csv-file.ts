/**
 * Spreadsheets as people send them: exported as CSV from LibreOffice or
 * Excel, with `;` or `,` between cells, a byte-order mark, headers in any
 * case and with or without accents. Every importer reads them here, so they
 * accept and refuse the same files with the same messages.
 */
import { parse } from 'csv-parse/sync';
import type { ContentProblem } from './content-errors.ts';
import { slugify } from './slug.ts';
import { readText } from './text-file.ts';

/** The comma, semicolon or tab that separates the header's cells. */
export function delimiterOf(text: string): string {
  const first = text.split(/\r?\n/, 1)[0] ?? '';
  const counts = [',', ';', '\t'].map((d) => [d, first.split(d).length] as const).sort((a, b) => b[1] - a[1]);
  return counts[0]?.[0] ?? ',';
}

/** The rows of a CSV file (the header first), or why it cannot be read. */
export function readCsvRows(path: string, display: string): { ok: true; rows: string[][] } | { ok: false; problem: ContentProblem } {
  if (/\.(xlsx?|ods)$/i.test(path)) {
    return { ok: false, problem: { file: display, field: '(file)', message: 'expected a CSV file, not a workbook: in LibreOffice choose "Enregistrer sous" > "Texte CSV" with "Unicode (UTF-8)"; in Excel choose "CSV UTF-8 (délimité par des virgules)"' } };
  }
  const read = readText(path, display);
  if (!read.ok) return read;
  try {
    const rows = parse(read.text, { delimiter: delimiterOf(read.text), relax_column_count: true, skip_empty_lines: false, relax_quotes: true }) as string[][];
    return { ok: true, rows };
  } catch (error) {
    return { ok: false, problem: { file: display, field: '(syntax)', message: `expected a CSV file: ${(error as Error).message}` } };
  }
}

/** Headers and cells compared whatever their case, accents, apostrophes and spacing. */
export function sameHeader(a: string, b: string): boolean {
  return slugify(a) === slugify(b);
}

/**
 * True when a cell would run as a formula in a spreadsheet: it starts with
 * "=" or "@", or with "+"/"-" followed by a function or a command rather
 * than a number (phone numbers and negative coordinates stay allowed).
 */
export function looksLikeFormula(cell: string): boolean {
  const t = cell.replace(/^[\t\r ]+/, '');
  return /^[=@]/.test(t) || /^[+-]\s*[A-Za-z_(]/.test(t);
}

/** The message for a cell that looks like a formula. */
export function formulaMessage(value: string): string {
  return `expected plain text, not a spreadsheet formula: "${value.slice(0, 40)}" (remove the leading "${value.trim()[0]}")`;
}
