/**
 * The events that keep the directory's list, its filters, "Autour de moi"
 * and the map in step. All are dispatched on `document` unless noted.
 *
 * - `directory:visible` {ids: string[] | null}: <resource-filters> (and
 *   <event-filters> on a SISM programme) after each filtering; the ids of
 *   the entries or events now listed, null when no filter is active (every
 *   entry). The map and "Autour de moi" show only those.
 * - `resource-map:select` {id}: <resource-map> (bubbles from the element)
 *   when a marker is activated; the list highlights the entry's card.
 * - `near-me:origin` {lon, lat, label}: <near-me> when the visitor chose a
 *   place to sort from; the map centres on it.
 */
export interface VisibleDetail {
  ids: string[] | null;
}
export interface SelectDetail {
  id: string;
}
export interface OriginDetail {
  lon: number;
  lat: number;
  label: string;
}

export const VISIBLE_EVENT = 'directory:visible';
export const SELECT_EVENT = 'resource-map:select';
export const ORIGIN_EVENT = 'near-me:origin';

/** The last visible set, for elements that start after the filters ran. */
let lastVisible: string[] | null = null;
document.addEventListener(VISIBLE_EVENT, (event) => {
  lastVisible = (event as CustomEvent<VisibleDetail>).detail.ids;
});
export function currentVisible(): string[] | null {
  return lastVisible;
}
