/** Shared by the check scripts: record pass/fail counts for the test summary. */
import { mkdirSync, writeFileSync } from 'node:fs';

export interface Counts {
  passed: number;
  failed: number;
}

/** Writes `test-results/<name>.json`, which tools/test/test-all.ts sums up. */
export function recordCounts(name: string, counts: Counts): void {
  mkdirSync('test-results', { recursive: true });
  writeFileSync(`test-results/${name}.json`, JSON.stringify(counts));
}
