import type fr from './fr.ts';

/** Every UI string key; French is the reference language. */
export type UiKey = keyof typeof fr;
