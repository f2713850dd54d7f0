import { describe, expect, it } from 'vitest';
import { loadDirectory } from './resources.ts';
import { servedGroups } from './served.ts';

const BRON = '69029';

describe('servedGroups', () => {
  const ids = (list: { id: string }[]) => list.map((r) => r.id);

  it('lists for Bron what is located there, the children’s CMP of Vaulx-en-Velin whose sector covers Bron, then the remote lines', () => {
    const groups = servedGroups(loadDirectory(), BRON);
    expect(ids(groups.here)).toContain('cmp-adultes-bron');
    expect(ids(groups.nearby)).toContain('cmp-enfants-vaulx-en-velin');
    expect(ids(groups.remote)).toEqual(expect.arrayContaining(['3114-prevention-suicide', 'fil-sante-jeunes']));
  });

  it('leaves out an entry located elsewhere whose area does not cover the commune', () => {
    const all = [...Object.values(servedGroups(loadDirectory(), BRON))].flat();
    expect(ids(all)).not.toContain('cmp-adultes-villeurbanne');
    expect(ids(all)).not.toContain('cmp-adultes-vaulx-en-velin');
  });

  it('counts an entry whose area is the whole territory as serving every commune from where it is', () => {
    const groups = servedGroups(loadDirectory(), '69275');
    expect(ids(groups.nearby)).toContain('equipe-mobile-sujet-age-bron');
  });
});
