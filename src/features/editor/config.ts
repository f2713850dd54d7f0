/**
 * The editor's configuration (`/admin/config.yml`), generated at each build
 * from the collections and their zod schemas: the build's rules and the
 * editor's fields cannot drift apart.
 */
import { EDITOR_COLLECTIONS, imageField, type EditorCollection } from './collections.ts';
import { fieldsOf, type EditorField } from './zod-fields.ts';

/** Where the site's repository lives, for the hosted mode (signing in through the forge). */
export interface ForgeSettings {
  /** github, gitlab or gitea (Gitea and Forgejo share one API). */
  backend: 'github' | 'gitlab' | 'gitea';
  /** "owner/name" of the repository. */
  repo: string;
  branch: string;
  /** For a self-hosted GitLab or Forgejo: its address, e.g. "https://forge.example.fr". */
  baseUrl?: string;
}

/** Reads the forge from the environment the build runs in (CI variables), with a sample default. */
export function forgeFromEnv(env: Record<string, string | undefined> = process.env): ForgeSettings {
  const backend = env['CLSM_EDITOR_BACKEND'] ?? 'gitlab';
  if (backend !== 'github' && backend !== 'gitlab' && backend !== 'gitea') {
    throw new Error(`CLSM_EDITOR_BACKEND: expected github, gitlab or gitea, got "${backend}"`);
  }
  const baseUrl = env['CLSM_EDITOR_BASE_URL'];
  if (baseUrl !== undefined && !/^https:\/\/[^/\s]+\/?$/.test(baseUrl)) {
    throw new Error(`CLSM_EDITOR_BASE_URL: expected the forge's address such as "https://forge.example.fr", got "${baseUrl}"`);
  }
  return { backend, repo: env['CLSM_EDITOR_REPO'] ?? 'clsm/site', branch: env['CLSM_EDITOR_BRANCH'] ?? 'main', ...(baseUrl ? { baseUrl: baseUrl.replace(/\/$/, '') } : {}) };
}

/** The origin the editor talks to in hosted mode (the CSP's connect-src allows it). */
export function forgeApiOrigin(forge: ForgeSettings): string {
  if (forge.baseUrl) return forge.baseUrl;
  return forge.backend === 'github' ? 'https://api.github.com' : forge.backend === 'gitlab' ? 'https://gitlab.com' : 'https://codeberg.org';
}

function backendOf(forge: ForgeSettings): Record<string, unknown> {
  const backend: Record<string, unknown> = { name: forge.backend, repo: forge.repo, branch: forge.branch };
  if (forge.baseUrl) {
    backend['base_url'] = forge.baseUrl;
    backend['api_root'] = forge.backend === 'gitlab' ? `${forge.baseUrl}/api/v4` : forge.backend === 'gitea' ? `${forge.baseUrl}/api/v1` : `${forge.baseUrl}/api/v3`;
  }
  return backend;
}

/** The editor fields of one collection, the MDX body included. */
export function collectionFields(collection: EditorCollection): EditorField[] {
  const fields = fieldsOf(collection.schema, collection.overrides, { image: imageField });
  if (collection.kind === 'folder' && collection.format === 'mdx') {
    fields.push({ name: 'body', label: 'Texte', widget: 'markdown', required: true });
  }
  return fields;
}

function collectionConfig(collection: EditorCollection): Record<string, unknown> {
  const common = {
    name: collection.name,
    label: collection.label,
    label_singular: collection.label_singular,
    ...(collection.description ? { description: collection.description } : {}),
  };
  if (collection.kind === 'file') {
    let fields = collectionFields(collection);
    if (collection.rootList) fields = fields.map((f) => (f.name === collection.rootList ? { ...f, root: true } : f));
    return { ...common, files: [{ name: collection.name, label: collection.label, file: collection.file, format: 'yaml', fields }] };
  }
  return {
    ...common,
    folder: collection.folder,
    create: true,
    ...(collection.format === 'mdx' ? { format: 'frontmatter', extension: 'mdx' } : { format: 'yaml', extension: 'yaml' }),
    identifier_field: collection.name === 'resources' ? 'name' : 'title',
    slug: collection.name === 'events' ? '{{start | date(\'YYYY-MM-DD\')}}-{{title}}' : '{{title}}',
    ...(collection.media_folder ? { media_folder: collection.media_folder, public_folder: collection.public_folder } : {}),
    fields: collectionFields(collection),
  };
}

/** The whole configuration, as the object written to config.yml. */
export function editorConfig(forge: ForgeSettings = forgeFromEnv()): Record<string, unknown> {
  return {
    backend: backendOf(forge),
    publish_mode: 'editorial_workflow',
    media_folder: 'public/images',
    public_folder: '/images',
    site_url: '/',
    slug: { encoding: 'ascii', clean_accents: true, sanitize_replacement: '-' },
    output: { omit_empty_optional_fields: true },
    collections: EDITOR_COLLECTIONS.map(collectionConfig),
  };
}
