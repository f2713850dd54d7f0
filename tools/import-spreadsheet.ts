/**
 * `npm run import:spreadsheet -- FILE [--dry-run]`: imports directory
 * entries from a CSV spreadsheet shaped like templates/annuaire.csv
 * (see docs/import.md). All-or-nothing: with any mistake nothing is written.
 */
import { importCommand, convertSpreadsheet } from '../src/features/opendata/index.ts';

importCommand('spreadsheet', (path, display, context) => convertSpreadsheet(path, display, context));
