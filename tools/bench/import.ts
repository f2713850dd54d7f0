/**
 * Importer speed: generates a spreadsheet of 10,000 directory entries in a
 * temporary folder, then times `npm run import:spreadsheet` on it with
 * --dry-run and for real, into a temporary content folder. Each entry is
 * valid (fictitious, phone numbers in the ARCEP fiction range) so the
 * whole pipeline runs: parsing, normalising, validation, writing.
 */
import { spawnSync } from 'node:child_process';
import { mkdtempSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { stringify } from 'csv-stringify/sync';
import { loadSiteConfig } from '../../src/core/site-config.ts';

export interface ImportBench {
  rows: number;
  dryRunSeconds: number;
  importSeconds: number;
  filesWritten: number;
}

const HOURS = ['lun-ven 9h-12h30, 14h-17h', 'du lundi au vendredi de 9h à 17h', 'sam 14h-18h', '24h/24', 'Mo-Fr 09:00-17:00; PH off'];

/** The spreadsheet text of `rows` generated entries. */
export function generatedSpreadsheet(rows: number): string {
  const communes = loadSiteConfig().territory.communes;
  const header = ['Identifiant', 'Nom', 'Organisme', 'Catégories', 'Description', 'Publics', 'Adresse', 'Code postal', 'Commune', 'Latitude', 'Longitude', 'Téléphone', 'Horaires', 'Rendez-vous', 'Coût', 'Vérifié le', 'Exemple'];
  const lines = Array.from({ length: rows }, (_, i) => {
    const commune = communes[i % communes.length];
    const lat = (commune?.centre.lat ?? 45.77) + ((i % 21) - 10) / 2000;
    const lon = (commune?.centre.lon ?? 4.9) + ((i % 17) - 8) / 2000;
    return [
      `bench-${i}`, `Lieu de test ${i} (exemple)`, 'Association d’exemple', i % 2 ? 'ecoute' : 'gem', 'Lieu fictif généré pour mesurer l’import.', 'adultes',
      `${(i % 200) + 1} rue de l’Exemple`, commune?.postcodes[0] ?? '', commune?.name ?? '', lat.toFixed(5).replace('.', ','), lon.toFixed(5).replace('.', ','),
      `01 99 0${Math.floor(i / 10000) % 10} ${String(Math.floor(i / 100) % 100).padStart(2, '0')} ${String(i % 100).padStart(2, '0')}`,
      HOURS[i % HOURS.length], 'Sans rendez-vous', 'Gratuit', '02/11/2026', 'oui',
    ];
  });
  return '\uFEFF' + stringify([header, ...lines], { delimiter: ';' });
}

function timed(args: string[]): number {
  const started = performance.now();
  const run = spawnSync(process.execPath, args, { stdio: ['ignore', 'ignore', 'pipe'], encoding: 'utf8' });
  if (run.status !== 0) throw new Error(`bench: the import failed:\n${run.stderr.split('\n').slice(0, 10).join('\n')}`);
  return Math.round((performance.now() - started) / 100) / 10;
}

/** Times the spreadsheet importer on `rows` generated rows. */
export function importBench(rows = 10_000): ImportBench {
  const work = mkdtempSync(join(tmpdir(), 'clsm-bench-import-'));
  try {
    const file = join(work, 'annuaire.csv');
    writeFileSync(file, generatedSpreadsheet(rows));
    const dir = join(work, 'resources');
    const dryRunSeconds = timed(['tools/import-spreadsheet.ts', file, '--dry-run', '--dir', dir]);
    const importSeconds = timed(['tools/import-spreadsheet.ts', file, '--dir', dir]);
    return { rows, dryRunSeconds, importSeconds, filesWritten: readdirSync(dir).length };
  } finally {
    rmSync(work, { recursive: true, force: true });
  }
}

// `node tools/bench/import.ts [rows]` runs this measure alone.
if (import.meta.url === `file://${process.argv[1]}`) {
  const result = importBench(Number(process.argv[2] ?? 10_000));
  console.log(`bench: spreadsheet import of ${result.rows} rows: ${result.dryRunSeconds} s with --dry-run, ${result.importSeconds} s writing ${result.filesWritten} files`);
}
