/**
 * Writes the sample territory's Base Adresse Nationale extract,
 * tests/fixtures/ban/adresses-69-extrait.csv, in exactly the BAN's CSV
 * format (adresse.data.gouv.fr, "format CSV pour un usage classique"):
 *
 *   node tools/samples/ban-extract.ts
 *
 * The streets are real streets of the four communes, those the sample
 * sectors (content/sectors.yaml) and CMP entries use, plus a few of Lyon
 * that the importer must leave out. The house numbers and their positions
 * are EXAMPLES: laid out along each street, odd numbers on one side and
 * even on the other, between two real points of the street; real
 * identifiers and parcels are replaced by plausible ones. A CLSM imports
 * the real file instead (docs/import.md). The benchmark uses the same rows
 * for its synthetic territory (tools/bench/address.ts).
 */
import { writeFileSync, mkdirSync } from 'node:fs';
import { dirname } from 'node:path';
import { fileURLToPath } from 'node:url';
import { wgs84ToLambert93 } from '../../src/features/opendata/index.ts';

export const BAN_HEADER = 'id;id_fantoir;numero;rep;nom_voie;code_postal;code_insee;nom_commune;code_insee_ancienne_commune;nom_ancienne_commune;x;y;lon;lat;type_position;alias;nom_ld;libelle_acheminement;nom_afnor;source_position;source_nom_voie;certification_commune;cad_parcelles';

export interface StreetSpec {
  insee: string;
  postcode: string;
  commune: string;
  name: string;
  /** Two real points of the street, [lat, lon]: number 1 near the first. */
  from: [number, number];
  to: [number, number];
  /** Highest house number. */
  max: number;
}

/** Name as the postal norm writes it (nom_afnor): capitals, no accents, no hyphens. */
function afnor(name: string): string {
  return name.normalize('NFD').replace(/[\u0300-\u036f]/g, '').toUpperCase().replace(/[^A-Z0-9]+/g, ' ').trim();
}

/** The BAN rows of one street; `seed` varies the gaps and the "bis" numbers. */
export function streetRows(street: StreetSpec, code: number, seed = 0): string[] {
  const rows: string[] = [];
  const fantoir = `${street.insee}_${String(code).padStart(4, '0')}`;
  const [lat0, lon0] = street.from;
  const [lat1, lon1] = street.to;
  // Unit vector across the street, in degrees, for about 8 m on each side.
  const dLat = lat1 - lat0;
  const dLon = (lon1 - lon0) * Math.cos((lat0 * Math.PI) / 180);
  const length = Math.hypot(dLat, dLon) || 1;
  const side = 8 / 111_000;
  const across = { lat: (-dLon / length) * side, lon: ((dLat / length) * side) / Math.cos((lat0 * Math.PI) / 180) };
  for (let n = 1; n <= street.max; n += 1) {
    const hash = (n * 2654435761 + code * 40503 + seed) >>> 0;
    // Some numbers do not exist (a courtyard, a merged building), as on real streets.
    if (n > 2 && hash % 9 === 0) continue;
    const reps = hash % 23 === 0 ? ['', 'bis'] : hash % 47 === 0 ? ['', 'bis', 'ter'] : [''];
    for (const [k, rep] of reps.entries()) {
      const t = (n + k * 0.3) / (street.max + 1);
      const sign = n % 2 === 1 ? 1 : -1;
      const lat = +(lat0 + (lat1 - lat0) * t + sign * across.lat).toFixed(6);
      const lon = +(lon0 + (lon1 - lon0) * t + sign * across.lon).toFixed(6);
      const { x, y } = wgs84ToLambert93(lat, lon);
      const id = `${fantoir}_${String(n).padStart(5, '0')}${rep ? `_${rep}` : ''}`;
      const parcel = `${street.insee}000${String.fromCharCode(65 + (code % 26))}${String.fromCharCode(65 + (n % 26))}${String((hash % 9000) + 100).padStart(4, '0')}`;
      rows.push([
        id, fantoir, String(n), rep, street.name, street.postcode, street.insee, street.commune, '', '',
        x.toFixed(2), y.toFixed(2), lon.toFixed(6), lat.toFixed(6), 'entrée', '', '', afnor(street.commune), afnor(street.name),
        'commune', 'commune', '1', parcel,
      ].join(';'));
    }
  }
  return rows;
}

const V = { insee: '69266', postcode: '69100', commune: 'Villeurbanne' };
const VV = { insee: '69256', postcode: '69120', commune: 'Vaulx-en-Velin' };
const B = { insee: '69029', postcode: '69500', commune: 'Bron' };
const D = { insee: '69275', postcode: '69150', commune: 'Décines-Charpieu' };

