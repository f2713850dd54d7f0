/**
 * CSV that opens safely in a spreadsheet. A cell starting with `=`, `+`,
 * `-`, `@`, a tab or a carriage return may be run as a formula by Excel,
 * LibreOffice or Google Sheets (CSV injection, OWASP); such cells are
 * prefixed with an apostrophe so they show as text. A UTF-8 byte order mark
 * lets spreadsheets detect the encoding.
 */
import { stringify } from 'csv-stringify/sync';

/** The byte order mark that tells spreadsheets the file is UTF-8. */
export const UTF8_BOM = '\uFEFF';

const FORMULA_START = /^[=+\-@\t\r]/;

/** A cell value a spreadsheet will show as text, never run. */
export function neutralizeCell(value: string): string {
  return FORMULA_START.test(value) ? `'${value}` : value;
}

/** A CSV document (header row, CRLF line ends, every text cell neutralised), with a BOM. */
export function safeCsv(header: readonly string[], rows: readonly (readonly (string | number | boolean | undefined)[])[]): string {
  const cells = rows.map((row) => row.map((cell) => (cell === undefined ? '' : typeof cell === 'string' ? neutralizeCell(cell) : String(cell))));
  return UTF8_BOM + stringify([header.map(neutralizeCell), ...cells], { record_delimiter: 'windows', quoted_match: /[;\n\r"]/ });
}
