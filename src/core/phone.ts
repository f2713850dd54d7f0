/**
 * French phone numbers: validation, normalisation to E.164 and display in
 * the French format. Short national numbers (15, 112, 114, 3114, 119 ...)
 * are not E.164 numbers and are kept as dialled.
 *
 * France's ten-digit plan covers the overseas departments and collectivities
 * too (ARCEP plan de numérotation): a number dialled "0590 …" from Lyon rings
 * in Guadeloupe. libphonenumber files those numbers under their own regions
 * (GP, MQ, GF, RE, YT, BL, MF), with their own country codes (+590, +596,
 * +594, +262), so a national number that is not valid in metropolitan France
 * is tried in each overseas region in turn. Saint-Pierre-et-Miquelon (+508)
 * has six-digit numbers outside the ten-digit plan: "0508 41 12 34" is how
 * the French directories write them, and is read as +508 41 12 34.
 */
import { parsePhoneNumberFromString, type CountryCode, type PhoneNumber } from 'libphonenumber-js/max';

/** Short numbers reachable from any French phone: emergency and special services. */
const SHORT_NUMBER = /^(1[0-9]{1,2}|3[0-9]{3})$/;

/** Regions of the French ten-digit plan, metropolitan France first. */
const TEN_DIGIT_REGIONS: readonly CountryCode[] = ['FR', 'GP', 'MQ', 'GF', 'RE', 'YT', 'BL', 'MF'];
/** Every region France numbers, the Pacific collectivities (own plans, +687, +689, +681) and Saint-Pierre included. */
const FRENCH_REGIONS: ReadonlySet<string> = new Set([...TEN_DIGIT_REGIONS, 'PM', 'NC', 'PF', 'WF']);
/**
 * The overseas blocks of the ten-digit plan (ARCEP, « plan national de
 * numérotation »): libphonenumber's metropolitan rules would also accept
 * some of them as 05 and 06 numbers, so the prefix decides first.
 */
const OVERSEAS_PREFIXES: Record<string, CountryCode> = {
  '0590': 'GP', '0690': 'GP', '0691': 'GP',
  '0596': 'MQ', '0696': 'MQ', '0697': 'MQ',
  '0594': 'GF', '0694': 'GF',
  '0262': 'RE', '0263': 'RE', '0692': 'RE', '0693': 'RE',
  '0269': 'YT', '0639': 'YT',
};

/** What a phone field accepts, said in words for error messages. */
export const PHONE_EXPECTED =
  'a French phone number such as "04 72 00 00 00", "0590 12 34 56", "+33 4 72 00 00 00", or a short number such as "3114"';

function parse(input: string): PhoneNumber | undefined {
  const compact = input.replace(/[\s.\-()]/g, '');
  const saintPierre = /^(?:0|\+33)508(\d{6})$/.exec(compact);
  if (saintPierre) return parsePhoneNumberFromString(`+508${saintPierre[1]}`);
  const national = /^(?:\+33|0033)(\d{9})$/.exec(compact)?.[1];
  const dialled = national ? `0${national}` : compact;
  const overseas = OVERSEAS_PREFIXES[dialled.slice(0, 4)];
  if (overseas) return parsePhoneNumberFromString(dialled, overseas);
  return parsePhoneNumberFromString(input, 'FR');
}

/**
 * Normalises a phone number typed by a person: E.164 ("+33472000000",
 * "+590590123456") for ordinary numbers, digits for short numbers. Returns
 * undefined when the input is not a valid number.
 */
export function normalizePhone(input: string): string | undefined {
  const compact = input.replace(/[\s.\-()]/g, '');
  if (SHORT_NUMBER.test(compact)) return compact;
  const parsed = parse(input);
  if (!parsed || !parsed.isValid()) return undefined;
  return parsed.number;
}

/** True for a normalised number outside every French numbering zone (metropolitan, overseas, Pacific): worth a second look in an import. */
export function isForeignPhone(normalized: string): boolean {
  if (SHORT_NUMBER.test(normalized)) return false;
  const country = parsePhoneNumberFromString(normalized)?.country;
  return country === undefined || !FRENCH_REGIONS.has(country);
}

/** Shows a normalised number the way French readers expect ("04 72 00 00 00", "0590 12 34 56"); other countries in international form. */
export function formatPhone(normalized: string): string {
  let text = formatted.get(normalized);
  if (text === undefined) {
    const parsed = SHORT_NUMBER.test(normalized) ? undefined : parsePhoneNumberFromString(normalized);
    text = !parsed ? normalized : (TEN_DIGIT_REGIONS as readonly string[]).includes(parsed.country ?? '') ? parsed.formatNational() : parsed.formatInternational();
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
