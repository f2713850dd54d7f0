/**
 * Press release embargoes: a release with an embargo is left out of the
 * built site (its page, PDF, lists, feed, sitemap and search index) until
 * the build's "now" (core/clock.ts, pinned with CLSM_NOW) has passed its Paris
 * date-time. Pure code.
 */
import { parisInstant } from '../../core/clock.ts';

/** The instant a release may be published: its embargo, or noon in Paris on its date. */
export function releaseInstant(data: { date: string; embargo?: string | undefined }): Date {
  return parisInstant(data.embargo ?? `${data.date}T12:00`);
}

/** True when the release may appear in a build made at `now`. */
export function isReleased(data: { embargo?: string | undefined }, now: Date): boolean {
  return !data.embargo || parisInstant(data.embargo).getTime() <= now.getTime();
}

/** The releases a build made at `now` may publish, newest first. */
export function publishedReleases<T extends { data: { date: string; embargo?: string | undefined } }>(entries: readonly T[], now: Date): T[] {
  return entries
    .filter((entry) => isReleased(entry.data, now))
    .sort((a, b) => releaseInstant(b.data).getTime() - releaseInstant(a.data).getTime());
}
