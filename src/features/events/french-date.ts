/**
 * Dates and times the way people type them in a French spreadsheet:
 * "12/10/2026", "12 octobre 2026", "lundi 12 octobre 2026", "2026-10-12";
 * "14h30", "14 h", "14:30". Each returns undefined when it cannot read the
 * value, so the importer can say what it expected.
 */

const MONTHS = ['janvier', 'fevrier', 'mars', 'avril', 'mai', 'juin', 'juillet', 'aout', 'septembre', 'octobre', 'novembre', 'decembre'];

/** Lower-case without accents, single spaces. */
function fold(text: string): string {
  return text.normalize('NFD').replace(/[\u0300-\u036f]/g, '').toLowerCase().replace(/\s+/g, ' ').trim();
}

function isoIfReal(year: number, month: number, day: number): string | undefined {
  if (month < 1 || month > 12 || day < 1 || day > 31) return undefined;
  const date = new Date(Date.UTC(year, month - 1, day));
  if (date.getUTCFullYear() !== year || date.getUTCMonth() !== month - 1 || date.getUTCDate() !== day) return undefined;
  return date.toISOString().slice(0, 10);
}

/** What parseFrenchDate accepts, said in words for error messages. */
export const DATE_EXPECTED = 'a date such as "12/10/2026" or "12 octobre 2026"';

/** A date typed by a person, as YYYY-MM-DD; undefined when it cannot be read or does not exist. */
export function parseFrenchDate(input: string): string | undefined {
  const text = fold(input);
  let match = /^(\d{4})-(\d{1,2})-(\d{1,2})$/.exec(text);
  if (match) return isoIfReal(Number(match[1]), Number(match[2]), Number(match[3]));
  match = /^(\d{1,2})[/.-](\d{1,2})[/.-](\d{4}|\d{2})$/.exec(text);
  if (match) {
    const year = match[3]!.length === 2 ? 2000 + Number(match[3]) : Number(match[3]);
    return isoIfReal(year, Number(match[2]), Number(match[1]));
  }
  // "lundi 12 octobre 2026", "1er octobre 2026"
  match = /^(?:(?:lundi|mardi|mercredi|jeudi|vendredi|samedi|dimanche) )?(\d{1,2})(?:er)? ([a-z]+)\.? (\d{4})$/.exec(text);
  if (match) {
    const name = match[2]!;
    const month = MONTHS.findIndex((m) => m === name || (name.length >= 3 && m.startsWith(name)));
    if (month === -1) return undefined;
    return isoIfReal(Number(match[3]), month + 1, Number(match[1]));
  }
  return undefined;
}

/** What parseFrenchTime accepts, said in words for error messages. */
export const TIME_EXPECTED = 'a time such as "14h30", "14h" or "14:30"';

/** A time typed by a person, as HH:MM; undefined when it cannot be read. */
export function parseFrenchTime(input: string): string | undefined {
  const text = fold(input);
  const match = /^(\d{1,2}) ?(?:h|:) ?(\d{2})?$/.exec(text);
  if (!match) return undefined;
  const hours = Number(match[1]);
  const minutes = match[2] === undefined ? 0 : Number(match[2]);
  if (hours > 23 || minutes > 59) return undefined;
  return `${String(hours).padStart(2, '0')}:${String(minutes).padStart(2, '0')}`;
}
