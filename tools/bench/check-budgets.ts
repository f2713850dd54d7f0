/**
 * Checks the results against tools/bench/budgets.ts. A budget whose
 * figures were not measured in this run (a size or a step left out) is
 * reported as such and does not fail the check.
 */
import { BUDGETS, type Budget } from './budgets.ts';
import { fullBuildSeconds, msPerPage, ratio, type BenchResults, type SizeResult } from './results.ts';

export interface BudgetOutcome {
  id: string;
  status: 'pass' | 'fail' | 'not measured';
  /** One line per size or page checked. */
  details: string[];
  why: string;
}

const kb = (bytes: number) => `${(bytes / 1024).toFixed(1)} KB`;

function checkOne(budget: Budget, results: BenchResults): Omit<BudgetOutcome, 'id' | 'why'> {
  const details: string[] = [];
  let failed = false;
  let measured = false;
  const sizes = (names: string[] | undefined): SizeResult[] => results.sizes.filter((s) => !names || names.includes(s.size.name));
  const note = (ok: boolean, line: string) => {
    measured = true;
    if (!ok) failed = true;
    details.push(`${ok ? 'ok' : 'FAIL'}: ${line}`);
  };

  switch (budget.kind) {
    case 'page-bytes':
      for (const size of sizes(budget.sizes)) {
        for (const row of size.pages.filter((p) => budget.pageTypes.includes(p.type) && p.load)) {
          const bytes = budget.bytes === 'total' ? row.load!.total.wire : row.load!.byKind.js.wire;
          note(bytes <= budget.maxKB * 1024, `${size.size.name} ${row.type}: ${budget.bytes === 'js' ? 'JavaScript' : 'everything loaded at start'} ${kb(bytes)} (at most ${budget.maxKB} KB)`);
        }
      }
      break;
    case 'lighthouse':
      for (const size of sizes(budget.sizes)) {
        for (const row of size.pages.filter((p) => p.lighthouse)) {
          const score = row.lighthouse![budget.category];
          // Not scored (Lighthouse errored twice) counts as a failure: the page may be the cause.
          note(score !== null && score >= budget.min, `${size.size.name} ${row.type}: ${budget.category} ${score ?? `not scored (${row.lighthouse!.errors.join('; ')})`} (at least ${budget.min})`);
        }
      }
      break;
    case 'build-ratio':
      for (const size of sizes(budget.sizes)) {
        if (!size.build || !size.baseline) continue;
        const r = ratio(size.build.astro.seconds, size.baseline.run.seconds);
        note(r <= budget.maxRatio, `${size.size.name}: astro build ${size.build.astro.seconds} s / baseline ${size.baseline.run.seconds} s = ${r}× (at most ${budget.maxRatio}×; with the search index ${ratio(fullBuildSeconds(size.build), size.baseline.run.seconds)}×)`);
      }
      break;
    case 'growth': {
      const from = results.sizes.find((s) => s.size.name === budget.from)?.build;
      const to = results.sizes.find((s) => s.size.name === budget.to)?.build;
      if (from && to) {
        const r = ratio(msPerPage(to), msPerPage(from));
        note(r <= budget.maxRatio, `${budget.to} ${msPerPage(to)} ms a page / ${budget.from} ${msPerPage(from)} ms a page = ${r}× (at most ${budget.maxRatio}×)`);
      }
      break;
    }
  }
  return { status: !measured ? 'not measured' : failed ? 'fail' : 'pass', details };
}

export function checkBudgets(results: BenchResults): BudgetOutcome[] {
  return BUDGETS.map((budget) => ({ id: budget.id, why: budget.why, ...checkOne(budget, results) }));
}

/** The check's report: what failed first, then what passed, then what was not measured. */
export function budgetLines(outcomes: readonly BudgetOutcome[]): string[] {
  const order = { fail: 0, pass: 1, 'not measured': 2 } as const;
  return [...outcomes]
    .sort((a, b) => order[a.status] - order[b.status])
    .flatMap((o) => {
      // A failure lists what failed; a pass lists its checks when they are few.
      const shown = o.status === 'fail' ? o.details.filter((d) => d.startsWith('FAIL')) : o.details.length <= 3 ? o.details : [`all ${o.details.length} checks ok`];
      return [`- **${o.status.toUpperCase()}** ${o.id}: ${o.why}`, ...shown.map((d) => `  - ${d}`)];
    });
}
