/**
 * A vCard 3.0 (RFC 2426, the version every phone imports) for a directory
 * entry: name, organisation, phones, email, address, geo point, web page.
 */
import type { Resource } from './resources.ts';

/** Escapes a text value (RFC 2426 §4). */
function escape(value: string): string {
  return value.replace(/\\/g, '\\\\').replace(/\n/g, '\\n').replace(/([,;])/g, '\\$1');
}

/** Folds a line at 75 octets, continuation lines starting with a space. */
function fold(line: string): string {
  const bytes = new TextEncoder().encode(line);
  if (bytes.length <= 75) return line;
  const parts: string[] = [];
  let current = '';
  for (const char of line) {
    const limit = parts.length === 0 ? 75 : 74;
    if (new TextEncoder().encode(current + char).length > limit) {
      parts.push(current);
      current = char;
    } else current += char;
  }
  parts.push(current);
  return parts.join('\r\n ');
}

export function resourceVCard(entry: Resource, pageUrl: string, note?: string): string {
  const lines = ['BEGIN:VCARD', 'VERSION:3.0', `FN:${escape(entry.name)}`, `N:${escape(entry.name)};;;;`, `ORG:${escape(entry.organization.name)}`];
  for (const phone of entry.phones) lines.push(`TEL;TYPE=${phone.kind === 'text' ? 'TEXT' : 'VOICE'}:${phone.number}`);
  if (entry.email) lines.push(`EMAIL;TYPE=INTERNET:${entry.email}`);
  if (entry.location) {
    const l = entry.location;
    lines.push(`ADR;TYPE=WORK:;${escape(l.complement ?? '')};${escape(l.street)};${escape(l.commune)};;${l.postcode};France`);
    lines.push(`GEO:${l.coordinates.lat};${l.coordinates.lon}`);
  }
  lines.push(`URL:${pageUrl}`);
  if (entry.website) lines.push(`URL:${entry.website}`);
  if (note) lines.push(`NOTE:${escape(note)}`);
  if (entry.verifiedOn) lines.push(`REV:${entry.verifiedOn.replace(/-/g, '')}`);
  lines.push('END:VCARD');
  return lines.map(fold).join('\r\n') + '\r\n';
}
