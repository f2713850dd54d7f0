/**
 * Reads a text file whose encoding is not known in advance. Spreadsheets
 * must be UTF-8 (a Latin-1 file is refused with where and how to fix it);
 * the FINESS extract is published in Windows-1252 and is decoded as such
 * when it is not UTF-8.
 */
import { readFileSync } from 'node:fs';
import type { ContentProblem } from './content-errors.ts';

export type TextResult = { ok: true; text: string; encoding: 'utf-8' | 'windows-1252' } | { ok: false; problem: ContentProblem };

/** Line (1-based) and byte of the first sequence that is not UTF-8. */
function firstInvalid(bytes: Uint8Array): { line: number; byte: number } | undefined {
  const decoder = new TextDecoder('utf-8', { fatal: true });
  let line = 1;
  let start = 0;
  for (let i = 0; i <= bytes.length; i += 1) {
    if (i === bytes.length || bytes[i] === 0x0a) {
      try {
        decoder.decode(bytes.subarray(start, i));
      } catch {
        const slice = bytes.subarray(start, i);
        const bad = slice.findIndex((b) => b >= 0x80);
        return { line, byte: slice[bad] ?? 0 };
      }
      line += 1;
      start = i + 1;
    }
  }
  return undefined;
}

/** Reads `path` as UTF-8 (BOM removed); `fallback` decodes a non-UTF-8 file as Windows-1252 instead of refusing it. */
export function readText(path: string, display: string, options: { fallback?: 'windows-1252' } = {}): TextResult {
  let bytes: Uint8Array;
  try {
    bytes = readFileSync(path);
  } catch {
    return { ok: false, problem: { file: display, field: '(file)', message: 'expected this file to exist and be readable' } };
  }
  const invalid = firstInvalid(bytes);
  if (invalid === undefined) return { ok: true, text: new TextDecoder('utf-8').decode(bytes).replace(/^\uFEFF/, ''), encoding: 'utf-8' };
  if (options.fallback) return { ok: true, text: new TextDecoder('windows-1252').decode(bytes), encoding: 'windows-1252' };
  const char = new TextDecoder('windows-1252').decode(Uint8Array.of(invalid.byte));
  return {
    ok: false,
    problem: {
      file: display,
      field: '(encoding)',
      message: `expected a UTF-8 file; line ${invalid.line} has the byte 0x${invalid.byte.toString(16).toUpperCase()} ("${char}" in Latin-1/Windows-1252), so the file was saved in another encoding. In LibreOffice choose "Enregistrer sous" > CSV with "Unicode (UTF-8)"; in Excel choose "CSV UTF-8 (délimité par des virgules)"`,
    },
  };
}
