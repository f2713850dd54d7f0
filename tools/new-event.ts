/**
 * Asks for an event's details, one question at a time, and writes a valid
 * file in content/events/ (checked with the same schema and cross-checks as
 * the build before anything is written).
 *
 *   npm run new:event
 */
import { createInterface } from 'node:readline/promises';
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { stdin as input, stdout as output } from 'node:process';
import { event as eventSchema, EVENT_AUDIENCES, EVENT_TYPES, type EventInput, crossCheckEvent, loadEventContext, defaultId, DATE_EXPECTED, parseFrenchDate, parseFrenchTime, TIME_EXPECTED } from '../src/features/events/index.ts';
import { ACCESS_FEATURES } from '../src/features/directory/index.ts';
import { fieldPath, formatProblem } from '../src/core/content-errors.ts';
import { contentPath } from '../src/core/content-dir.ts';
import { translate } from '../src/core/i18n/i18n.ts';
import { writeYaml } from '../src/core/yaml.ts';
import { writeFilesAtomically } from '../src/core/write-files.ts';

const rl = createInterface({ input, output, terminal: false });
// Reading lines through the iterator keeps answers that arrive before the
// question (pasted or piped input) instead of dropping them.
const lines = rl[Symbol.asyncIterator]();
const context = loadEventContext();

async function readAnswer(prompt: string): Promise<string> {
  output.write(prompt);
  const next = await lines.next();
  if (next.done) {
    console.error('\nRien n’a été écrit : saisie interrompue.');
    process.exit(1);
  }
  return next.value;
}

/** Asks until `parse` accepts the answer. */
async function ask<T>(question: string, parse: (answer: string) => T | undefined, expected: string): Promise<T> {
  for (;;) {
    const answer = (await readAnswer(`${question} `)).trim();
    const value = parse(answer);
    if (value !== undefined) return value;
    console.log(`  → attendu : ${expected}`);
  }
}
const text = (answer: string) => (answer === '' ? undefined : answer);
const optional = (answer: string) => answer;

/** Picks one or several items from a numbered list. */
async function choose<T extends string>(question: string, ids: readonly T[], label: (id: T) => string, several: boolean): Promise<T[]> {
  ids.forEach((id, i) => console.log(`  ${i + 1}. ${label(id)}`));
  return ask(
    `${question}${several ? ' (numéros séparés par des virgules)' : ' (numéro)'}`,
    (answer) => {
      const picks = answer.split(',').map((s) => Number(s.trim()) - 1);
      if (answer === '' || picks.some((n) => !Number.isInteger(n) || n < 0 || n >= ids.length)) return undefined;
      if (!several && picks.length !== 1) return undefined;
      return picks.map((n) => ids[n]!);
    },
    several ? 'un ou plusieurs numéros de la liste, par exemple 1,3' : 'un numéro de la liste',
  );
}

