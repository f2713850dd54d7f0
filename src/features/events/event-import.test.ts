import { mkdtempSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeAll, describe, expect, it } from 'vitest';
import { ContentError, formatProblem } from '../../core/content-errors.ts';
import { importProgramme } from './event-import.ts';
import { loadEventContext, loadEvents, type EventContext } from './events.ts';

const fixtures = 'tests/fixtures/events';
let context: EventContext;
let out: string;

beforeAll(() => {
  context = loadEventContext();
});
afterEach(() => {
  if (out) rmSync(out, { recursive: true, force: true });
});

function tempDir(): string {
  out = mkdtempSync(join(tmpdir(), 'events-'));
  return out;
}

describe('importing a good programme', () => {
  it('writes one valid event file per row, which the site loads with the same times', () => {
    const dir = tempDir();
    const summary = importProgramme(`${fixtures}/programme-2026.csv`, { outDir: dir, context });
    expect(summary.created).toHaveLength(28);
    expect(readdirSync(dir).filter((f) => f.endsWith('.yaml'))).toHaveLength(28);
    expect(readdirSync(dir).filter((f) => f.endsWith('.tmp'))).toEqual([]);
    const events = loadEvents(dir, context);
    expect(events).toHaveLength(28);
    const slam = events.find((e) => e.id === '2026-10-21-atelier-slam-dire-ce-qu-on-ressent')!;
    expect(slam).toMatchObject({ start: '2026-10-21T14:00', end: '2026-10-21T16:00', type: 'atelier', audiences: ['jeunes'], price: 0, edition: 2026 });
    expect(slam.location).toMatchObject({ resourceId: 'mission-locale-vaulx-en-velin', commune: 'Vaulx-en-Velin' });
    const expo = events.find((e) => e.title.startsWith('Exposition « Portraits'))!;
    expect(expo.days).toHaveLength(12);
    expect(expo.accessibility).toEqual(['step-free']);
    const cinema = events.find((e) => e.title === 'Ciné-débat : « Hors normes »')!;
    expect(cinema.price).toBe(4);
    expect(cinema.location.coordinates).toEqual({ lat: 45.7701, lon: 4.8835 });
  });

  it('writes nothing on a dry run, and updates files on a second import', () => {
    const dir = tempDir();
    expect(importProgramme(`${fixtures}/agenda-clsm.csv`, { outDir: dir, context, dryRun: true }).created).toHaveLength(3);
    expect(readdirSync(dir)).toEqual([]);
    importProgramme(`${fixtures}/agenda-clsm.csv`, { outDir: dir, context });
    const again = importProgramme(`${fixtures}/agenda-clsm.csv`, { outDir: dir, context });
    expect(again).toEqual({ created: [], updated: expect.arrayContaining(['2026-12-10-assemblee-pleniere-du-clsm']) });
  });

  it('reads the template shipped for CLSM staff', () => {
    const summary = importProgramme('templates/programme-sism.csv', { outDir: tempDir(), context, dryRun: true });
    expect(summary.created).toEqual(['2026-10-24-cine-debat-hors-normes']);
  });
});

