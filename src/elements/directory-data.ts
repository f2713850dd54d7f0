/**
 * Reads the data block every directory page carries
 * (`<script type="application/json" id="directory-data">`, see
 * DirectoryData.astro): public holidays, day names and the UI strings the
 * elements need, so no string is written in client code.
 */
import { parisClock, statusAt, type HoursStatus, type WallClock, type WeeklyHours } from '../lib/weekly-hours.ts';

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

type OpeningHoursModule = typeof import('opening_hours');
let library: Promise<OpeningHoursModule> | undefined;

/** The opening_hours library, downloaded only when an entry's hours cannot be read from its weekly table. */
function loadLibrary(): Promise<OpeningHoursModule> {
  library ??= import('opening_hours');
  return library;
}

/** The Paris wall clock as a local Date, which is what opening_hours reads. */
function wallClockDate(clock: WallClock): Date {
  const [y, m, d] = clock.date.split('-').map(Number);
  return new Date(y ?? 1970, (m ?? 1) - 1, d ?? 1, Math.floor(clock.minutes / 60), clock.minutes % 60);
}

/** Status from the weekly table, or from the library for hours the table cannot express. */
export async function computeStatus(hours: WeeklyHours, raw: string | undefined, now: Date = new Date()): Promise<HoursStatus> {
  const clock = parisClock(now);
  if (raw === undefined) return statusAt(hours, new Set(directoryData().holidays), clock);
  const { default: OpeningHours } = await loadLibrary();
  const oh = new OpeningHours(raw, { lat: 46.6, lon: 2.4, address: { country_code: 'fr', state: '' } });
  const at = wallClockDate(clock);
  const limit = new Date(at.getTime() + 8 * 86_400_000);
  const open = oh.getState(at);
  const change = oh.getNextChange(at, limit);
  if (!change) return { open, always: open };
  const startOfToday = new Date(at.getFullYear(), at.getMonth(), at.getDate());
  const inDays = Math.round((new Date(change.getFullYear(), change.getMonth(), change.getDate()).getTime() - startOfToday.getTime()) / 86_400_000);
  return { open, always: false, next: { inDays, weekday: (change.getDay() + 6) % 7, minutes: change.getHours() * 60 + change.getMinutes() } };
}
