/** A release's PDF, served only once the release is out of embargo (it lives in content/, not public/). */
import type { APIRoute } from 'astro';
import type { ReleaseEntry } from '../../../features/press/astro.ts';
import { releasePdf, releases } from '../../../features/press/astro.ts';
import { slugOf } from '../../../core/content-urls.ts';

export async function getStaticPaths() {
  return (await releases()).map((entry) => ({ params: { slug: slugOf(entry.id) }, props: { entry } }));
}

export const GET: APIRoute<{ entry: ReleaseEntry }> = async ({ props }) =>
  new Response((await releasePdf(props.entry)).bytes, { headers: { 'Content-Type': 'application/pdf' } });
