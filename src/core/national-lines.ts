/**
 * National crisis lines shown on every page. These are fixed by law or by
 * national programmes, so they live in the kit rather than in each CLSM's
 * content. Each records the official source it was checked against and when.
 */
import type { UiKey } from './i18n/i18n.ts';

export interface NationalLine {
  /** The number as dialled. */
  number: string;
  /** How to reach it: a phone call, or a text message. */
  channel: 'tel' | 'sms';
  /** UI string describing the line. */
  label: UiKey;
  /** Official page that lists this number. */
  source: string;
  /** When the number was last checked against the source (YYYY-MM-DD). */
  checkedOn: string;
}

export const nationalLines: readonly NationalLine[] = [
  { number: '3114', channel: 'tel', label: 'helpNow.3114', source: 'https://3114.fr/', checkedOn: '2026-11-22' },
  { number: '15', channel: 'tel', label: 'helpNow.15', source: 'https://www.service-public.fr/particuliers/vosdroits/F33954', checkedOn: '2026-11-22' },
  { number: '112', channel: 'tel', label: 'helpNow.112', source: 'https://www.service-public.fr/particuliers/vosdroits/F33954', checkedOn: '2026-11-22' },
  { number: '114', channel: 'sms', label: 'helpNow.114', source: 'https://www.info.urgence114.fr/', checkedOn: '2026-11-22' },
];
