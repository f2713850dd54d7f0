/**
 * What <resource-map> and its two renderers (MapLibre GL, Leaflet) share.
 * A renderer draws points with clustering; every marker and cluster is a
 * focusable button, so the map can be used with the keyboard.
 */
import type { Basemap } from '../../../core/schema/site.ts';

export interface MapPoint {
  id: string;
  lon: number;
  lat: number;
  name: string;
  url: string;
  place: string;
}

export interface RendererOptions {
  container: HTMLElement;
  points: MapPoint[];
  centre: [number, number];
  zoom: number;
  bounds: [number, number, number, number];
  basemap: Basemap;
  outline?: string | undefined;
  /** Design tokens read from CSS, since map styles take colours as values. */
  colours: { bg: string; surface: string; brand: string; text: string; border: string; onBrand: string };
  strings: { cluster: (count: number) => string; point: (name: string) => string };
  /** A marker was activated (click, Enter or Space). */
  onSelect: (id: string) => void;
}

export interface MapRenderer {
  readonly kind: 'maplibre' | 'leaflet';
  /** Shows only these points (null: all of them). */
  setVisible(ids: ReadonlySet<string> | null): void;
  /** Marks a point as selected and brings it into view, unclustered. */
  select(id: string | null): void;
  /** Marks a point without moving the map (the list's focus follows). */
  highlight(id: string | null): void;
  centreOn(lon: number, lat: number, zoom?: number): void;
  /** Adds the third-party raster basemap, after the visitor accepted it. */
  addRasterBasemap(): void;
  /** Resolves when the map has drawn everything (MapLibre's `idle`). */
  whenIdle(): Promise<void>;
  destroy(): void;
}

