import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { interiorPoint, readContours, territoryGeoJson } from './contours.ts';
import { simplifyLine } from './simplify.ts';

const FIXTURE = 'tests/fixtures/contours/communes-29-extrait.geojson';
const text = readFileSync(FIXTURE, 'utf8');
const DOUARNENEZ_EPCI = ['29046', '29087', '29090', '29224', '29226'];

describe('reading the official commune contours', () => {
  it('keeps only the communes asked for, with their names and a centre inside each', () => {
    const contours = readContours(text, FIXTURE, DOUARNENEZ_EPCI);
    expect(contours.map((c) => c.name)).toEqual(['Douarnenez', 'Le Juch', 'Kerlaz', 'Pouldergat', 'Poullan-sur-Mer']);
    const douarnenez = contours[0]!;
    expect(douarnenez.centre.lat).toBeGreaterThan(48.05);
    expect(douarnenez.centre.lat).toBeLessThan(48.11);
    expect(douarnenez.centre.lon).toBeGreaterThan(-4.38);
    expect(douarnenez.centre.lon).toBeLessThan(-4.28);
  });

  it('simplifies the outlines and writes them smaller than the source', () => {
    const coarse = territoryGeoJson(readContours(text, FIXTURE, DOUARNENEZ_EPCI, 100), 'x');
    const fine = territoryGeoJson(readContours(text, FIXTURE, DOUARNENEZ_EPCI, 1), 'x');
    expect(coarse.length).toBeLessThan(fine.length);
    const parsed = JSON.parse(coarse) as { features: { properties: { code: string; nom: string; centre: number[] } }[] };
    expect(parsed.features[1]!.properties).toMatchObject({ code: '29087', nom: 'Le Juch' });
  });

  it('reads IGN ADMIN EXPRESS properties in Lambert-93', () => {
    // A square of 2 km around 48.09 N, 4.33 W (Douarnenez), which is x 155 043, y 6 801 937 in Lambert-93.
    const ign = { type: 'FeatureCollection', features: [{ type: 'Feature', properties: { INSEE_COM: '29046', NOM: 'Douarnenez' }, geometry: { type: 'Polygon', coordinates: [[[154043, 6800937], [156043, 6800937], [156043, 6802937], [154043, 6802937], [154043, 6800937]]] } }] };
    const [c] = readContours(JSON.stringify(ign), 'ign.geojson', ['29046']);
    expect(c!.name).toBe('Douarnenez');
    expect(c!.centre.lat).toBeCloseTo(48.09, 3);
    expect(c!.centre.lon).toBeCloseTo(-4.33, 3);
  });

  it('names the communes missing from the file, and a file that is not a commune contours file', () => {
    expect(() => readContours(text, FIXTURE, ['29046', '69266'])).toThrow(`${FIXTURE}: features: expected the communes 69266, which are not in this file`);
    expect(() => readContours('{"type":"Feature"}', 'x.geojson', ['29046'])).toThrow(/x\.geojson: \(root\): expected a GeoJSON FeatureCollection of communes/);
    expect(() => readContours('{"type":"FeatureCollection","features":[{"properties":{"id":1}}]}', 'x.geojson', ['29046'])).toThrow(/"code" \(Etalab\) or "INSEE_COM" \(IGN\)/);
  });
});

describe('simplifying and placing names', () => {
  it('drops points that move the line by less than the tolerance, in metres', () => {
    const line: [number, number][] = [[0, 45], [0.5, 45.00001], [1, 45]];
    expect(simplifyLine(line, 5)).toEqual([[0, 45], [1, 45]]);
    expect(simplifyLine(line, 0.5)).toHaveLength(3);
  });

  it('puts the centre of a crescent-shaped commune inside it', () => {
    const crescent: [number, number][] = [[0, 0], [4, 0], [4, 4], [0, 4], [0, 3], [3, 3], [3, 1], [0, 1], [0, 0]];
    const [x, y] = interiorPoint([[crescent]]);
    const inBar = (x >= 3 && x <= 4) || y <= 1 || y >= 3;
    expect(inBar).toBe(true);
  });
});
