/**
 * A directions link to OpenStreetMap (walking, from the typed address when
 * there is one). A plain link: nothing is sent until the visitor follows it.
 * Browser-safe.
 */
import type { Position } from './address-index.ts';

export function directionsUrl(to: Position, from?: Position): string {
  const point = (p: Position) => `${p.lat},${p.lon}`;
  const route = `${from ? point(from) : ''};${point(to)}`;
  return `https://www.openstreetmap.org/directions?engine=fossgis_osrm_foot&route=${encodeURIComponent(route)}`;
}
