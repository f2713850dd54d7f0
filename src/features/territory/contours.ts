/**
 * Commune outlines from the official files a coordinator can download:
 * the Etalab "contours administratifs" GeoJSON (properties `code`, `nom`,
 * `departement`, `region`, `epci`; WGS 84), or IGN's ADMIN EXPRESS exported
 * as GeoJSON (properties `INSEE_COM`, `NOM`; Lambert-93 unless exported in
 * WGS 84, converted here). Keeps the territory's communes, simplifies them,
 * and gives each commune a centre (a point inside it, where its name is
 * drawn and from where "Autour de moi" measures) and the territory's bounds.
 */
import proj4 from 'proj4';
import { simplifyRing } from './simplify.ts';

type Position = [number, number];
type Ring = Position[];
type PolygonCoords = Ring[];

/** One commune's outline, ready for `content/territory.geojson`. */
export interface CommuneContour {
  insee: string;
  name: string;
  /** Outer rings and holes of each part, WGS 84, 5 decimals (about 1 m). */
  polygons: PolygonCoords[];
  centre: { lat: number; lon: number };
}

/** [west, south, east, north]. */
export type Bbox = [number, number, number, number];

export class ContoursError extends Error {
  constructor(file: string, field: string, message: string) {
    super(`${file}: ${field}: ${message}`);
    this.name = 'ContoursError';
  }
}

/** Lambert-93 (RGF93), the projection of IGN's metropolitan files. */
const LAMBERT_93 = '+proj=lcc +lat_0=46.5 +lon_0=3 +lat_1=49 +lat_2=44 +x_0=700000 +y_0=6600000 +ellps=GRS80 +towgs84=0,0,0,0,0,0,0 +units=m +no_defs';

interface RawFeature {
  type?: unknown;
  properties?: Record<string, unknown> | null;
  geometry?: { type?: unknown; coordinates?: unknown } | null;
}

const round = (n: number) => Math.round(n * 1e5) / 1e5;

function codeOf(props: Record<string, unknown>): string | undefined {
  const value = props['code'] ?? props['INSEE_COM'] ?? props['insee_com'] ?? props['insee'];
  return typeof value === 'string' ? value : undefined;
}
function nameOf(props: Record<string, unknown>): string | undefined {
  const value = props['nom'] ?? props['NOM'] ?? props['NOM_M'] ?? props['nom_m'];
  return typeof value === 'string' ? value : undefined;
}

function isPosition(value: unknown): value is Position {
  return Array.isArray(value) && value.length >= 2 && typeof value[0] === 'number' && typeof value[1] === 'number';
}
function isRing(value: unknown): value is Ring {
  return Array.isArray(value) && value.length >= 4 && value.every(isPosition);
}

/** Twice the signed area of a ring (planar, in degrees: only its sign and ratios are used). */
function ringArea(ring: Ring): number {
  let sum = 0;
  for (let i = 0, j = ring.length - 1; i < ring.length; j = i++) sum += (ring[j]![0] + ring[i]![0]) * (ring[j]![1] - ring[i]![1]);
  return sum / 2;
}

function insideRing(p: Position, ring: Ring): boolean {
  let inside = false;
  for (let i = 0, j = ring.length - 1; i < ring.length; j = i++) {
    const [xi, yi] = ring[i]!;
    const [xj, yj] = ring[j]!;
    if (yi > p[1] !== yj > p[1] && p[0] < ((xj - xi) * (p[1] - yi)) / (yj - yi) + xi) inside = !inside;
  }
  return inside;
}

function insidePolygon(p: Position, polygon: PolygonCoords): boolean {
  return insideRing(p, polygon[0]!) && !polygon.slice(1).some((hole) => insideRing(p, hole));
}

/**
 * A point inside the commune: the centroid of its largest part when it
 * falls inside, otherwise the middle of the widest stretch of land on the
 * centroid's parallel (a crescent-shaped commune has its centroid outside).
 */
export function interiorPoint(polygons: readonly PolygonCoords[]): Position {
  const largest = [...polygons].sort((a, b) => Math.abs(ringArea(b[0]!)) - Math.abs(ringArea(a[0]!)))[0]!;
  const outer = largest[0]!;
  let cx = 0, cy = 0, a = 0;
  for (let i = 0, j = outer.length - 1; i < outer.length; j = i++) {
    const f = outer[j]![0] * outer[i]![1] - outer[i]![0] * outer[j]![1];
    cx += (outer[j]![0] + outer[i]![0]) * f;
    cy += (outer[j]![1] + outer[i]![1]) * f;
    a += f;
  }
  const centroid: Position = a === 0 ? outer[0]! : [cx / (3 * a), cy / (3 * a)];
  if (insidePolygon(centroid, largest)) return centroid;
  const y = centroid[1];
  const xs: number[] = [];
  for (const ring of largest) {
    for (let i = 0, j = ring.length - 1; i < ring.length; j = i++) {
      const [xi, yi] = ring[i]!;
      const [xj, yj] = ring[j]!;
      if (yi > y !== yj > y) xs.push(((xj - xi) * (y - yi)) / (yj - yi) + xi);
    }
  }
  xs.sort((p, q) => p - q);
  let best: Position = outer[0]!;
  let width = -1;
  for (let i = 0; i + 1 < xs.length; i += 2) {
    if (xs[i + 1]! - xs[i]! > width) {
      width = xs[i + 1]! - xs[i]!;
      best = [(xs[i]! + xs[i + 1]!) / 2, y];
    }
  }
  return best;
}

