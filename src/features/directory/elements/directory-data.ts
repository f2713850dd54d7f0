/**
 * Reads the data block every directory page carries
 * (`<script type="application/json" id="directory-data">`, see
 * DirectoryData.astro): public holidays, day names and the UI strings the
 * directory's elements need. One block per page, because a list holds one
 * <open-status> per entry and each would otherwise repeat the strings.
 */
import { EnhancedElement } from '../../../core/element.ts';
import { parisClock } from '../../../core/clock.ts';
import { statusAt, type HoursStatus, type WeeklyHours } from '../weekly-hours.ts';

export interface DirectoryData {
  holidays: string[];
  /** Day names, Monday first. */
  days: string[];
  strings: Record<string, string>;
}

let cached: DirectoryData | undefined;

export function directoryData(): DirectoryData {
  if (cached) return cached;
  const block = document.getElementById('directory-data');
  if (!block) console.error('directory elements: expected <script id="directory-data"> in the page (DirectoryData.astro)');
  const parsed = JSON.parse(block?.textContent ?? '{}') as Partial<DirectoryData>;
  cached = { holidays: parsed.holidays ?? [], days: parsed.days ?? [], strings: parsed.strings ?? {} };
  return cached;
}

/** A directory element: its strings come from the page's directory data block. */
export abstract class DirectoryElement extends EnhancedElement {
  protected override strings(): Readonly<Record<string, string>> {
    return directoryData().strings;
  }

  /** "Ouvert · ferme à 17 h", "Fermé · ouvre lundi à 9 h". */
  protected describeStatus(status: HoursStatus, formatTime: (minutes: number) => string): string {
    if (status.always) return this.text('directory.status.always');
    const head = this.text(status.open ? 'directory.status.open' : 'directory.status.closed');
    if (!status.next) return head;
    const time = formatTime(status.next.minutes);
    const day = directoryData().days[status.next.weekday] ?? '';
    const kind = status.open ? 'closes' : 'opens';
    const key =
      status.next.inDays === 0 ? `directory.status.${kind}At` : status.next.inDays === 1 ? `directory.status.${kind}Tomorrow` : `directory.status.${kind}On`;
    return `${head} · ${this.text(key, { time, day })}`;
  }
}

/** Open or closed now, in Paris, from the weekly table, its holiday hours and its dated days. */
export function computeStatus(hours: WeeklyHours, now: Date = new Date()): HoursStatus {
  return statusAt(hours, new Set(directoryData().holidays), parisClock(now));
}
