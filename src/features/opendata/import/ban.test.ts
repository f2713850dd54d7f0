import { describe, expect, it } from 'vitest';
import { spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { convertBan } from './ban.ts';
import { formatProblem } from '../../../core/content-errors.ts';
import { loadSiteConfig } from '../../../core/site-config.ts';
import { addressIndexJson, decodeCoordinates } from '../../directory/index.ts';

const site = loadSiteConfig('content/site.yaml');
const FIXTURE = 'tests/fixtures/ban/adresses-69-extrait.csv';
const fixture = readFileSync(FIXTURE, 'utf8');
const dir = mkdtempSync(join(tmpdir(), 'ban-'));

/** The fixture with its lines changed, written to a temporary file; returns the problems as text. */
function problemsOf(change: (lines: string[]) => string[]): string[] {
  const file = join(dir, 'adresses-69.csv');
  writeFileSync(file, change(fixture.trimEnd().split('\n')).join('\n'));
  return convertBan(file, 'adresses-69.csv', site).problems.map(formatProblem);
}

describe('importing the Base Adresse Nationale', () => {
  it('keeps the territory\'s communes and writes the index the sample ships', () => {
    const { index, problems, stats } = convertBan(FIXTURE, FIXTURE, site, 'Base Adresse Nationale, adresses-69-extrait.csv');
    expect(problems).toEqual([]);
    expect(stats.rows).toBe(fixture.trimEnd().split('\n').length - 1);
    expect(index.communes.map((c) => c.insee)).toEqual(['69266', '69256', '69029', '69275']);
    expect(index.streets.some(([, name]) => name === 'Place Bellecour')).toBe(false);
    const anatole = index.streets.find(([c, name]) => c === 0 && name === 'Rue Anatole France')!;
    const at = anatole[2].indexOf(12);
    const row = fixture.split('\n').find((l) => l.startsWith('69266_') && l.includes(';12;;Rue Anatole France;'))!.split(';');
    // Coordinates kept to 4 decimals (about 10 m).
    expect(decodeCoordinates(anatole[3])[at]).toEqual({ lat: Math.round(Number(row[13]) * 1e4) / 1e4, lon: Math.round(Number(row[12]) * 1e4) / 1e4 });
    expect(addressIndexJson(index)).toBe(readFileSync('content/addresses.json', 'utf8'));
  });

  it('names the file, the row and the column of a bad value', () => {
    expect(problemsOf((lines) => lines.map((l, i) => (i === 3 ? l.replace(/;4\.\d+;45\.\d+;/, ';4,86;45.77;') : l)))).toEqual([
      'adresses-69.csv:3: lon: expected a WGS-84 longitude in degrees with a "." (e.g. 4.88612); got "4,86"',
    ]);
    expect(problemsOf((lines) => lines.map((l, i) => (i === 2 ? l.replace(';2;;Cours', ';2b;;Cours') : l)))).toEqual([
      'adresses-69.csv:2: numero: expected a house number (digits only, the index "bis" or "a" goes in rep); got "2b"',
    ]);
  });

  it('refuses another file\'s header and a file without the territory', () => {
    expect(problemsOf((lines) => [lines[0]!.replaceAll(';', ','), ...lines.slice(1)])[0]).toMatch(/^adresses-69\.csv: \(header\): expected the Base Adresse Nationale CSV header .* missing: id, numero, rep/);
    expect(problemsOf((lines) => [lines[0]!, ...lines.filter((l) => l.includes(';69382;'))])).toEqual([
      'adresses-69.csv: code_insee: expected addresses of the territory\'s communes (69266 Villeurbanne, 69256 Vaulx-en-Velin, 69029 Bron, 69275 Décines-Charpieu); the file has none: is it the file of the right département?',
    ]);
  });

  it('writes nothing when the file has a problem', () => {
    const out = join(dir, 'addresses.json');
    const bad = join(dir, 'bad.csv');
    writeFileSync(bad, fixture.replace(';45.7', ';nord'));
    const run = spawnSync(process.execPath, ['tools/import-addresses.ts', bad, '--out', out], { encoding: 'utf8' });
    expect(run.status).toBe(1);
    expect(run.stderr).toContain('lat: expected a WGS-84 latitude');
    expect(run.stderr).toContain('Nothing was written.');
    expect(existsSync(out)).toBe(false);
  });
});
