/**
 * Loads `content/site.yaml` once. Imported by astro.config.mjs, so a
 * mistake in it stops the build before any page is written.
 */
import { siteConfig, type SiteConfig } from './schema/site.ts';
import { contentPath } from './content-dir.ts';
import { readYamlFile } from './yaml.ts';

let cached: SiteConfig | undefined;

/** The validated site configuration (throws ContentError on a mistake). */
export function loadSiteConfig(path?: string): SiteConfig {
  if (path !== undefined) return readYamlFile(path, siteConfig);
  cached ??= readYamlFile(contentPath('site.yaml'), siteConfig);
  return cached;
}
