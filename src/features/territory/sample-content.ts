/**
 * What `npm run init` removes from the content folder, and what it keeps.
 *
 * Removed: what belongs to the sample territory. Every file marked
 * `example: true` (the invented places, people and figures), and what is
 * local by nature even when real: the events and SISM programmes, the
 * news, the press releases (and their PDFs), the psychiatric sectors and
 * the territory outline.
 * Kept: what holds for any territory: national directory entries (3114,
 * Psycom, Fil Santé Jeunes ...), the guides, myths and brochures with their
 * sources, the glossary, the taxonomy, national figures.
 * Kept for now and listed on the checklist: the CLSM's own documents whose
 * pages need at least one item (bodies, action plan, reports, experts,
 * media kit) and the editorial pages: they stay marked as examples until
 * the CLSM writes its own.
 */
import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { basename, join, relative, sep } from 'node:path';

/** Local by nature: removed whether marked as examples or not. */
const LOCAL_FOLDERS = ['events', 'sism', 'news', join('press', 'releases')];
// addresses.json: the sample territory's address index (npm run import:addresses), valid for its communes only.
const LOCAL_FILES = ['sectors.yaml', 'territory.geojson', 'addresses.json'];
/** Sample documents a page needs (at least one item): replaced by the CLSM, not removed. */
export const KEPT_SAMPLE_DOCUMENTS = [
  join('clsm', 'action-plan.yaml'),
  join('clsm', 'governance.yaml'),
  join('clsm', 'reports.yaml'),
  join('press', 'experts.yaml'),
  join('press', 'media-kit.yaml'),
];

function filesUnder(dir: string): string[] {
  if (!existsSync(dir)) return [];
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    return statSync(path).isDirectory() ? filesUnder(path) : [path];
  });
}

/** A YAML file or an MDX front matter that says `example: true` at its top level. */
function markedAsExample(path: string): boolean {
  if (!/\.(ya?ml|mdx?)$/.test(path)) return false;
  const text = readFileSync(path, 'utf8');
  const head = path.endsWith('.mdx') || path.endsWith('.md') ? (/^---\n([\s\S]*?)\n---/.exec(text)?.[1] ?? '') : text;
  return /^example:\s*true\s*$/m.test(head);
}

/** The files of the content folder that belong to the sample territory, relative to it, sorted. */
export function sampleTerritoryFiles(contentDir: string): string[] {
  const kept = new Set(KEPT_SAMPLE_DOCUMENTS);
  const local = new Set<string>();
  for (const folder of LOCAL_FOLDERS) filesUnder(join(contentDir, folder)).forEach((f) => local.add(relative(contentDir, f)));
  for (const file of LOCAL_FILES) if (existsSync(join(contentDir, file))) local.add(file);
  for (const path of filesUnder(contentDir)) {
    const rel = relative(contentDir, path);
    if (!kept.has(rel) && markedAsExample(path)) local.add(rel);
  }
  return [...local].sort();
}

/**
 * Kept pages that point at removed figures (a fact sheet's
 * `relatedFigures: [file-active-cmp]`) would stop the build: the ids of
 * removed figures are dropped from those lists. Returns the files to
 * rewrite, with their new text.
 */
export function withoutRemovedFigures(contentDir: string, removed: readonly string[]): { path: string; text: string }[] {
  const gone = new Set(removed.filter((f) => f.startsWith(`figures${sep}`)).map((f) => basename(f, '.yaml')));
  if (gone.size === 0) return [];
  const removedSet = new Set(removed);
  return filesUnder(contentDir)
    .filter((path) => path.endsWith('.mdx') && !removedSet.has(relative(contentDir, path)))
    .flatMap((path) => {
      const text = readFileSync(path, 'utf8');
      const updated = text.replace(/^relatedFigures: \[(.*)\]$/m, (_line, list: string) => {
        const ids = list.split(',').map((id) => id.trim()).filter((id) => id !== '' && !gone.has(id));
        return `relatedFigures: [${ids.join(', ')}]`;
      });
      return updated === text ? [] : [{ path, text: updated }];
    });
}
