/**
 * <resource-map>: the directory (or any set of points) on a map.
 *
 * This file is small on purpose: the map libraries are imported only when
 * the visitor opens the map ("Afficher la carte") or, with `data-autoload`,
 * when the element scrolls into view. MapLibre GL draws it where WebGL
 * works; Leaflet otherwise, or with `?renderer=leaflet` in the page URL.
 *
 * Points come from `data-src` (a GeoJSON URL) or from a child
 * `<script type="application/json" data-points>`. The element follows the
 * list's filters and "Autour de moi" and reports selections (see
 * map/events.ts). A third-party basemap loads only after the visitor
 * presses the button that names the provider.
 */
import { define, EnhancedElement } from '../../../core/element.ts';
import { currentVisible, ORIGIN_EVENT, SELECT_EVENT, VISIBLE_EVENT, type OriginDetail, type VisibleDetail } from './events.ts';
import { inlinePoints, loadPoints } from './points.ts';
import { hasWebGL } from './webgl.ts';
import type { MapPoint, MapRenderer, RendererOptions } from './types.ts';
import type { MapConfig } from '../map-config.ts';

export class ResourceMap extends EnhancedElement {
  private config!: MapConfig;
  private renderer: MapRenderer | undefined;
  private loading: Promise<MapRenderer | undefined> | undefined;
  private points: MapPoint[] = [];
  private visible: Set<string> | null = null;
  private origin: OriginDetail | undefined;
  private observer: IntersectionObserver | undefined;

  /** Resolves when the map has finished drawing (MapLibre `idle`); for tests and the benchmark. */
  async whenIdle(): Promise<void> {
    const renderer = await this.loading;
    await renderer?.whenIdle();
  }

  protected enhance(): void {
    this.config = this.requiredJson<MapConfig>('script[data-map-config]');
    const show = this.querySelector<HTMLButtonElement>('[data-show]');
    if (show) {
      show.hidden = false;
      show.addEventListener('click', () => {
        show.hidden = true;
        void this.open(true);
      });
    }
    if (this.hasAttribute('data-autoload')) {
      this.observer = new IntersectionObserver((entries) => {
        if (entries.some((e) => e.isIntersecting)) {
          this.observer?.disconnect();
          if (show) show.hidden = true;
          void this.open(false);
        }
      }, { rootMargin: '200px' });
      this.observer.observe(this);
    }
    const initial = currentVisible();
    if (initial) this.visible = new Set(initial);
    document.addEventListener(VISIBLE_EVENT, this.onVisible);
    document.addEventListener(ORIGIN_EVENT, this.onOrigin);
    document.addEventListener('focusin', this.onListFocus);
  }

  disconnectedCallback(): void {
    this.observer?.disconnect();
    document.removeEventListener(VISIBLE_EVENT, this.onVisible);
    document.removeEventListener(ORIGIN_EVENT, this.onOrigin);
    document.removeEventListener('focusin', this.onListFocus);
    this.renderer?.destroy();
  }

  private readonly onVisible = (event: Event): void => {
    const ids = (event as CustomEvent<VisibleDetail>).detail.ids;
    this.visible = ids === null ? null : new Set(ids);
    if (this.renderer) {
      this.renderer.setVisible(this.visible);
      this.announce();
    }
  };

  private readonly onOrigin = (event: Event): void => {
    this.origin = (event as CustomEvent<OriginDetail>).detail;
    this.renderer?.centreOn(this.origin.lon, this.origin.lat, 13);
  };

  /** Focus on a card of the list highlights its marker (list → map). */
  private readonly onListFocus = (event: Event): void => {
    if (!this.renderer || !(event.target instanceof Element) || this.contains(event.target)) return;
    // A card's first link is its entry page, /ressources/<id>/ or /<lang>/directory/<id>/: the id is its last segment.
    const link = event.target.closest('.resource-card')?.querySelector<HTMLAnchorElement>('.resource-card-name a');
    const id = link ? /\/([^/]+)\/$/.exec(link.pathname)?.[1] : undefined;
    this.renderer.highlight(id ?? null);
  };

  private announce(): void {
    const status = this.querySelector<HTMLElement>('[data-status]');
    if (!status) return;
    const count = this.visible === null ? this.points.length : this.points.filter((p) => this.visible?.has(p.id)).length;
    this.dataset['count'] = String(count);
    status.textContent = this.plural('map.shown', count);
  }

