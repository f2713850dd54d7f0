/**
 * The all-or-nothing import shared by every importer. Records converted
 * from a source are merged with the files they created before (see
 * provenance.ts), validated with the same schema and cross-checks as the
 * build, and written only when every one of them is valid: each file is
 * written to a temporary name in the same folder, then renamed.
 */
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { basename, extname, join, relative } from 'node:path';
import { readYaml, writeYaml } from '../../../core/yaml.ts';
import { resource, resourceId, type ResourceData, crossCheck } from '../../directory/index.ts';
import type { IMPORT_SOURCES, ImportProvenance, Taxonomy } from '../../directory/index.ts';
import type { SiteConfig } from '../../../core/schema/site.ts';
import { fieldPath, formatProblem, type ContentProblem } from '../../../core/content-errors.ts';
import { hashValue, mergeImported } from './provenance.ts';
import { writeFilesAtomically } from '../../../core/write-files.ts';

export type ImportSource = (typeof IMPORT_SOURCES)[number];

/** One entry converted from a source, before validation. */
export interface ImportRecord {
  /** The source file, for messages. */
  file: string;
  /** Row or record number in the source (1-based, header excluded). */
  row?: number;
  /** The entry's id in the source (FINESS number, HSDS id, spreadsheet id or slug). */
  sourceId: string;
  /** The file name to use for a new entry. */
  id: string;
  /** The entry's fields, as they would be written in YAML. */
  data: Record<string, unknown>;
  /** Names to show instead of schema paths in messages, e.g. `location.postcode` → `Code postal`. */
  labels?: Record<string, string>;
  /** Entry fields the converter already reported a problem for: the schema's own message about them is not repeated. */
  reported?: Set<string>;
}

/** What converting a source produced. */
export interface Conversion {
  records: ImportRecord[];
  /** Problems found while reading the source; any of them stops the import. */
  problems: ContentProblem[];
  /** Things worth saying that do not stop the import (e.g. empty rows skipped). */
  notices: ContentProblem[];
  /** Source ids the source marks closed: entries imported from them before are closed. */
  closed?: string[];
  /**
   * True when the source lists everything that still exists for the territory
   * (a register): an entry imported from it before whose id is no longer there is closed.
   */
  complete?: boolean;
}

export interface ImportOptions {
  source: ImportSource;
  /** Folder of entry files. */
  dir: string;
  site: SiteConfig;
  taxonomy: Taxonomy;
  /** YYYY-MM-DD written in the provenance block. */
  today: string;
  dryRun: boolean;
}

export interface PlannedFile {
  id: string;
  path: string;
  record: ImportRecord;
  action: 'create' | 'update' | 'unchanged' | 'close';
  changed: string[];
  kept: string[];
  document: Record<string, unknown>;
}

export interface ImportResult {
  problems: ContentProblem[];
  notices: ContentProblem[];
  files: PlannedFile[];
  written: boolean;
}

interface Existing {
  path: string;
  data: Record<string, unknown>;
}

/** Every entry file of the folder, by id, with what the importers recorded in it. */
function existingEntries(dir: string): Map<string, Existing> {
  const found = new Map<string, Existing>();
  if (!existsSync(dir)) return found;
  for (const name of readdirSync(dir, { recursive: true, encoding: 'utf8' })) {
    if (!['.yaml', '.yml'].includes(extname(name))) continue;
    const path = join(dir, name);
    let data: unknown;
    try {
      data = readYaml(readFileSync(path, 'utf8'));
    } catch {
      data = undefined;
    }
    found.set(basename(name, extname(name)), { path, data: data !== null && typeof data === 'object' ? (data as Record<string, unknown>) : {} });
  }
  return found;
}

function label(record: ImportRecord, field: string): string {
  const labels = record.labels ?? {};
  const match = Object.keys(labels)
    .filter((prefix) => field === prefix || field.startsWith(`${prefix}.`))
    .sort((a, b) => b.length - a.length)[0];
  return match ? `${labels[match]} (${field})` : field;
}

function located(record: ImportRecord, field: string, message: string): ContentProblem {
  return { file: record.file, ...(record.row === undefined ? {} : { row: record.row }), field: label(record, field), message };
}

function display(path: string): string {
  return relative(process.cwd(), path) || path;
}

/** The YAML text of an imported entry. */
export function entryYaml(record: ImportRecord, source: ImportSource, document: Record<string, unknown>): string {
  const header = `# Imported by "npm run import:${source}" (${record.sourceId}). Edit freely: fields you change are kept on the next import.\n`;
  return header + writeYaml(document);
}

