/** Edition posters, served from content/sism/ (the content folder is outside public/). */
import { readFileSync } from 'node:fs';
import type { APIRoute, GetStaticPaths } from 'astro';
import { loadEditions } from '../../../features/events/index.ts';

const TYPES: Record<string, string> = { svg: 'image/svg+xml', png: 'image/png', jpg: 'image/jpeg', jpeg: 'image/jpeg' };

export const getStaticPaths = (() =>
  loadEditions().flatMap((edition) =>
    edition.poster && edition.posterPath ? [{ params: { file: edition.poster.file }, props: { path: edition.posterPath } }] : [],
  )) satisfies GetStaticPaths;

export const GET: APIRoute = ({ params, props }) => {
  const { path } = props as { path: string };
  const extension = (params.file ?? '').split('.').pop() ?? '';
  return new Response(readFileSync(path), { headers: { 'Content-Type': TYPES[extension] ?? 'application/octet-stream' } });
};
