/**
 * The WebGL renderer: MapLibre GL with a clustered GeoJSON source.
 *
 * Clusters and points are drawn as HTML markers (buttons) rather than
 * symbol layers: they are focusable and named for screen readers, and the
 * cluster counts need no glyph files (no font PBFs to serve). The style is
 * built here from site.yaml's basemap: a plain background with the
 * commune outlines and their names (HTML labels, outline.ts), a
 * self-hosted PMTiles file (no text, so again no glyphs or sprites), or,
 * after consent, a third party's raster tiles.
 */
import * as maplibregl from 'maplibre-gl';
import workerUrl from 'maplibre-gl/dist/maplibre-gl-worker.mjs?url';
import maplibreCss from './maplibre.css?url';
import { rasterTileUrls } from '../map-config.ts';
import type { MapPoint, MapRenderer, RendererOptions } from './types.ts';
import { loadStylesheet } from './stylesheet.ts';
import { declutterLabels, labelElement, loadOutline, outlineLabels } from './outline.ts';

maplibregl.setWorkerUrl(workerUrl);

/** Above this zoom nothing is clustered, so a selected point is always on its own. */
const CLUSTER_MAX_ZOOM = 14;

function toGeoJson(points: readonly MapPoint[]): GeoJSON.FeatureCollection<GeoJSON.Point> {
  return {
    type: 'FeatureCollection',
    features: points.map((p) => ({ type: 'Feature', id: p.id, geometry: { type: 'Point', coordinates: [p.lon, p.lat] }, properties: { id: p.id } })),
  };
}

async function pmtilesLayers(options: RendererOptions): Promise<{ sources: Record<string, maplibregl.SourceSpecification>; layers: maplibregl.LayerSpecification[] }> {
  if (options.basemap.kind !== 'pmtiles') return { sources: {}, layers: [] };
  const { Protocol } = await import('pmtiles');
  maplibregl.addProtocol('pmtiles', new Protocol().tile);
  const c = options.colours;
  // Layer names of the Protomaps basemap schema (what `pmtiles extract` of a Protomaps build gives).
  return {
    sources: { basemap: { type: 'vector', url: `pmtiles://${new URL(options.basemap.url, location.href).href}`, attribution: options.basemap.attribution } },
    layers: [
      { id: 'earth', type: 'fill', source: 'basemap', 'source-layer': 'earth', paint: { 'fill-color': c.bg } },
      { id: 'landuse', type: 'fill', source: 'basemap', 'source-layer': 'landuse', paint: { 'fill-color': c.surface } },
      { id: 'water', type: 'fill', source: 'basemap', 'source-layer': 'water', paint: { 'fill-color': c.border, 'fill-opacity': 0.45 } },
      { id: 'roads', type: 'line', source: 'basemap', 'source-layer': 'roads', paint: { 'line-color': c.border, 'line-width': ['interpolate', ['linear'], ['zoom'], 10, 0.3, 16, 3] } },
    ],
  };
}

