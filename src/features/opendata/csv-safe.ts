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
/** A number or a phone number and nothing else ("-4.48", "+33 4 72 00 00 00"): no formula can hide in it. */
const PLAIN_NUMBER = /^[+-]?\d[\d .,]*$/;

/**
 * A cell value a spreadsheet will show as text, never run. Plain numbers
 * keep their sign: a negative longitude or an international phone number
 * must stay usable, and nothing can run from digits alone.
 */
export function neutralizeCell(value: string): string {
  return FORMULA_START.test(value) && !PLAIN_NUMBER.test(value) ? `'${value}` : value;
}

/** The value a neutralised cell held, for importers reading our own CSV back. */
export function restoreCell(value: string): string {
  return /^'[=+\-@\t\r]/.test(value) ? value.slice(1) : value;
}

type Cell = string | number | boolean | undefined;
const cellText = (cell: Cell) => (cell === undefined ? '' : typeof cell === 'string' ? neutralizeCell(cell) : String(cell));

/**
 * A table for machines (the HSDS tabular package): plain RFC 4180 CSV as in
 * the standard's example, no byte order mark, text cells neutralised as in
 * safeCsv, since people open these files in a spreadsheet too.
 */
export function tableCsv(header: readonly string[], rows: readonly (readonly Cell[])[]): string {
  return stringify([header.map(neutralizeCell), ...rows.map((row) => row.map(cellText))]);
}

/** A CSV document (header row, CRLF line ends, every text cell neutralised), with a BOM. */
export function safeCsv(header: readonly string[], rows: readonly (readonly Cell[])[]): string {
  return UTF8_BOM + stringify([header.map(neutralizeCell), ...rows.map((row) => row.map(cellText))], { record_delimiter: 'windows', quoted_match: /[;\n\r"]/ });
}
