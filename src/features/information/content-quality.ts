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
import { formatFinding, lintContent } from './content-lint.ts';
import { overdueReviews } from './review-freshness.ts';

function mdxFiles(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
    const path = join(dir, entry.name);
    if (entry.isDirectory()) return mdxFiles(path);
    return entry.name.endsWith('.mdx') ? [path] : [];
  });
}

export function contentQuality(): AstroIntegration {
  return {
    name: 'clsm:content-quality',
    hooks: {
      'astro:build:start': ({ logger }) => {
        const findings = mdxFiles(contentPath()).flatMap((path) => lintContent(relative(process.cwd(), path), readFileSync(path, 'utf8')));
        for (const finding of findings) logger.warn(formatFinding(finding));
        for (const page of overdueReviews()) {
          logger.warn(`${page.file}: nextReviewDue: review overdue since ${page.nextReviewDue} (${page.daysOverdue} days); reviewer: ${page.reviewer}`);
        }
        if (findings.length === 0) logger.info('content wording: no problem found');
      },
    },
  };
}
