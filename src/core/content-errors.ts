/**
 * Turns schema failures into messages a CLSM editor can act on:
 * `file: field: what was expected`. Every loader and importer reports
 * through here so that errors read the same everywhere.
 */
import type { z } from 'astro/zod';

/** A content mistake, located. */
export interface ContentProblem {
  file: string;
  /** Row number for tabular input (1-based, header excluded), absent for YAML/MDX. */
  row?: number;
  /** Dotted path to the field, e.g. `map.bounds.north` or `phones.0.number`. */
  field: string;
  message: string;
}

/** Dotted path of a zod issue, or `(root)` for the whole document. */
export function fieldPath(path: readonly PropertyKey[]): string {
  return path.length === 0 ? '(root)' : path.map(String).join('.');
}

/** Converts a zod error into located problems. */
export function problemsFromZod(file: string, error: z.ZodError, row?: number): ContentProblem[] {
  return error.issues.map((issue) => ({
    file,
    ...(row === undefined ? {} : { row }),
    field: fieldPath(issue.path),
    message: issue.message,
  }));
}

/** One line per problem, in the `file:row: field: expected` form. */
export function formatProblem(problem: ContentProblem): string {
  const where = problem.row === undefined ? problem.file : `${problem.file}:${problem.row}`;
  return `${where}: ${problem.field}: ${problem.message}`;
}

/** An error that carries every problem found, so one run reports them all. */
export class ContentError extends Error {
  readonly problems: ContentProblem[];
  constructor(problems: ContentProblem[]) {
    super(
      `${problems.length} content problem${problems.length > 1 ? 's' : ''}:\n` +
        problems.map((p) => `  ${formatProblem(p)}`).join('\n'),
    );
    this.name = 'ContentError';
    this.problems = problems;
  }
}
