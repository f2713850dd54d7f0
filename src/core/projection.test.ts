/**
 * Projected coordinates to WGS84, checked against published pairs:
 * - the natural origin of each projection, from its EPSG definition
 *   (https://epsg.io/2154, /5490, /2972, /2975, /4471): Lambert-93 has
 *   (700 000, 6 600 000) at 46°30'N 3°E; a UTM zone has easting 500 000 on
 *   its central meridian at the equator, northing 0 (north) or 10 000 000 (south);
 * - a point published with both coordinates by the ANS in the official FINESS
 *   sample (github.com/ansforge/finess, flux/out/data.gouv/structure/
 *   exemple-finess-structures-journalier-20260309.json, FINESS 010000016);
 * - the centre of EPSG:5644 (RGR92 / UTM zone 39S, same frame and ellipsoid as
 *   Réunion's zone 40S) given by epsg.io: 918 194.85 E, 7 617 111.27 N at 21.5°S 55.035°E.
 */
import { describe, expect, it } from 'vitest';
import { LAMBERT_93, fromWgs84, projectionFor, toWgs84 } from './projection.ts';

describe('projected coordinates to WGS84', () => {
  it('picks the legal projection of the commune’s department', () => {
    expect(projectionFor('69266').epsg).toBe(2154);
    expect(projectionFor('2A004').epsg).toBe(2154);
    expect(projectionFor('97101').epsg).toBe(5490); // Les Abymes, Guadeloupe
    expect(projectionFor('97209').epsg).toBe(5490); // Fort-de-France, Martinique
    expect(projectionFor('97302').epsg).toBe(2972); // Cayenne
    expect(projectionFor('97411').epsg).toBe(2975); // Saint-Denis, La Réunion
    expect(projectionFor('97611').epsg).toBe(4471); // Mamoudzou
  });

  it('maps each natural origin where its EPSG definition puts it', () => {
    expect(toWgs84(LAMBERT_93, 700000, 6600000)).toEqual({ lat: 46.5, lon: 3 });
    expect(toWgs84(projectionFor('97101'), 500000, 0)).toEqual({ lat: 0, lon: -63 });
    expect(toWgs84(projectionFor('97302'), 500000, 0)).toEqual({ lat: 0, lon: -51 });
    expect(toWgs84(projectionFor('97411'), 500000, 10000000)).toEqual({ lat: 0, lon: 57 });
    expect(toWgs84(projectionFor('97611'), 500000, 10000000)).toEqual({ lat: 0, lon: 45 });
  });

  it('matches the Lambert-93 and WGS84 pair the ANS publishes for one establishment', () => {
    const point = toWgs84(LAMBERT_93, 941342.52, 6589480.53);
    expect(point.lat).toBeCloseTo(46.362063, 5);
    expect(point.lon).toBeCloseTo(6.139885, 5);
  });

  it('matches the EPSG centre of a Réunion UTM zone, far from its central meridian', () => {
    const zone39 = { epsg: 5644, name: 'RGR92 / UTM zone 39S', definition: '+proj=utm +zone=39 +south +ellps=GRS80 +towgs84=0,0,0,0,0,0,0 +units=m +no_defs' };
    const point = toWgs84(zone39, 918194.85, 7617111.27);
    expect(point.lat).toBeCloseTo(-21.5, 4);
    expect(point.lon).toBeCloseTo(55.035, 4);
  });

  it('goes back and forth to the decimetre in every overseas zone', () => {
    for (const [insee, lat, lon] of [['97101', 16.2411, -61.5331], ['97302', 4.9372, -52.326], ['97411', -20.8789, 55.4481], ['97611', -12.7806, 45.2278]] as const) {
      const projection = projectionFor(insee);
      const { x, y } = fromWgs84(projection, lat, lon);
      const back = toWgs84(projection, x, y);
      expect(back.lat, insee).toBeCloseTo(lat, 5);
      expect(back.lon, insee).toBeCloseTo(lon, 5);
    }
  });
});
