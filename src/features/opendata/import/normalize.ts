/**
 * Cleaning values typed by people in spreadsheets and open-data files:
 * communes matched to the territory, postcodes, decimal numbers in the
 * French form, yes/no, dates, lists, and cells that a spreadsheet would run
 * as formulas.
 */
import type { Commune, SiteConfig } from '../../../core/schema/site.ts';
import { normalizePhone } from '../../../core/phone.ts';
import { slugify } from '../../../core/slug.ts';

/** The territory commune written as `name` (case, accents and hyphens ignored), if any. */
export function findCommune(site: SiteConfig, name: string): Commune | undefined {
  const wanted = slugify(name.replace(/\(.*\)/, '').replace(/^(saint|st)\b\.?/i, 'saint'));
  return site.territory.communes.find((c) => slugify(c.name) === wanted || c.insee === name.trim());
}

/** A postcode with spaces removed and a leading zero restored (spreadsheets drop it). */
export function cleanPostcode(text: string): string {
  const digits = text.replace(/\s/g, '');
  return /^\d{4}$/.test(digits) ? `0${digits}` : digits;
}

/** A decimal number written "45,7719" or "45.7719"; undefined when it is not one. */
export function decimal(text: string): number | undefined {
  const clean = text.trim().replace(/\s/g, '').replace(',', '.');
  if (!/^[-+]?\d+(\.\d+)?$/.test(clean)) return undefined;
  return Number(clean);
}

const YES = ['oui', 'o', 'yes', 'vrai', 'true', 'x', '1'];
const NO = ['non', 'n', 'no', 'faux', 'false', '0'];
/** oui/non (and common variants); undefined when it is neither. */
export function yesNo(text: string): boolean | undefined {
  const word = slugify(text);
  if (YES.includes(word)) return true;
  if (NO.includes(word)) return false;
  return undefined;
}

/** A date written DD/MM/YYYY, D/M/YYYY or YYYY-MM-DD, as YYYY-MM-DD; undefined when it is not a real date. */
export function isoDateFrom(text: string): string | undefined {
  const t = text.trim();
  let y: number, m: number, d: number;
  let match = /^(\d{4})-(\d{2})-(\d{2})$/.exec(t);
  if (match) [y, m, d] = [Number(match[1]), Number(match[2]), Number(match[3])];
  else if ((match = /^(\d{1,2})[/.](\d{1,2})[/.](\d{4})$/.exec(t))) [d, m, y] = [Number(match[1]), Number(match[2]), Number(match[3])];
  else return undefined;
  const date = new Date(Date.UTC(y, m - 1, d));
  if (date.getUTCFullYear() !== y || date.getUTCMonth() !== m - 1 || date.getUTCDate() !== d) return undefined;
  return date.toISOString().slice(0, 10);
}

/** Items of a list cell separated by commas, semicolons, slashes, pipes or line breaks. */
export function listOf(text: string, separators: RegExp = /[,;|\n]/): string[] {
  return text.split(separators).map((s) => s.trim()).filter((s) => s !== '');
}

/** A phone number normalised to E.164 (or a short number), or the text as typed when it is not valid (the schema then says why). */
export function cleanPhone(text: string): string {
  return normalizePhone(text) ?? text.trim();
}
