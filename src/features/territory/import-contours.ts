/**
 * `npm run import:contours -- FILE`: new outlines for the communes already
 * in site.yaml (a newer year of the file, another simplification), with
 * their centres, and the map's bounds, centre and zoom recomputed.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { loadSiteConfig } from '../../core/site-config.ts';
import { siteConfig } from '../../core/schema/site.ts';
import { ContentError, problemsFromZod } from '../../core/content-errors.ts';
import { contoursBbox, readContours, territoryGeoJson, type CommuneContour } from './contours.ts';
import { mapFrame, renderSiteYaml, type SiteYaml } from './site-yaml.ts';

export interface ContoursImportPlan {
  write: { path: string; text: string }[];
  contours: CommuneContour[];
  /** Bytes of the territory.geojson written. */
  size: number;
}

export function planContoursImport(contentDir: string, file: string, toleranceMetres?: number): ContoursImportPlan {
  const sitePath = join(contentDir, 'site.yaml');
  const site = loadSiteConfig(sitePath);
  const contours = readContours(readFileSync(file, 'utf8'), file, site.territory.communes.map((c) => c.insee), toleranceMetres);
  const byCode = new Map(contours.map((c) => [c.insee, c]));
  const frame = mapFrame(contoursBbox(contours));
  const updated: SiteYaml = {
    ...site,
    territory: { ...site.territory, communes: site.territory.communes.map((c) => ({ ...c, centre: byCode.get(c.insee)!.centre })) },
    map: { ...site.map, ...frame },
  };
  const checked = siteConfig.safeParse(updated);
  if (!checked.success) throw new ContentError(problemsFromZod('content/site.yaml (as import:contours would write it)', checked.error));
  const geojson = territoryGeoJson(contours, file.split('/').at(-1) ?? file);
  return {
    write: [
      { path: sitePath, text: renderSiteYaml(updated) },
      { path: join(contentDir, 'territory.geojson'), text: geojson },
    ],
    contours,
    size: Buffer.byteLength(geojson),
  };
}