/** Plans, validates and (unless dryRun or any problem) writes an import. */
export function runImport(conversion: Conversion, options: ImportOptions): ImportResult {
  const problems = [...conversion.problems];
  const existing = existingEntries(options.dir);
  const byProvenance = new Map<string, string>();
  for (const [id, entry] of existing) {
    const imported = entry.data['imported'] as { source?: string; sourceId?: string } | undefined;
    if (imported?.source === options.source && imported.sourceId) byProvenance.set(imported.sourceId, id);
  }
  const seenSource = new Map<string, ImportRecord>();
  const seenId = new Map<string, ImportRecord>();
  const where = (r: ImportRecord) => (r.row === undefined ? r.file : `row ${r.row}`);
  const files: PlannedFile[] = [];

  for (const record of conversion.records) {
    const twin = seenSource.get(record.sourceId);
    if (twin) {
      problems.push(located(record, 'id', `expected each id once in the file; "${record.sourceId}" is also ${where(twin)}`));
      continue;
    }
    seenSource.set(record.sourceId, record);
    const id = byProvenance.get(record.sourceId) ?? record.id;
    const idCheck = resourceId.safeParse(id);
    if (!idCheck.success) {
      problems.push(located(record, 'id', idCheck.error.issues[0]?.message ?? 'expected a slug'));
      continue;
    }
    const sameId = seenId.get(id);
    if (sameId) {
      problems.push(located(record, 'id', `expected each id once in the file; "${id}" is also ${where(sameId)} (give one of them an id of its own)`));
      continue;
    }
    seenId.set(id, record);
    const current = existing.get(id);
    const owned = byProvenance.get(record.sourceId) === id;
    if (current && !owned) {
      problems.push(located(record, 'id', `expected a new id: ${display(current.path)} already exists and was not imported from this record; rename the id or remove that file`));
      continue;
    }
    const merged = mergeImported(current?.data, record.data, { source: options.source, sourceId: record.sourceId, importedAt: options.today });
    const action = current === undefined ? 'create' : merged.changed.length > 0 ? 'update' : 'unchanged';
    if (action === 'unchanged' && current) {
      // Nothing new: keep the file (and its date) as it is.
      merged.document['imported'] = { ...(current.data['imported'] as object), fields: (merged.document['imported'] as { fields: object }).fields };
    }
    const fresh = (field: string) => ![...(record.reported ?? [])].some((r) => field === r || field.startsWith(`${r}.`));
    const parsed = resource.safeParse(merged.document);
    if (!parsed.success) {
      const paths = parsed.error.issues.map((issue) => fieldPath(issue.path));
      for (const [index, issue] of parsed.error.issues.entries()) if (fresh(paths[index] ?? '')) problems.push(located(record, paths[index] ?? '', issue.message));
      // Categories and communes are checked too, so that one run names every mistake.
      const related = (field: string) => paths.some((p) => p === field || p.startsWith(`${field}.`) || field.startsWith(`${p}.`));
      const loose = merged.document as unknown as ResourceData;
      if (Array.isArray(loose.categories)) {
        const partial = { ...loose, location: loose.location && typeof loose.location === 'object' && loose.location.coordinates ? loose.location : undefined };
        for (const problem of crossCheck(partial, record.file, options.site, options.taxonomy)) if (fresh(problem.field) && !related(problem.field)) problems.push(located(record, problem.field, problem.message));
      }
      continue;
    }
    for (const problem of crossCheck(parsed.data, record.file, options.site, options.taxonomy)) if (fresh(problem.field)) problems.push(located(record, problem.field, problem.message));
    if ((record.reported?.size ?? 0) > 0) continue;
    files.push({ id, path: current?.path ?? join(options.dir, `${id}.yaml`), record, action, changed: merged.changed, kept: merged.kept, document: merged.document });
  }

  // Entries whose establishment closed, or left the register: closed, not deleted, so the
  // CLSM sees it in the report and the file keeps what it wrote. A status set by hand is kept.
  const closedIds = new Set(conversion.closed ?? []);
  for (const [sourceId, id] of byProvenance) {
    if (seenSource.has(sourceId) || !(closedIds.has(sourceId) || conversion.complete)) continue;
    const current = existing.get(id);
    if (!current || current.data['status'] === 'closed') continue;
    const imported = current.data['imported'] as ImportProvenance;
    const recorded = imported.fields?.['status'];
    if (recorded === undefined ? current.data['status'] !== undefined : hashValue(current.data['status']) !== recorded) continue;
    const document: Record<string, unknown> = { ...current.data, status: 'closed' };
    delete document['imported'];
    document['imported'] = { ...imported, importedAt: options.today, fields: { ...imported.fields, status: hashValue('closed') } };
    const record: ImportRecord = { file: conversion.records[0]?.file ?? display(current.path), sourceId, id, data: {} };
    files.push({ id, path: current.path, record, action: 'close', changed: ['status'], kept: [], document });
  }

  const sorted = problems.sort((a, b) => a.file.localeCompare(b.file) || (a.row ?? 0) - (b.row ?? 0));
  if (sorted.length > 0 || options.dryRun) return { problems: sorted, notices: conversion.notices, files, written: false };

  // Every record is valid: write them all or none.
  writeFilesAtomically(files.filter((f) => f.action !== 'unchanged').map((file) => ({ path: file.path, text: entryYaml(file.record, options.source, file.document) })));
  return { problems: [], notices: conversion.notices, files, written: true };
}

/** The lines a person reads after an import: what happened to each entry, or every problem. */
export function reportLines(result: ImportResult, dryRun: boolean): string[] {
  const lines: string[] = [];
  for (const notice of result.notices) lines.push(`note: ${formatProblem(notice)}`);
  if (result.problems.length > 0) {
    lines.push(...result.problems.map(formatProblem));
    lines.push(`${result.problems.length} problem${result.problems.length > 1 ? 's' : ''}: nothing was written. Fix them and run the import again.`);
    return lines;
  }
  const verb = dryRun
    ? { create: 'would create', update: 'would update', unchanged: 'would leave alone', close: 'would close' }
    : { create: 'created', update: 'updated', unchanged: 'left alone', close: 'closed' };
  for (const file of result.files) {
    const detail = file.action === 'update' ? ` (${file.changed.join(', ')})` : file.action === 'close' ? ` (${file.record.sourceId} is closed or no longer in the source)` : '';
    const kept = file.kept.length > 0 ? `; kept hand edits: ${file.kept.join(', ')}` : '';
    lines.push(`${verb[file.action]}: ${display(file.path)}${detail}${kept}`);
  }
  const count = (a: PlannedFile['action']) => result.files.filter((f) => f.action === a).length;
  lines.push(`${dryRun ? 'dry run, nothing written: ' : ''}${count('create')} ${verb.create}, ${count('update')} ${verb.update}, ${count('close') > 0 ? `${count('close')} ${verb.close}, ` : ''}${count('unchanged')} ${verb.unchanged}`);
  return lines;
}
