/**
 * `npm run build` publishes nothing when it fails: the previous build stays
 * as it was and no half-written folder is left behind.
 */
import { describe, expect, it } from 'vitest';
import { spawnSync } from 'node:child_process';
import { cpSync, existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

describe('a failed build', () => {
  it('leaves the previous build in place and no partial output, naming the file and field', () => {
    const work = mkdtempSync(join(tmpdir(), 'clsm-failed-build-'));
    try {
      const content = join(work, 'content');
      cpSync('content', content, { recursive: true });
      // A mistake found while pages are rendered, after Astro started writing.
      const entry = join(content, 'resources', 'gem-bron.yaml');
      writeFileSync(entry, readFileSync(entry, 'utf8').replace(/number: 01 99 00 40 20/, 'number: 01 99'));
      const out = join(work, 'dist');
      mkdirSync(out);
      writeFileSync(join(out, 'index.html'), 'previous build');

      const build = spawnSync(process.execPath, ['tools/build.ts', '--outDir', out], {
        env: { ...process.env, CLSM_CONTENT_DIR: content },
        encoding: 'utf8',
      });

      expect(build.status).not.toBe(0);
      expect(`${build.stdout}${build.stderr}`).toMatch(/gem-bron\.yaml: phones\.0\.number: "01 99" is not a valid phone number/);
      expect(readFileSync(join(out, 'index.html'), 'utf8')).toBe('previous build');
      expect(existsSync(`${out}.partial`)).toBe(false);
    } finally {
      rmSync(work, { recursive: true, force: true });
    }
  }, 180_000);
});
