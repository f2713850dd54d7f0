/**
 * The shape of bench/results.json: one record per size, and figures derived
 * from them (build time per page, ratios to the baseline, growth).
 */
import type { AddressBench } from './address.ts';
import type { BaselineMeasure } from './baseline.ts';
import type { BuildMeasure } from './build-steps.ts';
import type { DirectoryFilterBench } from './directory-filter.ts';
import type { WholeDirectoryJson } from './directory-json.ts';
import type { ImportBench } from './import.ts';
import type { ContoursBench } from './contours.ts';
import type { Scores } from './lighthouse.ts';
import type { MapBench } from './map.ts';
import type { PageLoad } from './page-load.ts';
import type { SearchBench } from './search.ts';
import type { SizeSpec } from './sizes.ts';

export interface PageRow {
  type: string;
  path: string;
  load?: PageLoad;
  lighthouse?: Scores;
}

export interface SizeResult {
  size: SizeSpec;
  contentDir: string;
  distDir: string;
  build?: BuildMeasure;
  baseline?: BaselineMeasure;
  pages: PageRow[];
  directory?: DirectoryFilterBench;
  map?: MapBench;
  search?: SearchBench;
  wholeDirectoryJson?: WholeDirectoryJson;
  /** The address index of "Quel est mon CMP ?" and the time to answer an address. */
  addresses?: AddressBench;
  /** Steps that failed or were stopped, and why: the run goes on with what it has. */
  errors: string[];
}

export interface BenchResults {
  date: string;
  node: string;
  cpus: number;
  sizes: SizeResult[];
  spreadsheetImport?: ImportBench;
  /** Size of the territory outlines import:contours writes. */
  contours?: ContoursBench;
  /** Wall clock of the whole run, seconds. */
  seconds?: number;
}

/** Seconds of `astro build` plus the search index: what `npm run build` costs. */
export function fullBuildSeconds(build: BuildMeasure): number {
  return Math.round((build.astro.seconds + build.index.seconds) * 10) / 10;
}

/** Build time per HTML page, ms (astro build plus index). */
export function msPerPage(build: BuildMeasure): number {
  return build.output.pages ? Math.round((fullBuildSeconds(build) * 1000 * 10) / build.output.pages) / 10 : 0;
}

export function ratio(a: number, b: number): number {
  return b ? Math.round((a / b) * 100) / 100 : 0;
}
