/**
 * <near-me>: "Autour de moi". The visitor gives an origin (geolocation on
 * click, a commune, or a typed address matched offline to a commune) and
 * gets the places currently listed sorted by distance, in km; the map
 * centres on the origin (near-me:origin, see map/events.ts). Positions
 * never leave the browser.
 */
import { byDistance, formatKm, matchCommune, type CommunePlace } from '../geo.ts';
import { currentVisible, ORIGIN_EVENT, VISIBLE_EVENT, type VisibleDetail, loadPoints } from '../../map/client.ts';

interface Config {
  communes: CommunePlace[];
  strings: Record<'unknown' | 'denied' | 'locating' | 'from' | 'position' | 'centre' | 'km' | 'count', string>;
}

/** How many places the sorted list shows. */
const SHOWN = 20;

const fill = (text: string, values: Record<string, string | number>) => text.replace(/\{(\w+)\}/g, (w, k: string) => (k in values ? String(values[k]) : w));

export class NearMe extends HTMLElement {
  private config!: Config;
  private origin: { lat: number; lon: number; label: string } | undefined;
  private visible: Set<string> | null = null;

  connectedCallback(): void {
    const text = this.querySelector('script[data-near-config]')?.textContent;
    if (!text) return;
    this.config = JSON.parse(text) as Config;
    this.hidden = false;
    const initial = currentVisible();
    if (initial) this.visible = new Set(initial);
    this.querySelector('[data-locate]')?.addEventListener('click', () => this.locate());
    this.querySelector('[data-commune-form]')?.addEventListener('submit', (event) => {
      event.preventDefault();
      const index = Number(new FormData(event.target as HTMLFormElement).get('commune'));
      const commune = this.config.communes[index];
      if (commune) this.setOrigin(commune.centre.lat, commune.centre.lon, fill(this.config.strings.centre, { commune: commune.name }));
    });
    this.querySelector('[data-address-form]')?.addEventListener('submit', (event) => {
      event.preventDefault();
      const typed = String(new FormData(event.target as HTMLFormElement).get('address') ?? '');
      const commune = matchCommune(typed, this.config.communes);
      if (!commune) {
        this.message(this.config.strings.unknown);
        return;
      }
      this.setOrigin(commune.centre.lat, commune.centre.lon, fill(this.config.strings.centre, { commune: commune.name }));
    });
    document.addEventListener(VISIBLE_EVENT, (event) => {
      const ids = (event as CustomEvent<VisibleDetail>).detail.ids;
      this.visible = ids === null ? null : new Set(ids);
      if (this.origin) void this.render();
    });
  }

  private message(text: string): void {
    const el = this.querySelector<HTMLElement>('[data-message]');
    if (el) el.textContent = text;
  }

  private locate(): void {
    if (!('geolocation' in navigator)) {
      this.message(this.config.strings.denied);
      return;
    }
    this.message(this.config.strings.locating);
    navigator.geolocation.getCurrentPosition(
      (position) => this.setOrigin(position.coords.latitude, position.coords.longitude, this.config.strings.position),
      () => this.message(this.config.strings.denied),
      { enableHighAccuracy: false, timeout: 10_000, maximumAge: 300_000 },
    );
  }

  private setOrigin(lat: number, lon: number, label: string): void {
    this.origin = { lat, lon, label };
    document.dispatchEvent(new CustomEvent(ORIGIN_EVENT, { detail: { lat, lon, label } }));
    void this.render();
  }

  private async render(): Promise<void> {
    const origin = this.origin;
    const results = this.querySelector<HTMLElement>('[data-results]');
    const title = this.querySelector<HTMLElement>('[data-results-title]');
    const list = this.querySelector<HTMLOListElement>('[data-results-list]');
    if (!origin || !results || !title || !list) return;
    const points = await loadPoints(this.dataset['src'] ?? '/ressources/carte.geojson');
    const shown = this.visible === null ? points : points.filter((p) => this.visible?.has(p.id));
    const sorted = byDistance(shown, origin, (p) => p);
    title.textContent = fill(this.config.strings.from, { place: origin.label });
    list.replaceChildren(
      ...sorted.slice(0, SHOWN).map(({ item, km }) => {
        const li = document.createElement('li');
        const link = document.createElement('a');
        link.href = item.url;
        link.textContent = item.name;
        const distance = document.createElement('span');
        distance.className = 'km';
        distance.textContent = ` · ${fill(this.config.strings.km, { km: formatKm(km) })}`;
        li.dataset['id'] = item.id;
        li.append(link, distance);
        return li;
      }),
    );
    results.hidden = false;
    this.message(fill(this.config.strings.count, { count: sorted.length, shown: Math.min(SHOWN, sorted.length) }));
  }
}

if (!customElements.get('near-me')) customElements.define('near-me', NearMe);
