/**
 * `npm run import:hsds -- FILE|FOLDER [--dry-run]`: imports directory
 * entries from Open Referral HSDS 3.0 (JSON documents or a CSV data
 * package folder). All-or-nothing; see docs/import.md.
 */
import { importCommand, convertHsds } from '../src/features/opendata/index.ts';

importCommand('hsds', convertHsds);
