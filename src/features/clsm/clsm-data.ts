/**
 * The CLSM's own data files (content/clsm/): action plan, bodies and
 * members, annual reports. Each is validated; a mistake stops the build
 * with the file, the field and what was expected.
 */
import { actionPlan, AXES, type Action, type ActionPlan, type ActionStatus, type Axis } from './schema/action-plan.ts';
import { governance, type Governance } from './schema/governance.ts';
import { annualReports, type AnnualReport } from './schema/report.ts';
import { contentPath } from '../../core/content-dir.ts';
import { readYamlFile } from '../../core/yaml.ts';

export function loadActionPlan(): ActionPlan {
  return readYamlFile(contentPath('clsm', 'action-plan.yaml'), actionPlan);
}

export function loadGovernance(): Governance {
  return readYamlFile(contentPath('clsm', 'governance.yaml'), governance);
}

/** Reports, most recent first, each with its position in the file (for error messages). */
export function loadReports(): { report: AnnualReport; index: number }[] {
  return readYamlFile(contentPath('clsm', 'reports.yaml'), annualReports)
    .map((report, index) => ({ report, index }))
    .sort((a, b) => b.report.year - a.report.year);
}

/** Actions grouped by axis, in the plan's axis order; empty axes are kept so the plan shows all six. */
export function actionsByAxis(actions: readonly Action[]): { axis: Axis; actions: Action[] }[] {
  return AXES.map((axis) => ({ axis, actions: actions.filter((a) => a.axis === axis) }));
}

/** How many actions have each status. */
export function countByStatus(actions: readonly Action[]): Record<ActionStatus, number> {
  const counts: Record<ActionStatus, number> = { prevue: 0, 'en-cours': 0, realisee: 0, permanente: 0 };
  for (const action of actions) counts[action.status] += 1;
  return counts;
}
