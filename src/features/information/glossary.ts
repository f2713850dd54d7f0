/**
 * Loads the glossary (`content/glossary.yaml`). Read by astro.config.mjs
 * (for the abbreviation plugin) and by the glossary page.
 */
import { glossary, type Glossary } from './schema/glossary.ts';
import { contentPath } from '../../core/content-dir.ts';
import { readYamlFile } from '../../core/yaml.ts';

let cached: Glossary | undefined;

/** The validated glossary (throws ContentError on a mistake). */
export function loadGlossary(path?: string): Glossary {
  if (path !== undefined) return readYamlFile(path, glossary);
  cached ??= readYamlFile(contentPath('glossary.yaml'), glossary);
  return cached;
}

/** Terms sorted for display (alphabetical, French collation). */
export function sortedTerms(terms: Glossary): Glossary {
  return [...terms].sort((a, b) => a.term.localeCompare(b.term, 'fr', { sensitivity: 'base' }));
}
