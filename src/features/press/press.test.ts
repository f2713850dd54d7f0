/** Press space: embargo rules, release and fact sheet schemas, media kit ZIP. */
import { describe, expect, it } from 'vitest';
import { unzipSync, strFromU8 } from 'fflate';
import { isReleased, publishedReleases, releaseInstant } from './embargo.ts';
import { previewPath, zipKit } from './media-kit.ts';
import { pressRelease } from './schema/press-release.ts';
import { factSheetFigure } from './schema/fact-sheet.ts';
import { experts } from './schema/expert.ts';
import { readYamlFile } from '../../core/yaml.ts';
import { contentPath } from '../../core/content-dir.ts';

const release = { title: 'Un communiqué', date: '2027-01-12', summary: 'Un résumé assez long pour le schéma.', pdf: 'un-communique.pdf' };

describe('embargo', () => {
  it('keeps a release out until its Paris date-time, to the minute', () => {
    // 10:00 in Paris in January is 09:00 UTC.
    expect(isReleased({ embargo: '2027-01-12T10:00' }, new Date('2027-01-12T08:59:59Z'))).toBe(false);
    expect(isReleased({ embargo: '2027-01-12T10:00' }, new Date('2027-01-12T09:00:00Z'))).toBe(true);
  });

  it('follows summer time', () => {
    // 10:00 in Paris in July is 08:00 UTC.
    expect(isReleased({ embargo: '2027-07-01T10:00' }, new Date('2027-07-01T07:59:00Z'))).toBe(false);
    expect(isReleased({ embargo: '2027-07-01T10:00' }, new Date('2027-07-01T08:00:00Z'))).toBe(true);
  });

  it('publishes a release without embargo at once, and lists releases newest first', () => {
    const entries = [
      { id: 'a', data: { date: '2026-09-08' } },
      { id: 'b', data: { date: '2027-01-12', embargo: '2027-01-12T10:00' } },
      { id: 'c', data: { date: '2026-11-10' } },
    ];
    expect(publishedReleases(entries, new Date('2026-11-22T12:00:00Z')).map((e) => e.id)).toEqual(['c', 'a']);
    expect(publishedReleases(entries, new Date('2027-01-12T09:00:00Z')).map((e) => e.id)).toEqual(['b', 'c', 'a']);
    expect(releaseInstant({ date: '2026-11-10' }).toISOString()).toBe('2026-11-10T11:00:00.000Z');
  });
});

describe('press release schema', () => {
  it('accepts an embargo as a Paris wall-clock time', () => {
    expect(pressRelease.parse({ ...release, embargo: '2027-01-12T10:00' }).embargo).toBe('2027-01-12T10:00');
  });

  it('rejects an embargo with an offset or seconds, naming the expected form', () => {
    const result = pressRelease.safeParse({ ...release, embargo: '2027-01-12T10:00:00+01:00' });
    expect(result.success).toBe(false);
    expect(result.error?.issues[0]?.path).toEqual(['embargo']);
    expect(result.error?.issues[0]?.message).toMatch(/YYYY-MM-DDTHH:MM/);
  });

  it('rejects an embargo that ends after the release date', () => {
    const result = pressRelease.safeParse({ ...release, embargo: '2027-01-13T10:00' });
    expect(result.error?.issues[0]?.message).toBe('expected the embargo to end on or before the release date');
  });

  it('rejects a PDF path that is not a file name', () => {
    expect(pressRelease.safeParse({ ...release, pdf: '../secret.pdf' }).success).toBe(false);
  });
});

describe('fact sheet figures', () => {
  const figure = { value: '12,5 %', label: 'des adultes, un exemple de libellé', source: 'Une source', date: '2023-03-01' };
  it('require a source url unless they are marked as examples', () => {
    const real = factSheetFigure.safeParse({ ...figure, example: false });
    expect(real.success).toBe(false);
    expect(real.error?.issues[0]?.path).toEqual(['url']);
    expect(factSheetFigure.safeParse({ ...figure, example: true }).success).toBe(true);
  });
});

describe('sample press content', () => {
  it('labels every sample expert as an example', () => {
    const list = readYamlFile(contentPath('press', 'experts.yaml'), experts).experts;
    expect(list.length).toBeGreaterThan(0);
    expect(list.every((e) => e.example)).toBe(true);
  });
});

describe('media kit', () => {
  it('previews raster files as small WebP and SVGs as themselves', () => {
    expect(previewPath('/presse/kit-media/photo-liens.jpg')).toBe('/presse/kit-media/apercus/photo-liens.webp');
    expect(previewPath('/presse/kit-media/logo-clsm.svg')).toBe('/presse/kit-media/logo-clsm.svg');
  });

  it('zips the files with their credits, identically from one build to the next', () => {
    const files = ['/presse/kit-media/logo-clsm.svg', '/presse/kit-media/photo-liens.jpg'];
    const zip = zipKit(files, 'Crédits');
    const entries = unzipSync(zip);
    expect(Object.keys(entries).sort()).toEqual(['credits-et-licences.txt', 'logo-clsm.svg', 'photo-liens.jpg']);
    expect(strFromU8(entries['credits-et-licences.txt']!)).toBe('Crédits');
    expect(zipKit(files, 'Crédits')).toEqual(zip);
  });
});
