/**
 * `npm run import:hsds -- FILE|FOLDER [--dry-run]`: imports directory
 * entries from Open Referral HSDS 3.0 (JSON documents or a CSV data
 * package folder). All-or-nothing; see docs/import.md.
 */
import { importCommand } from '../src/features/opendata/import/cli.ts';
import { convertHsds } from '../src/features/opendata/import/hsds.ts';

importCommand('hsds', convertHsds);
