/**
 * The FINESS JSON publication (« flux Structures » published daily on
 * data.gouv.fr by the ANS; schema `schema-structures-v1.json` and sample in
 * github.com/ansforge/finess, flux/out/data.gouv/structure/): an object with
 * `schemaVersion`, `generatedAt`, `gcc`, `gco` and `pmej[]`, one per legal
 * entity (`informationsGeneralesPMEJ`), each with its establishments
 * `ege[]` (`informationsGeneralesEGE`, `categorieentiteGeographiqueExercice`,
 * `adresse[]`, `contact[]`, `etatObjet`). Closed establishments stay in the
 * publication with `dateFermeture` and `etatObjet: "I"` (TRE_R386: A actif,
 * I inactif).
 *
 * `adresse[].coordonneesGeographique` gives both WGS84 (`directionLatitude`,
 * `directionLongitude`) and projected metres (`coordonneeX`, `coordonneeY`);
 * WGS84 is used. In the ANS sample `coordonneeX` holds the northing and
 * `coordonneeY` the easting, so projected values are only a fallback, read
 * by size (easting is the smaller in every French projection).
 * Codes are strings in the sample and `{ code, system }` objects in the
 * schema's definitions: both are read.
 */
import type { ContentProblem } from '../../../core/content-errors.ts';
import type { Establishment } from './finess-establishment.ts';
import type { ReadEstablishments } from './finess-csv.ts';

type Json = Record<string, unknown>;

const obj = (value: unknown): Json => (value !== null && typeof value === 'object' && !Array.isArray(value) ? (value as Json) : {});
const arr = (value: unknown): unknown[] => (Array.isArray(value) ? value : []);
/** A string field, trimmed (the register pads many with spaces); a `{ code }` object gives its code. */
const str = (value: unknown): string => (typeof value === 'string' ? value.trim() : typeof value === 'number' ? String(value) : typeof obj(value)['code'] === 'string' ? (obj(value)['code'] as string).trim() : '');
const date = (value: unknown): string | undefined => /^\d{4}-\d{2}-\d{2}/.exec(str(value))?.[0];
const num = (value: unknown): number | undefined => {
  const n = Number(str(value).replace(',', '.'));
  return str(value) !== '' && Number.isFinite(n) ? n : undefined;
};

/** Reads the establishments of the JSON publication (already parsed). */
export function readFinessJson(document: unknown, display: string): ReadEstablishments {
  const problems: ContentProblem[] = [];
  const notices: ContentProblem[] = [];
  const root = obj(document);
  const version = str(root['schemaVersion']);
  if (!Array.isArray(root['pmej'])) {
    return { establishments: [], problems: [{ file: display, field: 'pmej', message: 'expected the FINESS JSON publication: an object with "schemaVersion" and a "pmej" list of legal entities' }], notices };
  }
  if (!/^v?1(\.|$)/.test(version)) problems.push({ file: display, field: 'schemaVersion', message: `expected version 1 of the FINESS structures schema ("v1.0.0"); got "${version}". Check the publication's documentation before importing` });
  const establishments: Establishment[] = [];
  let row = 0;
  for (const pmej of arr(root['pmej'])) {
    const legal = obj(obj(pmej)['informationsGeneralesPMEJ']);
    const legalClosed = str(obj(pmej)['etatObjet']) === 'I';
    for (const ege of arr(obj(pmej)['ege'])) {
      row += 1;
      const info = obj(obj(ege)['informationsGeneralesEGE']);
      const finess = str(info['numFinessEge']);
      if (!finess) {
        problems.push({ file: display, row, field: 'informationsGeneralesEGE.numFinessEge', message: 'expected the 9-character FINESS number of the establishment' });
        continue;
      }
      const addresses = arr(obj(ege)['adresse']).map(obj);
      const address = addresses.find((a) => str(a['cogCommune']) !== '') ?? {};
      const geo = obj(address['coordonneesGeographique']);
      const lat = num(geo['directionLatitude']);
      const lon = num(geo['directionLongitude']);
      const x = num(geo['coordonneeX']);
      const y = num(geo['coordonneeY']);
      const phone = arr(obj(ege)['contact']).map((c) => str(obj(obj(c)['telecom'])['telephone'])).find((p) => p !== '');
      establishments.push({
        row,
        finess,
        legalFiness: str(legal['numFinessPm']) || undefined,
        name: str(info['nomEgeLong']) || str(info['nomEgeCourt']),
        shortName: str(info['nomEgeCourt']) || str(info['nomEgeLong']),
        category: str(obj(ege)['categorieentiteGeographiqueExercice']),
        number: str(address['numeroVoie']),
        streetType: str(address['typeVoie']),
        street: str(address['libelleVoie']),
        repeat: str(address['complementVoie']),
        place: str(address['lieuDit']).replace(/^BP\s*\d+$/i, ''),
        complement: str(address['complementPointGeographique']),
        insee: str(address['cogCommune']),
        postcode: /^\d{5}$/.test(str(address['codePostal'])) ? str(address['codePostal']) : undefined,
        phone,
        opened: date(info['dateOuverture']),
        closed: date(info['dateFermeture']),
        active: !legalClosed && str(obj(ege)['etatObjet']) !== 'I',
        point: lat !== undefined && lon !== undefined && (lat !== 0 || lon !== 0) ? { lat, lon } : undefined,
        projected: x !== undefined && y !== undefined && x > 0 && y > 0 ? { x, y } : undefined,
      });
    }
  }
  if (row === 0) problems.push({ file: display, field: 'pmej', message: 'expected at least one establishment (pmej[].ege[]) in the publication' });
  return { establishments, extractDate: date(root['generatedAt']), problems, notices };
}
