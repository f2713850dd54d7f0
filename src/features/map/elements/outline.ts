/**
 * The territory's background when there is no tile server: the commune
 * outlines of `content/territory.geojson` and their names. The names are
 * HTML labels placed at each commune's centre rather than a symbol layer,
 * like the markers: no font glyph files to serve, the site's own font, and
 * the same code for MapLibre and Leaflet. They are hidden from screen
 * readers and let clicks through: the list beside the map is its text.
 */

/** A commune's name and where to draw it. */
export interface OutlineLabel {
  name: string;
  lon: number;
  lat: number;
}

type Feature = GeoJSON.Feature<GeoJSON.Geometry | null, Record<string, unknown> | null>;

/** Fetches the outline; an empty collection when it cannot be read (the map still works without it). */
export async function loadOutline(url: string): Promise<GeoJSON.FeatureCollection> {
  const response = await fetch(url);
  if (!response.ok) return { type: 'FeatureCollection', features: [] };
  const data = (await response.json()) as GeoJSON.FeatureCollection | GeoJSON.Feature;
  return data.type === 'Feature' ? { type: 'FeatureCollection', features: [data] } : data;
}

/**
 * One label per commune: features with a `nom` (as written by
 * `npm run import:contours`) or `name` and a `centre` [lon, lat]. A
 * hand-drawn outline of the whole territory has no centre: no label.
 */
export function outlineLabels(collection: GeoJSON.FeatureCollection): OutlineLabel[] {
  return (collection.features as Feature[]).flatMap((feature) => {
    const props = feature.properties ?? {};
    const name = props['nom'] ?? props['name'];
    const centre = props['centre'];
    if (typeof name !== 'string' || !Array.isArray(centre) || typeof centre[0] !== 'number' || typeof centre[1] !== 'number') return [];
    return [{ name, lon: centre[0], lat: centre[1] }];
  });
}

/**
 * Hides the names that would overlap a name before them (the file lists
 * the communes most populated first, as `npm run init` orders them), after
 * each move or zoom: on a phone the names of small neighbours appear as
 * one zooms in instead of piling up.
 */
export function declutterLabels(elements: readonly HTMLElement[]): void {
  const shown: DOMRect[] = [];
  for (const el of elements) {
    el.style.visibility = '';
    const box = el.getBoundingClientRect();
    const overlaps = shown.some((s) => box.left < s.right + 4 && box.right > s.left - 4 && box.top < s.bottom && box.bottom > s.top);
    if (overlaps) el.style.visibility = 'hidden';
    else shown.push(box);
  }
}

/** The label's element (styled by `.map-commune-label` in both renderers' CSS). */
export function labelElement(label: OutlineLabel): HTMLElement {
  const el = document.createElement('span');
  el.className = 'map-commune-label';
  el.setAttribute('aria-hidden', 'true');
  el.textContent = label.name;
  return el;
}
