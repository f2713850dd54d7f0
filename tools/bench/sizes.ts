/**
 * The sizes the benchmark measures. S is the sample content as shipped
 * (content/); the others are content/ plus generated entries, events and
 * articles (tools/bench/generate.ts), the orders of magnitude of a
 * départemental (M) and a regional or national (L) deployment. "custom" is
 * for development, since building M takes minutes:
 *
 *   npm run bench -- --sizes S,custom --entries 1000 --events 100 --articles 50
 */
import type { ContentCounts } from './generate.ts';

export interface SizeSpec extends ContentCounts {
  name: string;
}

export const SIZES: Record<string, ContentCounts> = {
  S: { entries: 0, events: 0, articles: 0 },
  M: { entries: 10_000, events: 1_000, articles: 500 },
  L: { entries: 100_000, events: 1_000, articles: 500 },
};

/** Default counts of the custom size. */
export const CUSTOM: ContentCounts = { entries: 1_000, events: 100, articles: 50 };

/** "S,M,custom" → the sizes, in that order; throws on an unknown name. */
export function parseSizes(list: string, custom: { [K in keyof ContentCounts]?: number | undefined } = {}): SizeSpec[] {
  return list.split(',').map((raw) => {
    const name = raw.trim();
    if (name === 'custom') return { name, ...CUSTOM, ...Object.fromEntries(Object.entries(custom).filter(([, n]) => n !== undefined)) };
    const counts = SIZES[name];
    if (!counts) throw new Error(`bench: unknown size "${name}"; expected ${[...Object.keys(SIZES), 'custom'].join(', ')}`);
    return { name, ...counts };
  });
}

/** Whether the size is the sample content as shipped, with nothing generated. */
export function isSample(size: ContentCounts): boolean {
  return size.entries === 0 && size.events === 0 && size.articles === 0;
}
