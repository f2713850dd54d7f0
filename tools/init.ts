/**
 * `npm run init`: makes the kit the site of your CLSM's territory.
 *
 *   npm run init -- --name "Conseil local de santé mentale du Pays de Douarnenez" \
 *     --communes 242900645 --contours communes-50m.geojson [--url https://…] \
 *     [--short-name "CLSM Douarnenez"] [--keep-sample] [--yes]
 *
 * What is not given as a flag is asked (when run in a terminal). Communes:
 * names, INSEE codes, an EPCI (SIREN or name) or a department, separated by
 * commas. The contours file is the Etalab "contours administratifs"
 * communes GeoJSON (or IGN ADMIN EXPRESS as GeoJSON): see docs/setup.md.
 * Nothing is written until everything is understood; removing content from
 * a site that is no longer the sample asks first (--yes answers for you).
 */
import { createInterface } from 'node:readline/promises';
import { relative } from 'node:path';
import { parseArgs } from 'node:util';
import { CONTENT_DIR } from '../src/core/content-dir.ts';
import { ContentError, formatProblem } from '../src/core/content-errors.ts';
import { writeFilesAtomically } from '../src/core/write-files.ts';
import { CommuneQueryError, ContoursError, planInit, splitQuery } from '../src/features/territory/index.ts';

const { values } = parseArgs({
  options: {
    name: { type: 'string' },
    'short-name': { type: 'string' },
    communes: { type: 'string' },
    contours: { type: 'string' },
    url: { type: 'string' },
    tolerance: { type: 'string' },
    'keep-sample': { type: 'boolean', default: false },
    yes: { type: 'boolean', default: false },
  },
});

const interactive = process.stdin.isTTY === true;
const rl = interactive ? createInterface({ input: process.stdin, output: process.stdout }) : undefined;

async function ask(flag: string, question: string): Promise<string> {
  const given = values[flag as keyof typeof values];
  if (typeof given === 'string' && given.trim() !== '') return given.trim();
  if (!rl) {
    console.error(`npm run init: --${flag} is missing (${question.replace(/ ?: $/, '')})`);
    process.exit(2);
  }
  const answer = (await rl.question(question)).trim();
  return answer === '' ? ask(flag, question) : answer;
}

try {
  const name = await ask('name', 'Nom complet du CLSM (ex. : Conseil local de santé mentale du Pays de Douarnenez) : ');
  const communes = await ask('communes', 'Communes du territoire : noms, codes INSEE, un EPCI (SIREN ou nom) ou un département, séparés par des virgules : ');
  const contours = await ask('contours', 'Fichier des contours des communes (GeoJSON Etalab ou IGN, voir docs/setup.md) : ');
  const plan = planInit({
    contentDir: CONTENT_DIR,
    name,
    shortName: values['short-name'],
    communes: splitQuery(communes),
    contoursFile: contours,
    url: values.url,
    keepSample: values['keep-sample'] ?? false,
    ...(values.tolerance ? { toleranceMetres: Number(values.tolerance) } : {}),
  });
  console.log(`Territoire : ${plan.site.territory.name} (${plan.contours.length} communes)`);
  for (const c of plan.site.territory.communes) console.log(`  ${c.insee}  ${c.name}  ${c.postcodes.join(', ')}`);
  if (plan.remove.length > 0) console.log(`${plan.remove.length} fichiers du territoire d’exemple seront retirés (événements, actualités, lieux d’exemple, secteurs…).`);
  if (plan.needsConfirmation && plan.remove.length > 0 && !values.yes) {
    const answer = rl ? (await rl.question('Ce site n’est plus celui de l’exemple : retirer ces fichiers quand même ? (oui/non) ')).trim().toLowerCase() : '';
    if (!['o', 'oui', 'y', 'yes'].includes(answer)) {
      console.error('Rien n’a été modifié.' + (rl ? '' : ' Relancez avec --yes pour confirmer, ou --keep-sample pour ne rien retirer.'));
      process.exit(1);
    }
  }
  writeFilesAtomically(plan.write, plan.remove);
  for (const file of plan.write) console.log(`écrit : ${relative(process.cwd(), file.path)}`);
  console.log(`\n${plan.checklist}`);
  rl?.close();
} catch (error) {
  rl?.close();
  if (error instanceof ContentError) console.error(error.problems.map(formatProblem).join('\n'));
  else if (error instanceof CommuneQueryError || error instanceof ContoursError) console.error(error.message);
  else throw error;
  console.error('Rien n’a été modifié.');
  process.exit(1);
}
