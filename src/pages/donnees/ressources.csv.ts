/** /donnees/ressources.csv: the directory as one spreadsheet-safe CSV table. */
import type { APIRoute } from 'astro';
import { loadDirectory } from '../../features/directory/index.ts';
import { loadSiteConfig } from '../../core/site-config.ts';
import { directoryCsv } from '../../features/opendata/index.ts';

export const GET: APIRoute = () => {
  const directory = loadDirectory();
  return new Response(directoryCsv(directory.all, directory.taxonomy, loadSiteConfig().url), {
    headers: { 'Content-Type': 'text/csv; charset=utf-8' },
  });
};
