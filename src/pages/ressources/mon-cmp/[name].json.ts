/**
 * /ressources/mon-cmp/adresses.json: the address index of content/addresses.json
 * (npm run import:addresses), which <address-finder> and <near-me> load
 * when the visitor types an address. Not written when there is no index.
 */
import type { APIRoute, GetStaticPaths } from 'astro';
import { addressIndexJson, loadAddressIndex } from '../../../features/directory/index.ts';
import { loadSiteConfig } from '../../../core/site-config.ts';

export const getStaticPaths = (() => {
  const index = loadAddressIndex(loadSiteConfig());
  return index ? [{ params: { name: 'adresses' }, props: { text: addressIndexJson(index) } }] : [];
}) satisfies GetStaticPaths;

export const GET: APIRoute = ({ props }) => new Response((props as { text: string }).text, { headers: { 'Content-Type': 'application/json; charset=utf-8' } });
