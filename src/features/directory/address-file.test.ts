import { describe, expect, it } from 'vitest';
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { loadAddressIndex } from './address-file.ts';
import { loadSiteConfig } from '../../core/site-config.ts';

const site = loadSiteConfig('content/site.yaml');
const dir = mkdtempSync(join(tmpdir(), 'addresses-'));

describe('the address index of the build', () => {
  it('is optional', () => {
    expect(loadAddressIndex(site, join(dir, 'none.json'))).toBeUndefined();
  });

  it('must be of the territory of site.yaml', () => {
    const index = JSON.parse(readFileSync('content/addresses.json', 'utf8')) as { communes: unknown[] };
    index.communes.pop();
    const file = join(dir, 'addresses.json');
    writeFileSync(file, JSON.stringify(index));
    expect(() => loadAddressIndex(site, file)).toThrow(/addresses\.json: communes: expected the territory's communes of site\.yaml \(69266, 69256, 69029, 69275\); the index has 69266, 69256, 69029: run npm run import:addresses again/);
  });
});
