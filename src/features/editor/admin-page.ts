/**
 * The /admin/ page: Sveltia CMS served from the site itself, with its own
 * Content Security Policy. It is not an Astro page: Astro's policy allows
 * scripts and styles by hash, and the editor writes styles at run time.
 */
import { forgeApiOrigin, type ForgeSettings } from './config.ts';

/**
 * As strict as the editor allows: its code from this host only; inline
 * styles (Svelte sets them at run time); images and previews from this host
 * and the blobs the editor makes of files; requests to this host and, for
 * the hosted mode, the forge's API only.
 */
export function adminCsp(forge: ForgeSettings): string {
  return [
    "default-src 'self'",
    "script-src 'self'",
    "style-src 'self' 'unsafe-inline'",
    "img-src 'self' blob: data:",
    "media-src 'self' blob:",
    "font-src 'self' data:",
    `connect-src 'self' blob: ${forgeApiOrigin(forge)}`,
    "frame-src 'self' blob:",
    "worker-src 'self' blob:",
    "object-src 'none'",
    "base-uri 'self'",
    "form-action 'self'",
  ].join('; ');
}

export function adminHtml(forge: ForgeSettings): string {
  return `<!doctype html>
<html lang="fr">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<meta name="robots" content="noindex, nofollow">
<meta http-equiv="Content-Security-Policy" content="${adminCsp(forge)}">
<meta name="referrer" content="no-referrer">
<title>Éditeur du site</title>
<link rel="cms-config-url" type="application/yaml" href="./config.yml">
<script src="./setup.js"></script>
</head>
<body>
<noscript>L’éditeur du site a besoin de JavaScript (Chrome, Edge ou Firefox récents).</noscript>
<script src="./sveltia-cms.js"></script>
</body>
</html>
`;
}
