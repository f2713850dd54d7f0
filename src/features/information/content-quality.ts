/**
 * Reports content quality at build time, as warnings that do not stop the
 * build: wording flagged by the content linter (stigma, Papageno) and health
 * pages past their review date. `npm run lint:content` and
 * `npm run freshness -- --strict` are the failing versions for CI.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import type { AstroIntegration } from 'astro';
import { contentPath } from '../../core/content-dir.ts';
import { LINTED_FILES, formatFinding, lintContent, type LintFinding } from './content-lint.ts';
import { overdueReviews } from './review-freshness.ts';

function contentFiles(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
    const path = join(dir, entry.name);
    if (entry.isDirectory()) return contentFiles(path);
    return LINTED_FILES.test(entry.name) ? [path] : [];
  });
}

/** The content lint over every page and data file of the content folder (or `dir`). */
export function lintAllContent(dir = contentPath()): { files: number; findings: LintFinding[] } {
  const files = contentFiles(dir);
  const findings = files.flatMap((path) => lintContent(relative(process.cwd(), path), readFileSync(path, 'utf8')));
  return { files: files.length, findings };
}

export function contentQuality(): AstroIntegration {
  return {
    name: 'clsm:content-quality',
    hooks: {
      'astro:build:start': ({ logger }) => {
        const { findings } = lintAllContent();
        for (const finding of findings) logger.warn(formatFinding(finding));
        for (const page of overdueReviews()) {
          logger.warn(`${page.file}: nextReviewDue: review overdue since ${page.nextReviewDue} (${page.daysOverdue} days); reviewer: ${page.reviewer}`);
        }
        if (findings.length === 0) logger.info('content wording: no problem found');
      },
    },
  };
}
