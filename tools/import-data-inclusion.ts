/**
 * `npm run import:data-inclusion -- FOLDER|services.json [--dry-run]`:
 * imports data·inclusion structures and services (national schema v1) of
 * the territory as draft entries, to be checked. All-or-nothing; see
 * docs/import.md.
 */
import { importCommand, convertDataInclusion } from '../src/features/opendata/index.ts';

importCommand('data-inclusion', convertDataInclusion);
