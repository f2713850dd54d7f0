import { describe, expect, it } from 'vitest';
import { mkdtempSync, mkdirSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { z } from 'astro/zod';
import { checkReviewDates, reviewShape } from './schema/review.ts';
import { guide } from './schema/guide.ts';
import { frontmatterOf, isReviewOverdue, overdueReviews } from './review-freshness.ts';
import { daysBetween } from '../../core/clock.ts';
import { ContentError } from '../../core/content-errors.ts';

const valid = {
  title: 'Où s’adresser',
  description: 'Médecin traitant, CMP, urgences : à qui s’adresser.',
  order: 1,
  lang: 'fr',
  reviewer: 'Dr A. Exemple, psychiatre',
  lastReviewed: '2026-10-12',
  nextReviewDue: '2027-10-12',
  sources: [{ title: 'Mon soutien psy', publisher: 'Assurance maladie', url: 'https://monsoutienpsy.ameli.fr/' }],
};

describe('review schema', () => {
  it('accepts a guide with sources, reviewer and dates', () => {
    expect(guide.safeParse(valid).success).toBe(true);
  });

  it.each(['reviewer', 'lastReviewed', 'nextReviewDue', 'sources'] as const)('requires %s on a health page', (field) => {
    const { [field]: _removed, ...rest } = valid;
    const result = guide.safeParse(rest);
    expect(result.success).toBe(false);
    expect(result.error?.issues.map((i) => i.path.join('.'))).toContain(field);
  });

  it('requires at least one source, with an https address', () => {
    expect(guide.safeParse({ ...valid, sources: [] }).error?.issues[0]?.message).toBe('expected at least one source');
    const http = guide.safeParse({ ...valid, sources: [{ ...valid.sources[0], url: 'http://www.psycom.org/' }] });
    expect(http.error?.issues[0]?.path).toEqual(['sources', 0, 'url']);
  });

  it('requires the next review after the last one', () => {
    const result = guide.safeParse({ ...valid, nextReviewDue: '2026-10-01' });
    expect(result.error?.issues[0]).toMatchObject({ path: ['nextReviewDue'], message: 'expected a date after lastReviewed (2026-10-12)' });
  });

  it('accepts YAML dates as well as strings', () => {
    const schema = z.object(reviewShape).superRefine(checkReviewDates);
    const parsed = schema.parse({ ...valid, lastReviewed: new Date('2026-10-12'), nextReviewDue: new Date('2027-10-12') });
    expect(parsed.lastReviewed).toBe('2026-10-12');
  });
});

describe('freshness', () => {
  it('says a review is overdue only after its due date', () => {
    expect(isReviewOverdue('2026-11-21', '2026-11-22')).toBe(true);
    expect(isReviewOverdue('2026-11-22', '2026-11-22')).toBe(false);
    expect(daysBetween('2026-09-01', '2026-11-22')).toBe(82);
  });

  it('reads the frontmatter of an MDX file', () => {
    expect(frontmatterOf('---\ntitle: A\n---\n\nBody')).toBe('title: A');
    expect(frontmatterOf('No frontmatter')).toBeUndefined();
  });

  it('lists overdue health pages in a content folder, oldest first', () => {
    const root = mkdtempSync(join(tmpdir(), 'clsm-fresh-'));
    mkdirSync(join(root, 'guides', 'fr'), { recursive: true });
    mkdirSync(join(root, 'myths', 'fr'), { recursive: true });
    const page = (last: string, next: string) =>
      `---\nreviewer: Dr A\nlastReviewed: ${last}\nnextReviewDue: ${next}\nsources:\n  - { title: T, publisher: P, url: "https://example.org/" }\n---\nText\n`;
    writeFileSync(join(root, 'guides', 'fr', 'late.mdx'), page('2025-01-01', '2026-01-01'));
    writeFileSync(join(root, 'myths', 'fr', 'later.mdx'), page('2024-01-01', '2025-06-01'));
    writeFileSync(join(root, 'guides', 'fr', 'fresh.mdx'), page('2026-10-01', '2027-10-01'));
    const overdue = overdueReviews('2026-11-22', root);
    expect(overdue.map((o) => o.file.split('/').slice(-1)[0])).toEqual(['later.mdx', 'late.mdx']);
    expect(overdue[1]?.daysOverdue).toBe(325);
  });

  it('reports a health page without review fields, naming the file and the field', () => {
    const root = mkdtempSync(join(tmpdir(), 'clsm-fresh-'));
    mkdirSync(join(root, 'brochures'), { recursive: true });
    writeFileSync(join(root, 'brochures', 'x.mdx'), '---\ntitle: X\n---\n');
    expect(() => overdueReviews('2026-11-22', root)).toThrow(ContentError);
    try {
      overdueReviews('2026-11-22', root);
    } catch (error) {
      expect((error as ContentError).message).toMatch(/brochures\/x\.mdx: reviewer: /);
    }
  });

  it('finds the sample guide whose review is overdue', () => {
    const overdue = overdueReviews('2026-11-22');
    expect(overdue.map((o) => o.file)).toContain('content/guides/fr/sante-mentale-des-jeunes.mdx');
  });
});