/** The sample's streets: real names and real ends, house numbers laid out between them. */
export const SAMPLE_STREETS: StreetSpec[] = [
  { ...V, name: 'Cours Émile Zola', from: [45.7706, 4.8640], to: [45.7660, 4.8990], max: 360 },
  { ...V, name: 'Avenue Henri Barbusse', from: [45.7700, 4.8800], to: [45.7655, 4.8806], max: 40 },
  { ...V, name: 'Rue du 4 Août 1789', from: [45.7712, 4.8826], to: [45.7633, 4.8838], max: 90 },
  { ...V, name: 'Boulevard du 11 Novembre 1918', from: [45.7795, 4.8640], to: [45.7790, 4.8900], max: 100 },
  { ...V, name: 'Avenue Roger Salengro', from: [45.7715, 4.8765], to: [45.7800, 4.8740], max: 120 },
  { ...V, name: 'Rue Francis de Pressensé', from: [45.7690, 4.8640], to: [45.7650, 4.8790], max: 120 },
  { ...V, name: 'Rue Anatole France', from: [45.7680, 4.8850], to: [45.7640, 4.8880], max: 80 },
  { ...V, name: 'Rue Michel Servet', from: [45.7690, 4.8700], to: [45.7660, 4.8730], max: 60 },
  { ...V, name: 'Avenue Albert Einstein', from: [45.7812, 4.8690], to: [45.7835, 4.8790], max: 40 },
  { ...V, name: 'Rue Léon Blum', from: [45.7640, 4.8880], to: [45.7585, 4.9050], max: 220 },
  { ...V, name: 'Route de Genas', from: [45.7560, 4.8780], to: [45.7510, 4.9150], max: 300 },
  { ...V, name: 'Rue Frédéric Fays', from: [45.7585, 4.8880], to: [45.7560, 4.9000], max: 80 },
  { ...V, name: 'Cours Tolstoï', from: [45.7650, 4.8690], to: [45.7610, 4.8870], max: 200 },
  { ...V, name: 'Avenue Galline', from: [45.7625, 4.8915], to: [45.7570, 4.8935], max: 90 },
  { ...V, name: 'Rue du Docteur Rollet', from: [45.7620, 4.8760], to: [45.7595, 4.8850], max: 70 },
  { ...V, name: 'Rue Alexis Perroncel', from: [45.7610, 4.8950], to: [45.7625, 4.9040], max: 90 },
  { ...V, name: 'Rue Paul Verlaine', from: [45.7745, 4.8950], to: [45.7760, 4.9010], max: 40 },
  { ...VV, name: 'Avenue Gabriel Péri', from: [45.7760, 4.9170], to: [45.7790, 4.9300], max: 120 },
  { ...VV, name: 'Rue Maurice Audin', from: [45.7780, 4.9240], to: [45.7800, 4.9290], max: 40 },
  { ...VV, name: 'Rue de la République', from: [45.7800, 4.9180], to: [45.7850, 4.9230], max: 100 },
  { ...VV, name: 'Rue Émile Zola', from: [45.7820, 4.9200], to: [45.7830, 4.9260], max: 60 },
  { ...B, name: 'Avenue Franklin Roosevelt', from: [45.7385, 4.9060], to: [45.7340, 4.9200], max: 150 },
  { ...B, name: 'Boulevard Pinel', from: [45.7440, 4.8870], to: [45.7380, 4.8890], max: 120 },
  { ...B, name: 'Rue de la Pagère', from: [45.7410, 4.9120], to: [45.7420, 4.9200], max: 60 },
  { ...B, name: 'Avenue Camille Rousset', from: [45.7330, 4.9100], to: [45.7300, 4.9150], max: 80 },
  { ...D, name: 'Avenue Jean Jaurès', from: [45.7680, 4.9530], to: [45.7700, 4.9660], max: 160 },
  { ...D, name: 'Rue de la République', from: [45.7670, 4.9580], to: [45.7720, 4.9610], max: 90 },
  { ...D, name: 'Avenue Édouard Herriot', from: [45.7650, 4.9550], to: [45.7620, 4.9650], max: 100 },
  // Outside the territory: the département file has them; the import leaves them out.
  { insee: '69383', postcode: '69003', commune: 'Lyon 3e Arrondissement', name: 'Cours Gambetta', from: [45.7540, 4.8430], to: [45.7510, 4.8640], max: 40 },
  { insee: '69382', postcode: '69002', commune: 'Lyon 2e Arrondissement', name: 'Place Bellecour', from: [45.7580, 4.8310], to: [45.7570, 4.8340], max: 30 },
];

/** The whole extract as the BAN writes it (header, one row per address, LF line ends). */
export function sampleExtract(): string {
  return [BAN_HEADER, ...SAMPLE_STREETS.flatMap((s, i) => streetRows(s, 100 + i * 15))].join('\n') + '\n';
}

if (process.argv[1] === fileURLToPath(import.meta.url)) {
  const out = 'tests/fixtures/ban/adresses-69-extrait.csv';
  mkdirSync(dirname(out), { recursive: true });
  writeFileSync(out, sampleExtract());
  console.log(`Written: ${out}`);
}
