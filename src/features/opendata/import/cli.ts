/**
 * The command line shared by the importers:
 *
 *   npm run import:<kind> -- FILE [--dry-run] [--dir content/resources]
 *
 * Converts FILE, then imports all-or-nothing (run.ts) and prints what was
 * (or would be) created, updated and left alone, or every problem as
 * `file:row: field: expected`. Exit code 1 when nothing was written
 * because of problems.
 */
import { relative, resolve } from 'node:path';
import { parseArgs } from 'node:util';
import type { SiteConfig } from '../../../core/schema/site.ts';
import type { Taxonomy } from '../../directory/index.ts';
import { ContentError, formatProblem } from '../../../core/content-errors.ts';
import { contentPath } from '../../../core/content-dir.ts';
import { todayInParis } from '../../../core/clock.ts';
import { loadTaxonomy } from '../../directory/index.ts';
import { loadSiteConfig } from '../../../core/site-config.ts';
import { reportLines, runImport, type Conversion, type ImportResult, type ImportSource } from './run.ts';

export interface ConvertContext {
  site: SiteConfig;
  taxonomy: Taxonomy;
  today: string;
}

export type Converter = (path: string, display: string, context: ConvertContext) => Conversion;

export interface ImportFileOptions {
  dryRun?: boolean;
  /** Folder of entry files; default content/resources (CLSM_CONTENT_DIR honoured). */
  dir?: string;
  today?: string;
  site?: SiteConfig;
  taxonomy?: Taxonomy;
}

/** Converts and imports one file; the programmatic form of the command. */
export function importFile(source: ImportSource, convert: Converter, path: string, options: ImportFileOptions = {}): ImportResult {
  const site = options.site ?? loadSiteConfig();
  const taxonomy = options.taxonomy ?? loadTaxonomy();
  const today = options.today ?? todayInParis();
  const display = relative(process.cwd(), resolve(path)) || path;
  const conversion = convert(resolve(path), display, { site, taxonomy, today });
  return runImport(conversion, { source, dir: options.dir ?? contentPath('resources'), site, taxonomy, today, dryRun: options.dryRun ?? false });
}

/** Runs the command with process.argv and exits. */
export function importCommand(source: ImportSource, convert: Converter): void {
  const { values, positionals } = parseArgs({
    allowPositionals: true,
    options: { 'dry-run': { type: 'boolean', default: false }, dir: { type: 'string' }, today: { type: 'string' } },
  });
  const file = positionals[0];
  if (!file || positionals.length > 1) {
    console.error(`usage: npm run import:${source} -- FILE [--dry-run] [--dir FOLDER]`);
    process.exit(2);
  }
  try {
    const dryRun = values['dry-run'] ?? false;
    const result = importFile(source, convert, file, { dryRun, ...(values.dir ? { dir: resolve(values.dir) } : {}), ...(values.today ? { today: values.today } : {}) });
    const lines = reportLines(result, dryRun);
    (result.problems.length > 0 ? console.error : console.log)(lines.join('\n'));
    process.exit(result.problems.length > 0 ? 1 : 0);
  } catch (error) {
    if (error instanceof ContentError) {
      console.error(error.problems.map(formatProblem).join('\n'));
      process.exit(1);
    }
    throw error;
  }
}
