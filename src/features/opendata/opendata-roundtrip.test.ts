/** Export to HSDS, import that export into an empty directory, export again: nothing is lost or changed. */
import { afterAll, describe, expect, it } from 'vitest';
import { mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { loadDirectory } from '../directory/index.ts';
import { loadSiteConfig } from '../../core/site-config.ts';
import { hsdsServices } from './hsds.ts';
import { hsdsTableCsv, servicesToTables, TABULAR_FILES } from './hsds-tabular.ts';
import { importFile } from './import/cli.ts';
import { convertHsds } from './import/hsds.ts';

const TODAY = '2026-11-22';
const site = loadSiteConfig();
const original = loadDirectory({ today: TODAY, log: null });
const ctx = { siteUrl: site.url, taxonomy: original.taxonomy };
const exported = hsdsServices(original.all, ctx);
const work = mkdtempSync(join(tmpdir(), 'clsm-roundtrip-'));
afterAll(() => rmSync(work, { recursive: true, force: true }));

function reexport(dir: string) {
  const again = loadDirectory({ dir, today: TODAY, log: null });
  return hsdsServices(again.all, { siteUrl: site.url, taxonomy: again.taxonomy });
}

describe('HSDS round trip', () => {
  it('services.json → import into an empty directory → export gives the same services', () => {
    const file = join(work, 'services.json');
    writeFileSync(file, JSON.stringify(exported));
    const dir = join(work, 'from-json');
    const result = importFile('hsds', convertHsds, file, { dir, today: TODAY });
    expect(result.problems).toEqual([]);
    expect(result.files.every((f) => f.action === 'create')).toBe(true);
    expect(readdirSync(dir).sort()).toEqual(original.all.map((e) => `${e.id}.yaml`).sort());
    expect(reexport(dir)).toEqual(exported);
  });

  it('the CSV data package → import → export gives the same services', () => {
    const folder = join(work, 'package');
    mkdirSync(folder);
    const tables = servicesToTables(exported);
    for (const file of TABULAR_FILES) writeFileSync(join(folder, file), hsdsTableCsv(file, tables[file] ?? []));
    const dir = join(work, 'from-csv');
    const result = importFile('hsds', convertHsds, folder, { dir, today: TODAY });
    expect(result.problems).toEqual([]);
    expect(reexport(dir)).toEqual(exported);
  });

  it('a name that looks like a formula is neutralised in the CSV package and comes back as it was', () => {
    const evil = '=HYPERLINK("https://evil.example","Cliquez")';
    const services = hsdsServices([{ ...original.all[0]!, name: evil }], ctx);
    const folder = join(work, 'evil-package');
    mkdirSync(folder);
    const tables = servicesToTables(services);
    for (const file of TABULAR_FILES) writeFileSync(join(folder, file), hsdsTableCsv(file, tables[file] ?? []));
    expect(readFileSync(join(folder, 'services.csv'), 'utf8')).toContain(`"'=HYPERLINK(""https://evil.example""`);
    const dir = join(work, 'from-evil-csv');
    const result = importFile('hsds', convertHsds, folder, { dir, today: TODAY });
    expect(result.problems).toEqual([]);
    expect(reexport(dir)[0]?.['name']).toBe(evil);
  });

  it('importing the same export again leaves every file alone', () => {
    const file = join(work, 'services.json');
    const result = importFile('hsds', convertHsds, file, { dir: join(work, 'from-json'), today: '2026-12-01' });
    expect(result.problems).toEqual([]);
    expect(result.files.filter((f) => f.action !== 'unchanged')).toEqual([]);
  });
});