  private open(moveFocus: boolean): Promise<MapRenderer | undefined> {
    this.loading ??= this.load(moveFocus);
    return this.loading;
  }

  private async load(moveFocus: boolean): Promise<MapRenderer | undefined> {
    const frame = this.required('[data-frame]');
    const canvas = this.required('[data-canvas]');
    const status = this.required('[data-status]');
    frame.hidden = false;
    status.textContent = this.text('map.loading');
    this.setAttribute('aria-busy', 'true');
    performance.mark('resource-map:open');
    try {
      const inline = this.querySelector('script[data-points]')?.textContent;
      const src = this.dataset['src'];
      this.points = inline ? inlinePoints(inline) : src ? await loadPoints(src) : [];
      const styles = getComputedStyle(this);
      const token = (name: string) => styles.getPropertyValue(name).trim();
      const options: RendererOptions = {
        container: canvas,
        points: this.points,
        centre: this.config.centre,
        zoom: this.config.zoom,
        bounds: this.config.bounds,
        basemap: this.config.basemap,
        outline: this.config.outline,
        colours: { bg: token('--color-bg'), surface: token('--color-surface'), brand: token('--color-brand'), text: token('--color-text'), border: token('--color-border'), onBrand: token('--color-on-brand') },
        strings: { cluster: (count) => this.text('map.cluster', { count }), point: (name) => this.text('map.point', { name }) },
        onSelect: (id) => this.select(id),
      };
      const wantLeaflet = new URLSearchParams(location.search).get('renderer') === 'leaflet' || !hasWebGL();
      let renderer: MapRenderer | undefined;
      if (!wantLeaflet) {
        try {
          const { createMapLibreRenderer } = await import('./maplibre-renderer.ts');
          renderer = await createMapLibreRenderer(options);
        } catch (error) {
          // WebGL present but unusable (old driver, context lost): fall back to Leaflet.
          console.warn('resource-map: MapLibre could not start, using Leaflet', error);
          canvas.replaceChildren();
          renderer = undefined;
        }
      }
      if (!renderer) {
        const { createLeafletRenderer } = await import('./leaflet-renderer.ts');
        renderer = await createLeafletRenderer(options);
      }
      this.renderer = renderer;
      this.dataset['renderer'] = renderer.kind;
      // Frames the places shown (all, or those the list's filters kept).
      renderer.setVisible(this.visible);
      if (this.origin) renderer.centreOn(this.origin.lon, this.origin.lat, 13);
      this.announce();
      this.querySelector<HTMLElement>('[data-consent]')?.removeAttribute('hidden');
      this.querySelector<HTMLButtonElement>('[data-consent-accept]')?.addEventListener('click', (event) => {
        renderer.addRasterBasemap();
        (event.currentTarget as HTMLElement).closest<HTMLElement>('[data-consent]')?.setAttribute('hidden', '');
        canvas.focus();
      });
      void renderer.whenIdle().then(() => {
        performance.mark('resource-map:idle');
        this.dataset['state'] = 'idle';
      });
      if (moveFocus) canvas.focus();
      return renderer;
    } catch (error) {
      console.error('resource-map: the map could not be shown', error);
      status.textContent = this.text('map.error');
      frame.hidden = true;
      return undefined;
    } finally {
      this.removeAttribute('aria-busy');
    }
  }

  /** A marker was activated: show the entry under the map, tell the list, move focus to its link. */
  select(id: string): void {
    const point = this.points.find((p) => p.id === id);
    const panel = this.querySelector<HTMLElement>('[data-selected]');
    const link = panel?.querySelector<HTMLAnchorElement>('[data-selected-link]');
    const place = panel?.querySelector<HTMLElement>('[data-selected-place]');
    if (!point || !panel || !link || !place) return;
    this.renderer?.select(id);
    link.href = point.url;
    link.textContent = point.name;
    // Names are the CLSM's French: on a page in another language, say so to screen readers.
    if (document.documentElement.lang !== 'fr') link.lang = 'fr';
    place.textContent = point.place;
    panel.hidden = false;
    link.focus();
    this.dispatchEvent(new CustomEvent(SELECT_EVENT, { detail: { id }, bubbles: true, composed: true }));
  }
}

define('resource-map', ResourceMap);