describe('importing a programme with mistakes', () => {
  function problems(file: string): string[] {
    const dir = tempDir();
    try {
      importProgramme(file, { outDir: dir, context });
    } catch (error) {
      expect(error).toBeInstanceOf(ContentError);
      expect(readdirSync(dir), 'nothing is written when a row is wrong').toEqual([]);
      return (error as ContentError).problems.map(formatProblem);
    }
    throw new Error('expected the import to fail');
  }

  it('reports every mistake as file:row: column: expected, and writes nothing', () => {
    const found = problems(`${fixtures}/programme-errors.csv`);
    const expected: [number, string, RegExp][] = [
      [2, 'Lieu (annuaire)', /expected the id of a directory entry.*"cmp-inexistant" is not one/],
      [3, 'Heure de fin', /expected end to be after start/],
      [4, 'Date', /expected a date within the SISM 2026 \(2026-10-12 to 2026-10-26\); got 2026-11-05/],
      [5, 'Titre', /expected a title/],
      [6, 'Heure de début', /expected a time such as "14h30".*got "vers 14 heures"/],
      [7, 'Commune', /expected one of the territory's communes.*"Lyon" is not one/],
      [8, 'Inscription', /"04 12" is not a valid phone number/],
      [9, 'Type', /expected one of: Conférence, Ciné-débat.*got "Barbecue"/],
      [10, 'Date', /expected a date such as "12\/10\/2026".*got "31\/09\/2026"/],
      [11, 'Public', /expected audiences among: Tout public.*got "Ados"/],
      [12, 'Latitude', /expected a point inside the territory's map.bounds/],
      [13, 'Tarif', /expected "Gratuit" or a price in euros such as "5 €"; got "pas cher"/],
      [14, 'Organisateurs', /expected at least one organiser/],
    ];
    for (const [row, column, message] of expected) {
      const line = found.find((p) => p.startsWith(`programme-errors.csv:${row}: ${column}: `));
      expect(line, `row ${row}, column ${column}\n${found.join('\n')}`).toBeDefined();
      expect(line).toMatch(message);
    }
    expect(found.some((p) => p.startsWith('programme-errors.csv:1:')), 'the valid first row has no problem').toBe(false);
  });

  it('names a missing or unknown column', () => {
    const dir = tempDir();
    const file = join(dir, 'colonnes.csv');
    writeFileSync(file, 'Titre;Date;Couleur\nAtelier;20/10/2026;bleu\n');
    let messages: string[] = [];
    try {
      importProgramme(file, { outDir: join(dir, 'out'), context });
    } catch (error) {
      messages = (error as ContentError).problems.map(formatProblem);
    }
    expect(messages).toContain("colonnes.csv: Heure de début: expected this column in the header row (see templates/programme-sism.csv)");
    expect(messages.some((m) => m.startsWith('colonnes.csv: Couleur: expected one of the template\'s columns'))).toBe(true);
  });
});

describe('reading the spreadsheet the way every importer does', () => {
  function messagesFor(name: string, bytes: string | Uint8Array): string[] {
    const dir = tempDir();
    const file = join(dir, name);
    writeFileSync(file, bytes);
    try {
      importProgramme(file, { outDir: join(dir, 'out'), context });
    } catch (error) {
      expect(readdirSync(dir), 'nothing is written').toEqual([name]);
      return (error as ContentError).problems.map(formatProblem);
    }
    throw new Error('expected the import to fail');
  }
  const header = 'Titre;Description;Type;Date;Heure de début;Heure de fin;Lieu (annuaire);Public;Tarif;Organisateurs\n';

  it('refuses a Windows-1252 file from Excel with where and how to fix it', () => {
    const latin1 = Uint8Array.from(Buffer.from(`${header}Ciné-débat;Un film;Ciné-débat;20/10/2026;18h;20h;;Tout public;Gratuit;CLSM\n`, 'latin1'));
    expect(messagesFor('excel.csv', latin1).join('\n')).toMatch(/excel\.csv: \(encoding\): expected a UTF-8 file; line 1 has the byte 0xE9.*CSV UTF-8/);
  });

  it('refuses a cell that a spreadsheet would run as a formula', () => {
    const found = messagesFor('formule.csv', `${header}=HYPERLINK("http://x");Un film;Ciné-débat;20/10/2026;18h;20h;;Tout public;Gratuit;CLSM\n`);
    expect(found).toContain('formule.csv:1: Titre: expected plain text, not a spreadsheet formula: "=HYPERLINK("http://x")" (remove the leading "=")');
  });

  it('refuses a javascript: link as registration, saying an https address is expected', () => {
    const found = messagesFor('lien.csv', `${header.replace('Organisateurs', 'Organisateurs;Inscription')}Atelier;Un atelier;Atelier;20/10/2026;18h;20h;;Tout public;Gratuit;CLSM;javascript:alert(1)\n`);
    expect(found).toContain('lien.csv:1: Inscription: expected an https:// web address for online registration, an email address or a phone number; a "javascript:" link is not put on the site');
  });

  it('says to export a workbook as CSV', () => {
    expect(messagesFor('programme.xlsx', 'PK')[0]).toMatch(/programme\.xlsx: \(file\): expected a CSV file, not a workbook/);
  });
});
