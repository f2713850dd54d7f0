/**
 * `npm test`: every check, in order, then one summary line
 * `N passed, N failed` that sums all runners.
 *
 *   type check, lint and content lint · unit tests · build · HTML checker · link check ·
 *   browser tests (journeys, accessibility crawl, security with nginx)
 *
 * Each step also runs alone through its own npm script. Steps after a
 * failed build are skipped (they would test a stale or missing site).
 */
import { spawnSync } from 'node:child_process';
import { existsSync, readFileSync, rmSync } from 'node:fs';
import { ensureBrowser } from './ensure-browser.ts';
import { ensureTools } from './ensure-tools.ts';

interface Outcome {
  step: string;
  passed: number;
  failed: number;
  skipped?: number;
}

/** The parts of the runners' JSON reports that hold the counts. */
interface VitestReport {
  numPassedTests: number;
  numFailedTests: number;
  numFailedTestSuites?: number;
  numPendingTests: number;
  numTodoTests: number;
}
interface PlaywrightReport {
  stats: { expected: number; unexpected: number; flaky: number; skipped: number };
}

const outcomes: Outcome[] = [];

try {
  for (const line of ensureTools()) console.log(`ensure-tools: ${line}`);
} catch (error) {
  console.error(String(error));
  console.log('\n0 passed, 1 failed');
  process.exit(1);
}

function run(command: string, args: string[]): boolean {
  console.log(`\n▶ ${command} ${args.join(' ')}`);
  const result = spawnSync(command, args, { stdio: 'inherit', env: process.env });
  return result.status === 0;
}

function readJson<T>(path: string): T | undefined {
  return existsSync(path) ? (JSON.parse(readFileSync(path, 'utf8')) as T) : undefined;
}

/** A step that is one check: it passes or fails as a whole. */
function single(step: string, command: string, args: string[]): boolean {
  const ok = run(command, args);
  outcomes.push({ step, passed: ok ? 1 : 0, failed: ok ? 0 : 1 });
  return ok;
}

/** A step whose runner writes its own counts to test-results/<name>.json. */
function counted<T>(step: string, command: string, args: string[], resultFile: string, read: (json: T) => Omit<Outcome, 'step'>): boolean {
  rmSync(resultFile, { force: true });
  const ok = run(command, args);
  const json = readJson<T>(resultFile);
  const counts = json ? read(json) : { passed: 0, failed: 1 };
  if (!ok && counts.failed === 0) counts.failed = 1; // the runner failed before counting
  outcomes.push({ step, ...counts });
  return ok;
}

single('astro check', 'npm', ['run', '--silent', 'check']);
single('lint', 'npm', ['run', '--silent', 'lint']);
single('content lint', 'npm', ['run', '--silent', 'lint:content']);
counted<VitestReport>('unit tests', 'npx', ['vitest', 'run'], 'test-results/unit.json', (j) => ({
  passed: j.numPassedTests,
  failed: j.numFailedTests + (j.numFailedTestSuites ?? 0),
  skipped: j.numPendingTests + j.numTodoTests,
}));
const built = single('build', 'npm', ['run', '--silent', 'build']);
if (built) {
  counted<Omit<Outcome, 'step'>>('HTML checker', process.execPath, ['tools/test/check-html.ts'], 'test-results/html.json', (j) => j);
  counted<Omit<Outcome, 'step'>>('link check', process.execPath, ['tools/test/check-links.ts'], 'test-results/links.json', (j) => j);
  let browser: string | undefined;
  try {
    browser = ensureBrowser();
    console.log(`\nensure-browser: ${browser}`);
  } catch (error) {
    console.error(String(error));
    outcomes.push({ step: 'browser tests', passed: 0, failed: 1 });
  }
  if (browser) {
    counted<PlaywrightReport>('browser tests', 'npx', ['playwright', 'test'], 'test-results/e2e.json', (j) => ({
      passed: j.stats.expected,
      failed: j.stats.unexpected + j.stats.flaky,
      skipped: j.stats.skipped,
    }));
  }
} else {
  console.error('\nThe build failed: the HTML, link and browser checks were not run.');
}

const total = outcomes.reduce((sum, o) => ({ passed: sum.passed + o.passed, failed: sum.failed + o.failed, skipped: sum.skipped + (o.skipped ?? 0) }), { passed: 0, failed: 0, skipped: 0 });
console.log('\nSummary');
for (const o of outcomes) console.log(`  ${o.step.padEnd(16)} ${o.passed} passed, ${o.failed} failed${o.skipped ? `, ${o.skipped} skipped` : ''}`);
console.log(`\n${total.passed} passed, ${total.failed} failed${total.skipped ? `, ${total.skipped} skipped` : ''}`);
process.exit(total.failed === 0 && built ? 0 : 1);