export async function createMapLibreRenderer(options: RendererOptions): Promise<MapRenderer> {
  await loadStylesheet(maplibreCss);
  const c = options.colours;
  const byId = new Map(options.points.map((p) => [p.id, p]));
  const base = await pmtilesLayers(options);
  const sources: Record<string, maplibregl.SourceSpecification> = {
    ...base.sources,
    points: { type: 'geojson', data: toGeoJson(options.points), cluster: true, clusterRadius: 48, clusterMaxZoom: CLUSTER_MAX_ZOOM },
  };
  const layers: maplibregl.LayerSpecification[] = [{ id: 'background', type: 'background', paint: { 'background-color': c.surface } }, ...base.layers];
  // MapLibre loads a source's tiles only for a layer that uses it: an invisible one, since the markers are HTML.
  const pointsLayer: maplibregl.LayerSpecification = { id: 'points', type: 'circle', source: 'points', paint: { 'circle-radius': 1, 'circle-opacity': 0 } };
  const outline = options.outline ? await loadOutline(options.outline) : undefined;
  if (outline) {
    sources['outline'] = { type: 'geojson', data: outline };
    layers.push(
      { id: 'outline-fill', type: 'fill', source: 'outline', paint: { 'fill-color': c.bg, 'fill-opacity': options.basemap.kind === 'none' ? 1 : 0 } },
      { id: 'outline-line', type: 'line', source: 'outline', paint: { 'line-color': c.brand, 'line-width': 2, 'line-dasharray': [3, 2] } },
    );
  }

  layers.push(pointsLayer);
  const map = new maplibregl.Map({
    container: options.container,
    style: { version: 8, sources, layers },
    center: options.centre,
    zoom: options.zoom,
    maxBounds: [options.bounds[0] - 0.3, options.bounds[1] - 0.2, options.bounds[2] + 0.3, options.bounds[3] + 0.2],
    attributionControl: { compact: false },
    // Arrow keys pan and +/- zoom when the canvas has focus; Tab moves to the markers.
    keyboard: true,
    cooperativeGestures: false,
  });
  map.addControl(new maplibregl.NavigationControl({ showCompass: false }), 'top-right');
  map.getCanvas().setAttribute('tabindex', '0');
  // Commune names, added before any point marker so that markers stay on top of them.
  const labels = (outline ? outlineLabels(outline) : []).map((label) => {
    const el = labelElement(label);
    new maplibregl.Marker({ element: el }).setLngLat([label.lon, label.lat]).addTo(map);
    return el;
  });
  if (labels.length > 0) map.on('moveend', () => declutterLabels(labels));

  const markers = new Map<string, { marker: maplibregl.Marker; lngLat: [number, number] }>();
  let selected: string | null = null;
  let highlighted: string | null = null;
  let idle = false;
  const idleWaiters: (() => void)[] = [];
  map.on('idle', () => {
    idle = true;
    idleWaiters.splice(0).forEach((resolve) => resolve());
  });
  for (const busy of ['movestart', 'dataloading'] as const) map.on(busy, () => { idle = false; });

  const source = () => map.getSource<maplibregl.GeoJSONSource>('points');

  function button(label: string, className: string, text: string): HTMLButtonElement {
    const el = document.createElement('button');
    el.type = 'button';
    el.className = className;
    el.setAttribute('aria-label', label);
    el.textContent = text;
    return el;
  }

  function refreshMarkers(): void {
    if (!map.isSourceLoaded('points')) return;
    const seen = new Set<string>();
    // Only markers inside the view: Tab must never land on a marker that cannot be seen.
    const view = map.getBounds();
    for (const feature of map.querySourceFeatures('points')) {
      const props = feature.properties as { cluster?: boolean; cluster_id?: number; point_count?: number; id?: string };
      const geometry = feature.geometry as GeoJSON.Point;
      const lngLat = geometry.coordinates as [number, number];
      if (!view.contains(lngLat)) continue;
      const key = props.cluster ? `cluster:${props.cluster_id}` : `point:${props.id}`;
      if (seen.has(key)) continue;
      seen.add(key);
      if (markers.has(key)) continue;
      let el: HTMLButtonElement;
      if (props.cluster) {
        const count = props.point_count ?? 0;
        el = button(options.strings.cluster(count), 'map-cluster', String(count));
        el.dataset['count'] = String(count);
        el.classList.add(count >= 100 ? 'map-cluster-l' : count >= 10 ? 'map-cluster-m' : 'map-cluster-s');
        const clusterId = props.cluster_id ?? 0;
        el.addEventListener('click', async () => {
          const zoom = await source()?.getClusterExpansionZoom(clusterId);
          map.easeTo({ center: lngLat, zoom: Math.min(zoom ?? map.getZoom() + 2, CLUSTER_MAX_ZOOM + 1) });
          // Keyboard users keep their place: focus goes to the map, from which Tab reaches the new markers.
          if (document.activeElement === el) map.getCanvas().focus();
        });
      } else {
        const point = byId.get(props.id ?? '');
        if (!point) continue;
        el = button(options.strings.point(point.name), 'map-point', '');
        el.dataset['id'] = point.id;
        el.dataset['count'] = '1';
        el.addEventListener('click', () => options.onSelect(point.id));
      }
      markers.set(key, { marker: new maplibregl.Marker({ element: el }).setLngLat(lngLat).addTo(map), lngLat });
    }
    for (const [key, { marker }] of markers) {
      if (!seen.has(key)) {
        marker.remove();
        markers.delete(key);
      }
    }
    markState();
    // Tab order follows reading order (north to south, then west to east), not creation order.
    const ordered = [...markers.values()].sort((a, b) => b.lngLat[1] - a.lngLat[1] || a.lngLat[0] - b.lngLat[0]);
    for (const { marker } of ordered) marker.getElement().parentElement?.appendChild(marker.getElement());
  }

  function markState(): void {
    for (const [key, { marker }] of markers) {
      const el = marker.getElement();
      const id = key.startsWith('point:') ? key.slice(6) : null;
      el.classList.toggle('is-selected', id !== null && id === selected);
      el.classList.toggle('is-highlighted', id !== null && id === highlighted);
      if (id !== null) el.setAttribute('aria-pressed', String(id === selected));
    }
  }

  map.on('sourcedata', (event) => {
    if (event.sourceId === 'points' && event.isSourceLoaded) refreshMarkers();
  });
  map.on('moveend', refreshMarkers);
  map.on('idle', refreshMarkers);

  await new Promise<void>((resolve, reject) => {
    map.once('load', () => resolve());
    map.once('error', (event) => reject(event.error));
  });
  declutterLabels(labels);

  return {
    kind: 'maplibre',
    setVisible(ids) {
      const shown = ids === null ? options.points : options.points.filter((p) => ids.has(p.id));
      source()?.setData(toGeoJson(shown));
      // Show every place that matches: the map frames them (not too close for a single one).
      if (shown.length > 0) {
        const box = new maplibregl.LngLatBounds();
        for (const p of shown) box.extend([p.lon, p.lat]);
        map.fitBounds(box, { padding: 48, maxZoom: 14, animate: false });
      } else {
        // Nothing to show (a new territory's empty directory): the whole territory, at any screen width.
        map.fitBounds(options.bounds, { padding: 8, animate: false });
      }
    },
    select(id) {
      selected = id;
      const point = id === null ? undefined : byId.get(id);
      if (point) map.easeTo({ center: [point.lon, point.lat], zoom: Math.max(map.getZoom(), CLUSTER_MAX_ZOOM + 1) });
      markState();
    },
    highlight(id) {
      highlighted = id;
      markState();
    },
    centreOn(lon, lat, zoom) {
      map.easeTo({ center: [lon, lat], zoom: zoom ?? map.getZoom() });
    },
    addRasterBasemap() {
      if (options.basemap.kind !== 'raster' || map.getSource('raster')) return;
      map.addSource('raster', { type: 'raster', tiles: rasterTileUrls(options.basemap.tiles), tileSize: 256, attribution: options.basemap.attribution, maxzoom: 19 });
      map.addLayer({ id: 'raster', type: 'raster', source: 'raster' }, options.outline ? 'outline-fill' : undefined);
    },
    whenIdle() {
      if (idle) return Promise.resolve();
      return new Promise((resolve) => idleWaiters.push(resolve));
    },
    destroy() {
      map.remove();
    },
  };
}
