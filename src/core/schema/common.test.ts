import { describe, expect, it } from 'vitest';
import { z } from 'astro/zod';
import { clockTime, endNotBeforeStart, isoDate, localDateTime, yearPeriod } from './common.ts';
import { yamlDataOf } from '../content-loader.ts';

describe('dates and times in content files', () => {
  it('refuse a day that does not exist instead of moving it to another month', () => {
    for (const impossible of ['2026-13-45', '2026-02-30', '2026-00-10', '2025-02-29']) {
      const result = isoDate.safeParse(impossible);
      expect(result.success, impossible).toBe(false);
      expect(result.error?.issues[0]?.message).toContain(`got "${impossible}"`);
    }
    expect(isoDate.parse('2028-02-29')).toBe('2028-02-29');
  });
  it('refuse a time past 23:59, in a clock time and in a date and time', () => {
    expect(clockTime.safeParse('25:00').success).toBe(false);
    expect(clockTime.safeParse('12:60').success).toBe(false);
    expect(clockTime.parse('23:59')).toBe('23:59');
    const result = localDateTime.safeParse('2026-10-12T25:00');
    expect(result.error?.issues[0]?.message).toBe('expected a time between 00:00 and 23:59; got "25:00"');
    expect(localDateTime.safeParse('2026-13-45T10:00').error?.issues[0]?.message).toContain('expected a date that exists');
  });
  it('refuse a range that ends before it starts, naming both ends', () => {
    const range = z.object({ from: isoDate, to: isoDate }).superRefine(endNotBeforeStart('from', 'to'));
    expect(range.safeParse({ from: '2026-10-05', to: '2026-10-05' }).success).toBe(true);
    const result = range.safeParse({ from: '2026-10-05', to: '2026-10-04' });
    expect(result.error?.issues[0]).toMatchObject({ path: ['to'], message: 'expected to to be on or after from (2026-10-05); got 2026-10-04' });
    const times = z.object({ start: localDateTime, end: localDateTime }).superRefine(endNotBeforeStart('start', 'end', { strict: true }));
    expect(times.safeParse({ start: '2026-10-05T10:00', end: '2026-10-05T10:00' }).success).toBe(false);
    expect(yearPeriod(/^\d{4}-\d{4}$/, 'expected a period').safeParse('2027-2025').success).toBe(false);
    expect(yearPeriod(/^\d{4}-\d{4}$/, 'expected a period').safeParse('2025-2027').success).toBe(true);
  });
  it('reach the schema as written: front matter is read with the YAML core schema, not as a shifted Date', () => {
    const data = yamlDataOf('---\ntitle: Essai\ndate: 2026-13-45\n---\nTexte', 'news/essai.mdx') as { date: unknown };
    expect(data.date).toBe('2026-13-45');
    expect(isoDate.safeParse(data.date).success).toBe(false);
    expect(yamlDataOf('published: 2026-02-30\n', 'figures/x.yaml')).toEqual({ published: '2026-02-30' });
  });
});
