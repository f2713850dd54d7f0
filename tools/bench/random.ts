/**
 * A small deterministic random generator (mulberry32) for the synthetic
 * content: the same seed gives the same site on every run, so two benchmark
 * runs measure the same pages.
 */
export interface Random {
  /** A number in [0, 1). */
  next(): number;
  /** One item of a non-empty list. */
  pick<T>(list: readonly T[]): T;
  /** A whole number in [min, max]. */
  int(min: number, max: number): number;
}

export function random(seed: number): Random {
  let a = seed >>> 0;
  const next = () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
  return {
    next,
    pick: <T>(list: readonly T[]): T => list[Math.floor(next() * list.length)] as T,
    int: (min: number, max: number) => min + Math.floor(next() * (max - min + 1)),
  };
}
