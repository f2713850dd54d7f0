/**
 * Reads the data block every directory page carries
 * (`<script type="application/json" id="directory-data">`, see
 * DirectoryData.astro): public holidays, day names and the UI strings the
 * elements need, so no string is written in client code.
 */
import { statusAt, type HoursStatus, type WeeklyHours } from '../weekly-hours.ts';
import { parisClock } from '../../../core/clock.ts';

export interface DirectoryData {
  holidays: string[];
  /** Day names, Monday first. */
  days: string[];
  strings: Record<string, string>;
}

let cached: DirectoryData | undefined;

export function directoryData(): DirectoryData {
  if (cached) return cached;
  const text = document.getElementById('directory-data')?.textContent ?? '{}';
  const parsed = JSON.parse(text) as Partial<DirectoryData>;
  cached = { holidays: parsed.holidays ?? [], days: parsed.days ?? [], strings: parsed.strings ?? {} };
  return cached;
}

/** A UI string with `{placeholders}` filled in. */
export function str(key: string, values: Record<string, string | number> = {}): string {
  const text = directoryData().strings[key] ?? key;
  return text.replace(/\{(\w+)\}/g, (whole, name: string) => (name in values ? String(values[name]) : whole));
}

/** "Ouvert · ferme à 17 h", "Fermé · ouvre lundi à 9 h". */
export function describeStatus(status: HoursStatus, formatTime: (minutes: number) => string): string {
  if (status.always) return str('directory.status.always');
  const head = str(status.open ? 'directory.status.open' : 'directory.status.closed');
  if (!status.next) return head;
  const time = formatTime(status.next.minutes);
  const day = directoryData().days[status.next.weekday] ?? '';
  const kind = status.open ? 'closes' : 'opens';
  const key =
    status.next.inDays === 0 ? `directory.status.${kind}At` : status.next.inDays === 1 ? `directory.status.${kind}Tomorrow` : `directory.status.${kind}On`;
  return `${head} · ${str(key, { time, day })}`;
}

/** Open or closed now, in Paris, from the weekly table, its holiday hours and its dated days. */
export function computeStatus(hours: WeeklyHours, now: Date = new Date()): HoursStatus {
  return statusAt(hours, new Set(directoryData().holidays), parisClock(now));
}
