/**
 * French phone numbers: validation, normalisation to E.164 and display in
 * the French format. Short national numbers (15, 112, 114, 3114, 119 ...)
 * are not E.164 numbers and are kept as dialled.
 */
import { parsePhoneNumberFromString } from 'libphonenumber-js/max';

/** Short numbers reachable from any French phone: emergency and special services. */
const SHORT_NUMBER = /^(1[0-9]{1,2}|3[0-9]{3})$/;

/** What a phone field accepts, said in words for error messages. */
export const PHONE_EXPECTED =
  'a French phone number such as "04 72 00 00 00", "+33 4 72 00 00 00", or a short number such as "3114"';

/**
 * Normalises a phone number typed by a person: E.164 ("+33472000000") for
 * ordinary numbers, digits for short numbers. Returns undefined when the
 * input is not a valid number.
 */
export function normalizePhone(input: string): string | undefined {
  const compact = input.replace(/[\s.\-()]/g, '');
  if (SHORT_NUMBER.test(compact)) return compact;
  const parsed = parsePhoneNumberFromString(input, 'FR');
  if (!parsed || !parsed.isValid()) return undefined;
  return parsed.number;
}

/** Shows a normalised number the way French readers expect ("04 72 00 00 00"). */
export function formatPhone(normalized: string): string {
  let text = formatted.get(normalized);
  if (text === undefined) {
    const parsed = SHORT_NUMBER.test(normalized) ? undefined : parsePhoneNumberFromString(normalized, 'FR');
    text = !parsed ? normalized : parsed.country === 'FR' ? parsed.formatNational() : parsed.formatInternational();
    formatted.set(normalized, text);
  }
  return text;
}
// A number is shown on its entry's page, in lists, the guide and the exports:
// parse it once per build (libphonenumber was seconds of a 10,000-entry build).
const formatted = new Map<string, string>();

/** The `tel:` URI for a normalised number. */
export function telHref(normalized: string): string {
  return `tel:${normalized}`;
}
