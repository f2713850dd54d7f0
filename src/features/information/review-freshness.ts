/**
 * Which health pages are due for review. Used by the pages (to say a review
 * is overdue) and by `npm run freshness`, which lists overdue pages.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { readYaml } from '../../core/yaml.ts';
import { review } from './schema/review.ts';
import { contentPath } from '../../core/content-dir.ts';
import { ContentError, problemsFromZod } from '../../core/content-errors.ts';
import { daysBetween, todayInParis } from '../../core/clock.ts';

/** True when the next review date has passed. */
export function isReviewOverdue(nextReviewDue: string, today = todayInParis()): boolean {
  return nextReviewDue < today;
}

/** A page whose review is overdue. */
export interface OverdueReview {
  file: string;
  nextReviewDue: string;
  reviewer: string;
  daysOverdue: number;
}

/** Collections of health pages that carry review dates. */
export const REVIEWED_COLLECTIONS = ['guides', 'myths', 'brochures'] as const;

/** Splits the YAML frontmatter off an MDX file. */
export function frontmatterOf(text: string): string | undefined {
  const match = /^---\r?\n([\s\S]*?)\r?\n---(\r?\n|$)/.exec(text);
  return match?.[1];
}

function mdxFiles(dir: string): string[] {
  let entries;
  try {
    entries = readdirSync(dir, { withFileTypes: true });
  } catch {
    return [];
  }
  return entries.flatMap((entry) => {
    const path = join(dir, entry.name);
    if (entry.isDirectory()) return mdxFiles(path);
    return entry.name.endsWith('.mdx') ? [path] : [];
  });
}

/**
 * Lists health pages whose review is overdue, oldest first. Reads the
 * content folder directly so it runs outside Astro; a page without valid
 * review fields is reported as a ContentError.
 */
export function overdueReviews(today = todayInParis(), root = contentPath()): OverdueReview[] {
  const overdue: OverdueReview[] = [];
  for (const collection of REVIEWED_COLLECTIONS) {
    for (const path of mdxFiles(join(root, collection))) {
      const file = relative(process.cwd(), path);
      const data: unknown = readYaml(frontmatterOf(readFileSync(path, 'utf8')) ?? '');
      const result = review.safeParse(data);
      if (!result.success) throw new ContentError(problemsFromZod(file, result.error));
      if (isReviewOverdue(result.data.nextReviewDue, today)) {
        overdue.push({
          file,
          nextReviewDue: result.data.nextReviewDue,
          reviewer: result.data.reviewer,
          daysOverdue: daysBetween(result.data.nextReviewDue, today),
        });
      }
    }
  }
  return overdue.sort((a, b) => a.nextReviewDue.localeCompare(b.nextReviewDue));
}
