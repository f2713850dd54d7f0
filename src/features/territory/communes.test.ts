import { describe, expect, it } from 'vitest';
import { CommuneQueryError, resolveCommunes, splitQuery } from './communes.ts';

const codes = (words: string[]) => resolveCommunes(words).communes.map((c) => c.insee);

describe('resolving what a coordinator types into communes', () => {
  it('takes an EPCI by its SIREN, with its communes, postcodes and name', () => {
    const result = resolveCommunes(['242900645']);
    expect(result.communes.map((c) => c.name)).toEqual(['Douarnenez', 'Poullan-sur-Mer', 'Pouldergat', 'Kerlaz', 'Le Juch']);
    expect(result.communes[0]).toMatchObject({ insee: '29046', postcodes: ['29100'], department: '29' });
    expect(result.groupName).toBe('CC Douarnenez Communauté');
  });

  it('takes names without accents or hyphens, INSEE codes and former codes of merged communes', () => {
    expect(codes(splitQuery('villeurbanne, 69256; Decines Charpieu'))).toEqual(['69266', '69256', '69275']);
    // 29164 was merged into Douarnenez (29046).
    expect(codes(['29164'])).toEqual(['29046']);
  });

  it('takes a department, overseas ones included', () => {
    expect(codes(['976'])).toHaveLength(17);
    expect(codes(['2A']).every((code) => code.startsWith('2A'))).toBe(true);
  });

  it('asks for the department when a name is shared, and accepts it in brackets', () => {
    expect(() => resolveCommunes(['Saint-Denis'])).toThrow(/several communes have this name: .*Saint-Denis \(93\).*Saint-Denis \(974\)/);
    expect(codes(['Saint-Denis (974)'])).toEqual(['97411']);
  });

  it('names every word it did not understand, and tells a postcode from an INSEE code', () => {
    const error = (() => {
      try {
        resolveCommunes(['69500', 'Villeurbane', '999999999']);
      } catch (e) {
        return e as CommuneQueryError;
      }
      return undefined;
    })();
    expect(error).toBeInstanceOf(CommuneQueryError);
    expect(error!.problems).toHaveLength(3);
    expect(error!.problems[0]).toMatch(/"69500": not an INSEE code but a postcode, of Bron \(INSEE 69029\)/);
    expect(error!.problems[1]).toMatch(/"Villeurbane": .*did you mean Villeurbanne \(69\)/);
    expect(error!.problems[2]).toMatch(/no EPCI has this SIREN/);
  });
});
