/** /ressources/<id>.vcf: the entry as a contact card, built at build time. */
import type { APIRoute, GetStaticPaths } from 'astro';
import { loadDirectory, type Resource } from '../../lib/resources.ts';
import { loadSiteConfig } from '../../lib/site-config.ts';
import { resourceVCard } from '../../lib/vcard.ts';
import { entryPath, summarizeWeek } from '../../lib/directory-view.ts';

export const getStaticPaths = (() => loadDirectory().listed.map((entry) => ({ params: { id: entry.id }, props: { entry } }))) satisfies GetStaticPaths;

export const GET: APIRoute<{ entry: Resource }> = ({ props }) => {
  const { entry } = props;
  const url = new URL(entryPath(entry), loadSiteConfig().url).href;
  const note = entry.compiledHours ? summarizeWeek('fr', entry.compiledHours) : undefined;
  return new Response(resourceVCard(entry, url, note), { headers: { 'Content-Type': 'text/vcard; charset=utf-8' } });
};
