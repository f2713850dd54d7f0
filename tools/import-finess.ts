/**
 * `npm run import:finess -- FILE [--dry-run]`: imports the territory's
 * mental-health establishments from the FINESS extract published on
 * data.gouv.fr. All-or-nothing; see docs/import.md.
 */
import { importCommand } from '../src/features/opendata/import/cli.ts';
import { convertFiness } from '../src/features/opendata/import/finess.ts';

importCommand('finess', convertFiness);
