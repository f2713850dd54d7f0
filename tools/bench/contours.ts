/**
 * The size of the territory outlines `npm run import:contours` writes: for
 * a contours file and a territory, the bytes and points of those communes
 * in the source and in content/territory.geojson, at the default tolerance
 * and a coarser one. The map downloads this file when it opens.
 */
import { readFileSync } from 'node:fs';
import { readContours, territoryGeoJson } from '../../src/features/territory/index.ts';

export interface ContoursBench {
  file: string;
  communes: number;
  sourceBytes: number;
  sourcePoints: number;
  /** One row per tolerance, in metres. */
  written: { toleranceMetres: number; bytes: number; points: number; ms: number }[];
}

const FIXTURE = 'tests/fixtures/contours/communes-29-extrait.geojson';
const DOUARNENEZ = ['29046', '29087', '29090', '29224', '29226'];

export function contoursBench(file = FIXTURE, codes: readonly string[] = DOUARNENEZ): ContoursBench {
  const text = readFileSync(file, 'utf8');
  const wanted = new Set(codes);
  const source = (JSON.parse(text) as { features: { properties: { code?: string; INSEE_COM?: string }; geometry: unknown }[] }).features.filter((f) => wanted.has(f.properties.code ?? f.properties.INSEE_COM ?? ''));
  const sourceText = JSON.stringify(source);
  const points = (json: string) => (json.match(/\[-?\d+(\.\d+)?,-?\d+(\.\d+)?\]/g) ?? []).length;
  const written = [1, 15, 50].map((toleranceMetres) => {
    const started = performance.now();
    const out = territoryGeoJson(readContours(text, file, codes, toleranceMetres), file);
    return { toleranceMetres, bytes: Buffer.byteLength(out), points: points(out.replace(/"centre":\[[^\]]*\]/g, '')), ms: Math.round(performance.now() - started) };
  });
  return { file, communes: codes.length, sourceBytes: Buffer.byteLength(sourceText), sourcePoints: points(sourceText), written };
}

export function contoursLines(bench: ContoursBench): string[] {
  return [
    `${bench.communes} communes of ${bench.file}: ${(bench.sourceBytes / 1024).toFixed(1)} KB, ${bench.sourcePoints} points in the source.`,
    '',
    '| tolerance | territory.geojson | points | time |',
    '| --- | --- | --- | --- |',
    ...bench.written.map((w) => `| ${w.toleranceMetres} m${w.toleranceMetres === 15 ? ' (default)' : ''} | ${(w.bytes / 1024).toFixed(1)} KB | ${w.points} | ${w.ms} ms |`),
  ];
}

// `node tools/bench/contours.ts [FILE CODE…]` runs this measure alone.
if (import.meta.url === `file://${process.argv[1]}`) {
  const [file, ...codes] = process.argv.slice(2);
  console.log(contoursLines(contoursBench(file, codes.length > 0 ? codes : undefined)).join('\n'));
}
