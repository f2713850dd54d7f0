/**
 * `npm run import:finess -- FILE [--dry-run]`: imports the territory's
 * mental-health establishments from the FINESS extract published on
 * data.gouv.fr. All-or-nothing; see docs/import.md.
 */
import { importCommand, convertFiness } from '../src/features/opendata/index.ts';

importCommand('finess', convertFiness);
