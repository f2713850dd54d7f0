// @ts-check
import { defineConfig } from 'astro/config';
import mdx from '@astrojs/mdx';
import sitemap from '@astrojs/sitemap';
import { loadSiteConfig } from './src/core/site-config.ts';
import { satteri } from '@astrojs/markdown-satteri';
import { securityHeadersFile } from './src/core/security-headers-file.ts';
import { SCRIPT_SOURCES, sharedCspDirectives } from './src/core/security-headers.ts';
import { languageLinksPlugin } from './src/core/i18n/language-links.ts';
import { languageLinksCheck } from './src/core/i18n/language-links-check.ts';
import { contentQuality, glossaryAbbrPlugin, loadGlossary } from './src/features/information/index.ts';
import { basemapCspSources } from './src/features/map/index.ts';
import { factsOfEdition, sismFactsPlugin } from './src/features/events/index.ts';
import { entryFilesIntegration } from './src/features/opendata/index.ts';
import { editorIntegration } from './src/features/editor/index.ts';

// Validating the site configuration here stops a build with a mistake in
// content/site.yaml before any page is written.
const site = loadSiteConfig();
// A third-party raster basemap (map.basemap.kind: raster) is the only foreign host the CSP may name; none otherwise.
const basemapOrigins = basemapCspSources(site.map.basemap);
// The glossary expands the first use of each abbreviation in Markdown/MDX content.
const glossary = loadGlossary();

export default defineConfig({
  site: site.url,
  output: 'static',
  trailingSlash: 'always',
  markdown: {
    // Prism marks code with classes; Shiki's inline styles would break the CSP.
    syntaxHighlight: 'prism',
    processor: satteri({
      hastPlugins: [
        glossaryAbbrPlugin((lang) =>
          glossary.map((g) => ({ term: g.term, expansion: lang === 'en' ? (g.expansionEn ?? g.expansion) : g.expansion })),
        ),
        // [[rendez-vous]], [[gratuits]], [[dates]] … in a text about a SISM edition: computed from its programme.
        sismFactsPlugin(factsOfEdition),
        // A link in English content to a page only in French gets hreflang and "(in French)".
        languageLinksPlugin(),
      ],
    }),
  },
  build: { format: 'directory', concurrency: 4 },
  i18n: {
    locales: site.languages,
    defaultLocale: 'fr',
    routing: { prefixDefaultLocale: false },
  },
  integrations: [
    mdx(),
    securityHeadersFile(basemapOrigins),
    entryFilesIntegration(),
    contentQuality(),
    // The editor at /admin/ (Sveltia CMS, its configuration generated from the schemas).
    editorIntegration(),
    // Warns about links to a page in another language that do not say so.
    languageLinksCheck(),
    // No `i18n` option: every page already names its translations in its head
    // (<link rel="alternate" hreflang>, BaseLayout), which search engines read,
    // and with the pairs the sitemap's same-path rule misses (/le-clsm/ and
    // /en/about/). The option compares every URL with every other: on the
    // 111,865 URLs of the benchmark's size L it took 121 s (0.8 s without).
    sitemap({
      filter: (page) => !page.endsWith('/404/'),
    }),
  ],
  security: {
    // The <meta> CSP of each page: the directives the header sends too
    // (core/security-headers.ts), with the hashes of the page's scripts and
    // styles. Scripts and styles are allowed by hash only: no 'unsafe-inline'.
    csp: {
      algorithm: 'SHA-256',
      directives: sharedCspDirectives(basemapOrigins),
      scriptDirective: { resources: [...SCRIPT_SOURCES] },
    },
  },
  devToolbar: { enabled: false },
  vite: {
    build: { assetsInlineLimit: 0 },
  },
});
