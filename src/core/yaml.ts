/**
 * YAML, read and written one way: js-yaml with the YAML 1.2 core schema
 * (dates stay strings, as the schemas expect). It reads the 10,000-entry
 * directory of the benchmark 8 times faster than `yaml` did, and its
 * messages give the line and column. Reading a content file validates it
 * against its schema and reports every mistake as `file: field: expected`
 * (see content-errors.ts).
 */
import { readFileSync } from 'node:fs';
import { relative } from 'node:path';
import { CORE_SCHEMA, FAILSAFE_SCHEMA, YAMLException, dump, load } from 'js-yaml';
import type { z } from 'astro/zod';
import { ContentError, problemsFromZod } from './content-errors.ts';

/**
 * YAML text as data. `strings: true` reads every scalar as a string (the
 * failsafe schema), for front matter read only for its words. Throws a
 * YAMLException whose message names the line and column.
 */
export function readYaml(text: string, options: { strings?: boolean } = {}): unknown {
  return load(text, { schema: options.strings ? FAILSAFE_SCHEMA : CORE_SCHEMA });
}

/** Data as YAML text: block style, long lines kept whole, keys in their order. */
export function writeYaml(data: unknown): string {
  return dump(data, { schema: CORE_SCHEMA, lineWidth: -1, noRefs: true, quotingType: '"' });
}

/** "line 3, column 7: bad indentation of a mapping entry" from a js-yaml error. */
export function yamlErrorText(error: unknown): string {
  if (!(error instanceof YAMLException)) return String(error);
  const where = error.mark ? `line ${error.mark.line + 1}, column ${error.mark.column + 1}: ` : '';
  return `${where}${error.reason}`;
}

/** Parses YAML text and validates it; `file` is used only in messages. */
export function parseYaml<S extends z.ZodType>(text: string, schema: S, file: string): z.infer<S> {
  let data: unknown;
  try {
    data = readYaml(text);
  } catch (error) {
    throw new ContentError([{ file, field: '(syntax)', message: `expected valid YAML: ${yamlErrorText(error)}` }]);
  }
  const result = schema.safeParse(data);
  if (!result.success) throw new ContentError(problemsFromZod(file, result.error));
  return result.data;
}

/** Reads and validates a YAML file; paths in messages are relative to the project. */
export function readYamlFile<S extends z.ZodType>(path: string, schema: S): z.infer<S> {
  const display = relative(process.cwd(), path) || path;
  let text: string;
  try {
    text = readFileSync(path, 'utf8');
  } catch {
    throw new ContentError([{ file: display, field: '(file)', message: 'expected this file to exist and be readable' }]);
  }
  return parseYaml(text, schema, display);
}

/** A string scalar of a YAML text, where it sits and under which key. */
export interface YamlString {
  /** The value, as the reader sees it (quotes removed, folded lines joined). */
  value: string;
  /** The nearest mapping key above it (`title`, or `categories` for a list item). */
  key: string | undefined;
  /** The mapping keys from the root to it (`['sources', 'url']`; list positions are not counted). */
  path: string[];
  /** For each character of `value`, its offset in the YAML text. */
  offsets: number[];
}

/**
 * Every string value of a YAML text with its position, for tools that
 * report a line and column inside a value (the content lint). Keys are not
 * returned. Positions come from js-yaml's listener: each node's start and
 * end offsets; the characters of the value are then matched, in order, to
 * the characters of its source (quotes, escapes and line folds skipped).
 */
export function yamlStrings(text: string): YamlString[] {
  interface Frame { start: number; path: string[]; lastKey: string | undefined }
  const stack: Frame[] = [];
  const strings: YamlString[] = [];
  const seen = new Set<string>();
  load(text, {
    schema: CORE_SCHEMA,
    listener(event, state) {
      if (event === 'open') {
        const parent = stack[stack.length - 1];
        const path = parent ? (parent.lastKey === undefined ? parent.path : [...parent.path, parent.lastKey]) : [];
        stack.push({ start: state.position, path, lastKey: undefined });
        return;
      }
      const frame = stack.pop();
      if (!frame || typeof state.result !== 'string') return;
      const end = state.position;
      const parent = stack[stack.length - 1];
      if (/^[ \t]*:/.test(text.slice(end, end + 40))) {
        if (parent) parent.lastKey = state.result;
        return;
      }
      const id = `${frame.start}:${end}`;
      if (seen.has(id)) return; // a block sequence entry reports its scalar twice
      seen.add(id);
      strings.push({ value: state.result, key: frame.path.at(-1), path: frame.path, offsets: alignOffsets(state.result, text, frame.start, end) });
    },
  });
  return strings;
}

/** Offsets in `text` (between `from` and `to`) of each character of `value`, matched in order. */
function alignOffsets(value: string, text: string, from: number, to: number): number[] {
  const offsets: number[] = [];
  let i = from;
  for (const char of value) {
    let found = i;
    while (found < to && text[found] !== char && !(/\s/.test(char) && /\s/.test(text[found] ?? ''))) found += 1;
    const at = found < to ? found : Math.max(from, i - 1);
    for (let k = 0; k < char.length; k += 1) offsets.push(at + k);
    i = found < to ? found + char.length : i;
  }
  return offsets;
}
