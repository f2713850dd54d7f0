/**
 * <near-me>: "Autour de moi". The visitor gives an origin (geolocation on
 * click, a commune, or a typed address: found in the site's address index
 * when there is one, else matched to its commune's centre) and
 * gets the places currently listed sorted by distance, in km; the map
 * centres on the origin (near-me:origin, see map/events.ts). Positions
 * never leave the browser.
 */
import { define, EnhancedElement } from '../../../core/element.ts';
import { byDistance, formatKm, matchCommune, type CommunePlace } from '../geo.ts';
import { findAddress, streetLabel } from '../address-match.ts';
import { fetchAddressIndex } from '../address-client.ts';
import { currentVisible, ORIGIN_EVENT, VISIBLE_EVENT, type VisibleDetail, loadPoints } from '../../map/client.ts';

interface Config {
  communes: CommunePlace[];
}

/** How many places the sorted list shows. */
const SHOWN = 20;

export class NearMe extends EnhancedElement {
  private config!: Config;
  private origin: { lat: number; lon: number; label: string } | undefined;
  private visible: Set<string> | null = null;
  private messageLine!: HTMLElement;
  private results!: HTMLElement;
  private resultsTitle!: HTMLElement;
  private resultsList!: HTMLOListElement;

  protected enhance(): void {
    this.config = this.requiredJson<Config>('script[data-near-config]');
    this.messageLine = this.required('[data-message]');
    this.results = this.required('[data-results]');
    this.resultsTitle = this.required('[data-results-title]');
    this.resultsList = this.required<HTMLOListElement>('[data-results-list]');
    const locate = this.required('[data-locate]');
    const communeForm = this.required<HTMLFormElement>('[data-commune-form]');
    const addressForm = this.required<HTMLFormElement>('[data-address-form]');
    this.hidden = false;
    const initial = currentVisible();
    if (initial) this.visible = new Set(initial);
    locate.addEventListener('click', () => this.locate());
    communeForm.addEventListener('submit', (event) => {
      event.preventDefault();
      const index = Number(new FormData(event.target as HTMLFormElement).get('commune'));
      const commune = this.config.communes[index];
      if (commune) this.setOrigin(commune.centre.lat, commune.centre.lon, this.text('map.near.centre', { commune: commune.name }));
    });
    addressForm.addEventListener('submit', (event) => {
      event.preventDefault();
      const typed = String(new FormData(event.target as HTMLFormElement).get('address') ?? '');
      void this.fromAddress(typed);
    });
    document.addEventListener(VISIBLE_EVENT, (event) => {
      const ids = (event as CustomEvent<VisibleDetail>).detail.ids;
      this.visible = ids === null ? null : new Set(ids);
      if (this.origin) void this.render();
    });
  }

  /**
   * Distance from the typed address itself when the site has an address
   * index and the address is in it; otherwise from the centre of the
   * commune it names.
   */
  private async fromAddress(typed: string): Promise<void> {
    const src = this.dataset['addresses'];
    if (src) {
      try {
        const answer = findAddress(await fetchAddressIndex(src), typed);
        if (answer.kind === 'address') {
          const number = answer.number?.exact ? `${answer.number.number}${answer.number.rep ? ` ${answer.number.rep}` : ''} ` : '';
          this.setOrigin(answer.position.lat, answer.position.lon, this.text('map.near.addressFrom', { address: `${number}${streetLabel(answer.name)}, ${answer.commune.name}` }));
          return;
        }
      } catch {
        // The index could not be loaded: the commune's centre is the next best origin.
      }
    }
    const commune = matchCommune(typed, this.config.communes);
    if (!commune) {
      this.message(this.text('map.near.unknown', { communes: this.config.communes.map((c) => c.name).join(', ') }));
      return;
    }
    this.setOrigin(commune.centre.lat, commune.centre.lon, this.text('map.near.centre', { commune: commune.name }));
  }

  private message(text: string): void {
    this.messageLine.textContent = text;
  }

  private locate(): void {
    if (!('geolocation' in navigator)) {
      this.message(this.text('map.near.denied'));
      return;
    }
    this.message(this.text('map.near.locating'));
    navigator.geolocation.getCurrentPosition(
      (position) => this.setOrigin(position.coords.latitude, position.coords.longitude, this.text('map.near.position')),
      () => this.message(this.text('map.near.denied')),
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
    if (!origin) return;
    const points = await loadPoints(this.dataset['src'] ?? '/ressources/carte.geojson');
    const shown = this.visible === null ? points : points.filter((p) => this.visible?.has(p.id));
    const sorted = byDistance(shown, origin, (p) => p);
    this.resultsTitle.textContent = this.text('map.near.from', { place: origin.label });
    this.resultsList.replaceChildren(
      ...sorted.slice(0, SHOWN).map(({ item, km }) => {
        const li = document.createElement('li');
        const link = document.createElement('a');
        link.href = item.url;
        link.textContent = item.name;
        const distance = document.createElement('span');
        distance.className = 'km';
        distance.textContent = ` · ${this.text('map.near.km', { km: formatKm(km) })}`;
        li.dataset['id'] = item.id;
        li.append(link, distance);
        return li;
      }),
    );
    this.results.hidden = false;
    this.message(this.text('map.near.count', { count: sorted.length, shown: Math.min(SHOWN, sorted.length) }));
  }
}

define('near-me', NearMe);
