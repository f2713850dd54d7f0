/** What package.json promises: no command of the kit sends Astro's telemetry. */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';

const ROOT = join(import.meta.dirname, '..');
const scripts = (JSON.parse(readFileSync(join(ROOT, 'package.json'), 'utf8')) as { scripts: Record<string, string> }).scripts;

describe('npm scripts', () => {
  it('turn Astro telemetry off wherever they run astro', () => {
    const astroCalls = Object.entries(scripts).flatMap(([name, command]) => command.split('&&').map((part) => [name, part.trim()] as const)).filter(([, part]) => /(^|\s)astro\s/.test(part));
    expect(astroCalls.length).toBeGreaterThan(2);
    expect(astroCalls.filter(([, part]) => !part.startsWith('ASTRO_TELEMETRY_DISABLED=1 astro '))).toEqual([]);
  });

  it('build through tools/build.ts, which turns telemetry off for the astro process it starts', () => {
    expect(scripts['build']).toBe('node tools/build.ts');
    expect(readFileSync(join(ROOT, 'tools', 'build.ts'), 'utf8')).toContain("ASTRO_TELEMETRY_DISABLED: '1'");
  });
});
