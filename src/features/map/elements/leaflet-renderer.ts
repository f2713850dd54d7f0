/**
 * The renderer for browsers without WebGL: Leaflet with
 * leaflet.markercluster, drawing the same points through the same element.
 * Markers are Leaflet's keyboard-enabled markers (Tab, then Enter); a
 * cluster zooms in on Enter. A PMTiles basemap needs WebGL here, so this
 * path shows the territory outline instead; a raster basemap works.
 */
import type * as Leaflet from 'leaflet';
import leafletCss from './leaflet.css?url';
import type { MapPoint, MapRenderer, RendererOptions } from './types.ts';
import { loadStylesheet } from './stylesheet.ts';
import { declutterLabels, labelElement, loadOutline, outlineLabels } from './outline.ts';

type L = typeof Leaflet;

async function loadLeaflet(): Promise<L> {
  const module = (await import('leaflet')) as unknown as { default?: L } & L;
  const L = module.default ?? module;
  // leaflet.markercluster is a UMD plugin that extends the global `L`.
  (globalThis as unknown as { L: L }).L = L;
  await import('leaflet.markercluster');
  return L;
}

export async function createLeafletRenderer(options: RendererOptions): Promise<MapRenderer> {
  const [L] = await Promise.all([loadLeaflet(), loadStylesheet(leafletCss)]);
  const c = options.colours;
  const map = L.map(options.container, {
    center: [options.centre[1], options.centre[0]],
    zoom: options.zoom,
    // The cluster plugin needs a zoom range; without a tile layer none is set.
    minZoom: 9,
    maxZoom: 18,
    maxBounds: [
      [options.bounds[1] - 0.2, options.bounds[0] - 0.3],
      [options.bounds[3] + 0.2, options.bounds[2] + 0.3],
    ],
    keyboard: true,
  });
  map.attributionControl.setPrefix(false);

  if (options.outline) {
    const outline = await loadOutline(options.outline);
    L.geoJSON(outline, {
      interactive: false,
      style: { color: c.brand, weight: 2, dashArray: '6 4', fillColor: c.bg, fillOpacity: options.basemap.kind === 'none' ? 1 : 0 },
    }).addTo(map);
    // Commune names as non-interactive markers (no Tab stop), under the points' cluster layer.
    const labels = outlineLabels(outline).map((label) => {
      const el = labelElement(label);
      L.marker([label.lat, label.lon], { icon: L.divIcon({ html: el, className: 'map-commune-label-icon', iconSize: L.point(0, 0) }), interactive: false, keyboard: false }).addTo(map);
      return el;
    });
    if (labels.length > 0) {
      map.on('zoomend moveend', () => declutterLabels(labels));
      declutterLabels(labels);
    }
  }

  let selected: string | null = null;
  let highlighted: string | null = null;
  const group = L.markerClusterGroup({
    showCoverageOnHover: false,
    disableClusteringAtZoom: 15,
    iconCreateFunction: (cluster) => {
      const count = cluster.getChildCount();
      const size = count >= 100 ? 'l' : count >= 10 ? 'm' : 's';
      return L.divIcon({ html: `<span>${count}</span>`, className: `map-cluster map-cluster-${size}`, iconSize: L.point(40, 40) });
    },
  });
  const markers = new Map<string, Leaflet.Marker>();
  const make = (point: MapPoint) => {
    const marker = L.marker([point.lat, point.lon], {
      icon: L.divIcon({ html: '', className: 'map-point', iconSize: L.point(28, 28) }),
      keyboard: true,
      title: point.name,
    });
    marker.on('click', () => options.onSelect(point.id));
    markers.set(point.id, marker);
    return marker;
  };
  for (const point of options.points) make(point);
  group.addLayers([...markers.values()]);
  map.addLayer(group);

  /** Names and state on the marker elements Leaflet and the plugin create as they are shown. */
  const label = () => {
    for (const [id, marker] of markers) {
      const el = marker.getElement();
      if (!el) continue;
      const point = options.points.find((p) => p.id === id);
      el.setAttribute('aria-label', options.strings.point(point?.name ?? id));
      el.dataset['id'] = id;
      el.dataset['count'] = '1';
      el.setAttribute('aria-pressed', String(id === selected));
      el.classList.toggle('is-selected', id === selected);
      el.classList.toggle('is-highlighted', id === highlighted);
    }
    for (const el of options.container.querySelectorAll<HTMLElement>('.map-cluster')) {
      const count = Number(el.textContent);
      el.dataset['count'] = String(count);
      el.setAttribute('aria-label', options.strings.cluster(count));
    }
  };
  // Enter or Space on a marker or a cluster acts as a click (Leaflet only maps Enter's keypress, which
  // not every browser sends for a div); cancelling keydown stops that keypress from clicking twice.
  options.container.addEventListener('keydown', (event) => {
    const target = event.target instanceof HTMLElement ? event.target.closest<HTMLElement>('.leaflet-marker-icon') : null;
    if (!target || (event.key !== 'Enter' && event.key !== ' ')) return;
    event.preventDefault();
    target.click();
  });
  map.on('moveend zoomend layeradd', label);
  group.on('animationend', label);
  label();

  return {
    kind: 'leaflet',
    setVisible(ids) {
      group.clearLayers();
      group.addLayers(options.points.filter((p) => ids === null || ids.has(p.id)).map((p) => markers.get(p.id)).filter((m): m is Leaflet.Marker => m !== undefined));
      if (group.getLayers().length > 0) map.fitBounds(group.getBounds(), { padding: [48, 48], maxZoom: 14, animate: false });
      // Nothing to show (a new territory's empty directory): the whole territory, at any screen width.
      else map.fitBounds([[options.bounds[1], options.bounds[0]], [options.bounds[3], options.bounds[2]]], { padding: [8, 8], animate: false });
      label();
    },
    select(id) {
      selected = id;
      const marker = id === null ? undefined : markers.get(id);
      if (marker) group.zoomToShowLayer(marker, label);
      label();
    },
    highlight(id) {
      highlighted = id;
      label();
    },
    centreOn(lon, lat, zoom) {
      map.setView([lat, lon], zoom ?? map.getZoom());
    },
    addRasterBasemap() {
      if (options.basemap.kind !== 'raster') return;
      L.tileLayer(options.basemap.tiles, { attribution: options.basemap.attribution, maxZoom: 19 }).addTo(map).bringToBack();
    },
    whenIdle() {
      return Promise.resolve();
    },
    destroy() {
      map.remove();
    },
  };
}
