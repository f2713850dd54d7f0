/** /ressources/<id>.vcf in `astro dev`; the build writes these files itself (src/features/opendata/entry-files-integration.ts). */
import type { APIRoute, GetStaticPaths } from 'astro';
import { loadDirectory, type Resource } from '../../directory/index.ts';
import { entryVCard } from '../entry-files.ts';

export const getStaticPaths = (() => loadDirectory().listed.map((entry) => ({ params: { id: entry.id }, props: { entry } }))) satisfies GetStaticPaths;

export const GET: APIRoute<{ entry: Resource }> = ({ props }) =>
  new Response(entryVCard(props.entry), { headers: { 'Content-Type': 'text/vcard; charset=utf-8' } });
