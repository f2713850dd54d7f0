import { describe, expect, it } from 'vitest';
import { readFileSync } from 'node:fs';
import { editDistance, findAddress, parseAddress, prepareIndex, streetLabel, type AddressAnswer } from './address-match.ts';
import type { AddressIndex } from './address-index.ts';

// The sample territory's index, imported from tests/fixtures/ban/adresses-69-extrait.csv (BAN format).
const index = JSON.parse(readFileSync('content/addresses.json', 'utf8')) as AddressIndex;
const prepared = prepareIndex(index);

/** "Rue Anatole France, Villeurbanne, 12" for an address answer; the kind otherwise. */
function found(text: string): string {
  const answer: AddressAnswer = findAddress(prepared, text);
  if (answer.kind !== 'address') return answer.kind;
  const n = answer.number ? `${answer.number.number}${answer.number.rep ? ` ${answer.number.rep}` : ''}${answer.number.exact ? '' : ' (nearest)'}` : '-';
  return `${answer.name}, ${answer.commune.name}, ${n}`;
}

describe('finding a typed address', () => {
  it('finds the issue\'s examples: full address with postcode, abbreviation with hyphen, no accents', () => {
    expect(found('12 rue Anatole France 69100 Villeurbanne')).toBe('Rue Anatole France, Villeurbanne, 12');
    expect(found('12 av. Anatole-France')).toBe('Rue Anatole France, Villeurbanne, 12');
    expect(found('12 rue anatole france villeurbanne')).toBe('Rue Anatole France, Villeurbanne, 12');
    expect(found('150 rue leon blum')).toBe('Rue Léon Blum, Villeurbanne, 150');
  });

  it('expands the usual abbreviations', () => {
    expect(found('1 bd du 11 novembre 1918')).toBe('Boulevard du 11 Novembre 1918, Villeurbanne, 1');
    expect(found('2 crs Emile Zola')).toBe('Cours Émile Zola, Villeurbanne, 2');
    expect(found('2 r. du Dr Rollet')).toBe('Rue du Docteur Rollet, Villeurbanne, 2');
    expect(found('14 av F. Roosevelt Bron')).toBe('commune');
    expect(found('14 av Franklin Roosevelt Bron')).toBe('Avenue Franklin Roosevelt, Bron, 14');
  });

  it('takes the postcode and the commune in any order', () => {
    expect(found('69100 Villeurbanne, 12 rue Anatole France')).toBe('Rue Anatole France, Villeurbanne, 12');
    expect(found('Villeurbanne 12 rue Anatole France')).toBe('Rue Anatole France, Villeurbanne, 12');
    expect(found('12 rue Anatole France, 69100')).toBe('Rue Anatole France, Villeurbanne, 12');
  });

  it('reads bis and ter however they are written', () => {
    const bis = index.streets.find(([, name]) => name === 'Cours Émile Zola')![2].find((n) => typeof n === 'string' && n.endsWith(' bis')) as string;
    const number = bis.split(' ')[0];
    expect(found(`${number} bis cours Emile Zola`)).toBe(`Cours Émile Zola, Villeurbanne, ${number} bis`);
    expect(found(`${number}bis cours Emile Zola`)).toBe(`Cours Émile Zola, Villeurbanne, ${number} bis`);
    expect(found(`${number}b cours Emile Zola`)).toBe(`Cours Émile Zola, Villeurbanne, ${number} bis`);
    expect(found('12 ter rue Anatole France')).toBe('Rue Anatole France, Villeurbanne, 12 (nearest)');
  });

  it('forgives one wrong, missing or swapped letter, not two', () => {
    expect(found('12 rue Anatol France')).toBe('Rue Anatole France, Villeurbanne, 12');
    expect(found('12 rue Antaole France')).toBe('Rue Anatole France, Villeurbanne, 12');
    expect(found('12 rue Anatoel Frnace')).toBe('unknown');
  });

  it('asks which commune when a street name is in two, and answers when the commune is given', () => {
    const answer = findAddress(prepared, '5 rue de la République');
    expect(answer.kind).toBe('choose');
    expect(answer.kind === 'choose' && answer.options.map((o) => o.commune.name)).toEqual(['Vaulx-en-Velin', 'Décines-Charpieu']);
    expect(found('5 rue de la republique decines')).toBe('Rue de la République, Décines-Charpieu, 5');
    expect(found('5 rue de la republique 69120')).toBe('Rue de la République, Vaulx-en-Velin, 5');
  });

  it('gives the nearest number on the same side when the BAN does not know the number', () => {
    expect(found('999 rue Anatole France')).toBe('Rue Anatole France, Villeurbanne, 79 (nearest)');
  });

  it('says outside for a postcode of another commune, commune for a known commune without its street', () => {
    expect(findAddress(prepared, '5 place Bellecour 69002 Lyon')).toEqual({ kind: 'outside', postcode: '69002' });
    expect(findAddress(prepared, '3 impasse inconnue, Bron').kind).toBe('commune');
    expect(findAddress(prepared, 'quelque chose').kind).toBe('unknown');
  });

  it('takes an address apart', () => {
    expect(parseAddress('n° 4 ter, Bd du 11-Novembre-1918 69100', index.communes)).toEqual({ number: 4, rep: 'ter', postcode: '69100', street: ['boulevard', '11', 'novembre', '1918'] });
    expect(parseAddress('rue du 4 Août 1789, Vaulx-en-Velin', index.communes)).toEqual({ rep: '', commune: 1, street: ['rue', '4', 'aout', '1789'] });
  });

  it('measures edit distance with swaps', () => {
    expect(editDistance('anatole', 'antaole', 2)).toBe(1);
    expect(editDistance('anatole', 'anatol', 2)).toBe(1);
    expect(editDistance('anatole', 'xxxxxxx', 2)).toBe(3);
  });
});

describe('writing a street inside a sentence', () => {
  it('lowers the street type only', () => {
    expect(streetLabel('Rue Anatole France')).toBe('rue Anatole France');
    expect(streetLabel('Allée des Lilas')).toBe('allée des Lilas');
    expect(streetLabel('Le Clos Fleuri')).toBe('Le Clos Fleuri');
  });
});
