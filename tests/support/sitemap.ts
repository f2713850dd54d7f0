/** Paths of every page listed in the built sitemap (read from the build on disk). */
import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';

const distDir = process.env['DIST_DIR'] ?? 'dist';

export function sitemapPaths(): string[] {
  const files = readdirSync(distDir).filter((f) => /^sitemap-\d+\.xml$/.test(f));
  const paths = files.flatMap((file) =>
    [...readFileSync(join(distDir, file), 'utf8').matchAll(/<loc>([^<]+)<\/loc>/g)].map((m) => new URL(m[1]!).pathname),
  );
  return [...new Set(paths)].sort();
}
