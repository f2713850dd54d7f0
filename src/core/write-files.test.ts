import { mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { writeFilesAtomically } from './write-files.ts';

let dir = '';
afterEach(() => rmSync(dir, { recursive: true, force: true }));

describe('writing content files all or nothing', () => {
  it('writes every file, creating their folders', () => {
    dir = mkdtempSync(join(tmpdir(), 'write-'));
    writeFilesAtomically([{ path: join(dir, 'a.yaml'), text: 'a: 1\n' }, { path: join(dir, 'sub', 'b.yaml'), text: 'b: 2\n' }]);
    expect(readFileSync(join(dir, 'sub', 'b.yaml'), 'utf8')).toBe('b: 2\n');
    expect(readdirSync(dir).sort()).toEqual(['a.yaml', 'sub']);
  });

  it('leaves nothing behind, not even the files it could write, when one cannot be written', () => {
    dir = mkdtempSync(join(tmpdir(), 'write-'));
    writeFileSync(join(dir, 'plain'), 'x');
    // A folder cannot be made under a file (checks on permissions would not hold as root).
    const blocked = join(dir, 'plain', 'b.yaml');
    expect(() => writeFilesAtomically([{ path: join(dir, 'a.yaml'), text: 'a: 1\n' }, { path: blocked, text: 'b: 2\n' }])).toThrow(/ENOTDIR|EEXIST/);
    expect(readdirSync(dir)).toEqual(['plain']);
  });
});
