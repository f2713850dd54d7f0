import { mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
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

  it('removes files only once every new file is in place, and puts them back when a write fails', () => {
    dir = mkdtempSync(join(tmpdir(), 'write-'));
    writeFileSync(join(dir, 'old.yaml'), 'old: 1\n');
    writeFilesAtomically([{ path: join(dir, 'a.yaml'), text: 'a: 1\n' }], [join(dir, 'old.yaml')]);
    expect(readdirSync(dir)).toEqual(['a.yaml']);
    writeFileSync(join(dir, 'old.yaml'), 'old: 1\n');
    // A rename onto a folder fails: the file to remove is put back.
    mkdirSync(join(dir, 'folder'));
    expect(() => writeFilesAtomically([{ path: join(dir, 'folder'), text: 'x' }], [join(dir, 'old.yaml')])).toThrow();
    expect(readFileSync(join(dir, 'old.yaml'), 'utf8')).toBe('old: 1\n');
    expect(readdirSync(dir).sort()).toEqual(['a.yaml', 'folder', 'old.yaml']);
  });
});
