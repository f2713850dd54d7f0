/**
 * Built pages grouped by the route that made them (one file of src/pages is
 * one page type), so that a check can cover every page and report by type.
 */
import { readdirSync } from 'node:fs';
import { join, relative } from 'node:path';

const PAGES = join(import.meta.dirname, '..', '..', 'src', 'pages');

interface Route {
  /** The route file, e.g. "ressources/[id].astro". */
  file: string;
  pattern: RegExp;
  /** Static routes first, then those with fewer parameters, catch-alls last (Astro's own priority, simplified). */
  rank: number;
}

function routes(): Route[] {
  const files = (readdirSync(PAGES, { recursive: true, encoding: 'utf8' }) as string[]).filter((f) => f.endsWith('.astro'));
  return files
    .map((file) => {
      const path = `/${relative('.', file).replace(/\.astro$/, '').replace(/(^|\/)index$/, '')}`;
      const source = path
        .split('/')
        .map((segment) => segment.replace(/\[\.\.\.[^\]]+\]/g, '.*').replace(/\[[^\]]+\]/g, '[^/]+').replace(/\./g, (dot, i, whole) => (whole.slice(i, i + 2) === '.*' ? dot : '\\.')))
        .join('/');
      const rest = (file.match(/\[\.\.\./g) ?? []).length;
      const params = (file.match(/\[/g) ?? []).length;
      // A catch-all route comes after every other; among catch-alls, the one with more segments before it first.
      const rank = rest > 0 ? 100 - file.split('/').length : params;
      return { file, pattern: new RegExp(`^${source}/?(index\\.html)?$`), rank };
    })
    .sort((a, b) => a.rank - b.rank || b.file.length - a.file.length);
}

/** Pages (URL paths) by route file, in the routes' order; a path no route matches is its own group. */
export function pagesByRoute(paths: readonly string[]): Map<string, string[]> {
  const all = routes();
  const groups = new Map<string, string[]>();
  for (const path of paths) {
    const normalised = path.replace(/\.html$/, '/').replace(/\/404\/$/, '/404/');
    const route = all.find((r) => r.pattern.test(normalised))?.file ?? path;
    groups.set(route, [...(groups.get(route) ?? []), path]);
  }
  return groups;
}