/**
 * Reads a commune contours file and keeps the communes asked for.
 * `file` is used in messages only. Every commune asked for must be in the
 * file (a coordinator who took the wrong department's file is told which
 * are missing); other communes are ignored.
 */
export function readContours(text: string, file: string, inseeCodes: readonly string[], toleranceMetres = 15): CommuneContour[] {
  let parsed: unknown;
  try {
    parsed = JSON.parse(text);
  } catch (error) {
    throw new ContoursError(file, '(syntax)', `expected GeoJSON (JSON): ${(error as Error).message}`);
  }
  const root = parsed as { type?: unknown; features?: unknown; crs?: { properties?: { name?: unknown } } };
  if (root.type !== 'FeatureCollection' || !Array.isArray(root.features)) {
    throw new ContoursError(file, '(root)', 'expected a GeoJSON FeatureCollection of communes (the Etalab "contours administratifs" communes file, or IGN ADMIN EXPRESS COMMUNE as GeoJSON)');
  }
  const wanted = new Set(inseeCodes);
  const crsName = String(root.crs?.properties?.name ?? '');
  const result = new Map<string, CommuneContour>();
  let sawCode = false;
  (root.features as RawFeature[]).forEach((feature, index) => {
    const props = feature.properties ?? {};
    const code = codeOf(props);
    if (code !== undefined) sawCode = true;
    if (code === undefined || !wanted.has(code)) return;
    const where = `features.${index} (${code})`;
    const geometry = feature.geometry;
    let polygons: unknown[];
    if (geometry?.type === 'Polygon') polygons = [geometry.coordinates];
    else if (geometry?.type === 'MultiPolygon' && Array.isArray(geometry.coordinates)) polygons = geometry.coordinates;
    else throw new ContoursError(file, `${where}.geometry`, 'expected a Polygon or MultiPolygon');
    const checked = polygons.map((polygon, p) => {
      if (!Array.isArray(polygon) || polygon.length === 0 || !polygon.every(isRing)) {
        throw new ContoursError(file, `${where}.geometry.coordinates.${p}`, 'expected rings of at least 4 [longitude, latitude] positions');
      }
      return polygon as PolygonCoords;
    });
    const projected = /2154/.test(crsName) || Math.abs(checked[0]![0]![0]![0]) > 180;
    const toWgs84 = projected ? proj4(LAMBERT_93, 'WGS84') : undefined;
    const wgs = checked.map((polygon) => polygon.map((ring) => ring.map((pos): Position => (toWgs84 ? (toWgs84.forward([pos[0], pos[1]]) as Position) : [pos[0], pos[1]]))));
    for (const ring of wgs.flat()) {
      for (const [lon, lat] of ring) {
        if (!(Math.abs(lon) <= 180 && Math.abs(lat) <= 90)) throw new ContoursError(file, `${where}.geometry`, `expected WGS 84 or Lambert-93 coordinates, found [${lon}, ${lat}]`);
      }
    }
    const simplified = wgs.map((polygon) => polygon.map((ring) => simplifyRing(ring, toleranceMetres).map(([lon, lat]): Position => [round(lon), round(lat)])));
    const [lon, lat] = interiorPoint(wgs);
    const previous = result.get(code);
    // A commune split across features (ADMIN EXPRESS lists some islands apart) is merged.
    const all = [...(previous?.polygons ?? []), ...simplified];
    const centre = previous ? interiorPoint(all) : [lon, lat];
    result.set(code, { insee: code, name: nameOf(props) ?? code, polygons: all, centre: { lat: round(centre[1]!), lon: round(centre[0]!) } });
  });
  if (!sawCode) throw new ContoursError(file, 'features.*.properties', 'expected each commune to carry its INSEE code as "code" (Etalab) or "INSEE_COM" (IGN)');
  const missing = inseeCodes.filter((code) => !result.has(code));
  if (missing.length > 0) throw new ContoursError(file, 'features', `expected the communes ${missing.join(', ')}, which are not in this file (a file of another department or year?)`);
  return inseeCodes.map((code) => result.get(code)!);
}

/** The bounding box of the outlines. */
export function contoursBbox(contours: readonly CommuneContour[]): Bbox {
  const box: Bbox = [Infinity, Infinity, -Infinity, -Infinity];
  for (const c of contours) {
    for (const [lon, lat] of c.polygons.flat(2)) {
      box[0] = Math.min(box[0], lon);
      box[1] = Math.min(box[1], lat);
      box[2] = Math.max(box[2], lon);
      box[3] = Math.max(box[3], lat);
    }
  }
  return box;
}

/** `content/territory.geojson`: one feature per commune, with its INSEE code, name and centre. */
export function territoryGeoJson(contours: readonly CommuneContour[], source: string): string {
  const collection = {
    type: 'FeatureCollection',
    features: contours.map((c) => ({
      type: 'Feature',
      properties: { code: c.insee, nom: c.name, centre: [c.centre.lon, c.centre.lat] },
      geometry: c.polygons.length === 1 ? { type: 'Polygon', coordinates: c.polygons[0] } : { type: 'MultiPolygon', coordinates: c.polygons },
    })),
  };
  // One feature per line: small enough to read, diff and review.
  const lines = collection.features.map((f) => JSON.stringify(f));
  return `{"type":"FeatureCollection","source":${JSON.stringify(source)},"features":[\n${lines.join(',\n')}\n]}\n`;
}
