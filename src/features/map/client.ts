/**
 * The map feature's browser-side API, for the custom elements of other
 * features: no Node code may be reached from here.
 */
export { ORIGIN_EVENT, SELECT_EVENT, VISIBLE_EVENT, type SelectDetail, type VisibleDetail, currentVisible } from './elements/events.ts';
export { loadPoints } from './elements/points.ts';