console.log('Nouvel événement. Répondez aux questions ; rien n’est écrit avant la vérification finale.\n');
const title = await ask('Titre :', text, 'un titre');
const description = await ask('Description (une ou deux phrases) :', text, 'une description');
const [type] = await choose('Type :', EVENT_TYPES, (id) => translate('fr', `event.type.${id}`), false);
const date = await ask('Date (ex. 12/10/2026) :', parseFrenchDate, DATE_EXPECTED);
const startTime = await ask('Heure de début (ex. 14h30) :', parseFrenchTime, TIME_EXPECTED);
const endDate = await ask('Date de fin (Entrée si le même jour) :', (a) => (a === '' ? date : parseFrenchDate(a)), DATE_EXPECTED);
const endTime = await ask('Heure de fin (ex. 16h) :', parseFrenchTime, TIME_EXPECTED);
const resource = await ask('Identifiant du lieu dans l’annuaire (Entrée pour saisir une adresse) :', (a) => (a === '' || context.places.has(a) ? a : undefined), `un identifiant existant, par exemple ${[...context.places.keys()][0] ?? 'gem-bron'}`);
let place: EventInput['place'];
if (resource) {
  place = { resource };
} else {
  const communes = context.site.territory.communes.map((c) => c.name);
  const name = await ask('Nom du lieu :', text, 'un nom');
  const street = await ask('Adresse (numéro et rue) :', text, 'une adresse');
  const [commune = ''] = await choose('Commune :', communes, (c) => c, false);
  const postcode = context.site.territory.communes.find((c) => c.name === commune)?.postcodes[0] ?? '';
  const number = (a: string) => (a === '' || Number.isNaN(Number(a.replace(',', '.'))) ? undefined : Number(a.replace(',', '.')));
  const lat = await ask('Latitude (ex. 45,7719) :', number, 'un nombre décimal');
  const lon = await ask('Longitude (ex. 4,8902) :', number, 'un nombre décimal');
  place = { name, street, postcode, commune, coordinates: { lat, lon } };
}
const audiences = await choose('Public :', EVENT_AUDIENCES, (id) => translate('fr', `event.audience.${id}`), true);
const price = await ask('Tarif en euros (0 si gratuit) :', (a) => (a !== '' && !Number.isNaN(Number(a.replace(',', '.'))) ? Number(a.replace(',', '.')) : undefined), 'un nombre, 0 si gratuit');
const registrationAnswer = await ask('Inscription : lien, téléphone ou courriel (Entrée si entrée libre) :', optional, '');
const registration: EventInput['registration'] =
  registrationAnswer === '' ? { kind: 'none' }
  : /^https?:\/\//.test(registrationAnswer) ? { kind: 'link', url: registrationAnswer }
  : registrationAnswer.includes('@') ? { kind: 'email', email: registrationAnswer }
  : { kind: 'phone', phone: registrationAnswer };
const accessibility = (await ask('Accessibilité : numéros séparés par des virgules, Entrée si rien\n' + ACCESS_FEATURES.map((id, i) => `  ${i + 1}. ${translate('fr', `directory.access.${id}`)}`).join('\n') + '\n>', (a) => {
  if (a === '') return [];
  const picks = a.split(',').map((s) => Number(s.trim()) - 1);
  return picks.every((n) => Number.isInteger(n) && n >= 0 && n < ACCESS_FEATURES.length) ? picks.map((n) => ACCESS_FEATURES[n]!) : undefined;
}, 'des numéros de la liste'));
const organisers = await ask('Organisateurs (séparés par des virgules) :', (a) => (a === '' ? undefined : a.split(',').map((s) => ({ name: s.trim() })).filter((o) => o.name)), 'au moins un nom');
const edition = await ask('Année de l’édition des SISM (Entrée si hors SISM) :', (a) => (a === '' ? 0 : /^\d{4}$/.test(a) ? Number(a) : undefined), 'une année comme 2026, ou rien');
rl.close();

const data: EventInput = {
  title, description, type: type!, start: `${date}T${startTime}`, end: `${endDate}T${endTime}`, place, audiences, price, registration,
  ...(accessibility.length > 0 ? { accessibility } : {}), organisers, ...(edition ? { edition } : {}),
};
const file = join(contentPath('events'), `${defaultId(date, title)}.yaml`);
const parsed = eventSchema.safeParse(data);
const problems = parsed.success
  ? crossCheckEvent(parsed.data, file, context).problems.map(formatProblem)
  : parsed.error.issues.map((issue) => `${file}: ${fieldPath(issue.path)}: ${issue.message}`);
if (problems.length > 0) {
  console.error('\nRien n’a été écrit. À corriger :');
  for (const p of problems) console.error(`  ${p}`);
  process.exit(1);
}
if (existsSync(file)) {
  console.error(`\nRien n’a été écrit : ${file} existe déjà (même date et même titre). Modifiez ce fichier.`);
  process.exit(1);
}
writeFilesAtomically([{ path: file, text: `# Created with npm run new:event.\n${writeYaml(data)}` }]);
console.log(`\nÉcrit : ${file}\nPage : /agenda/${defaultId(date, title)}/`);
