/**
 * What a CLSM edits, collection by collection: the folder or file on disk,
 * the schema the build validates it with, and the few widget choices a
 * schema cannot say (a relation to the directory, a hidden language).
 * Everything else about a field comes from its schema (zod-fields.ts).
 */
import { z } from 'astro/zod';
import { siteConfig } from '../../core/schema/site.ts';
import { resource, sectorsFile } from '../directory/index.ts';
import { event, sismEdition } from '../events/index.ts';
import { brochure, figure, glossary, guide, myth, newsItem } from '../information/index.ts';
import { pressRelease } from '../press/index.ts';
import { page } from '../clsm/index.ts';
import type { FieldOverrides } from './zod-fields.ts';

/** Stands for Astro's `image()` in schemas that take one: the editor shows an image field. */
export const imageField = z.string();

interface Base {
  name: string;
  label: string;
  label_singular: string;
  description?: string;
  schema: z.ZodType;
  overrides?: FieldOverrides;
}
/** One file per entry in a folder (YAML, or MDX with a front matter and a body). */
export interface FolderCollection extends Base {
  kind: 'folder';
  folder: string;
  format: 'yaml' | 'mdx';
  /** For a folder per language: the language every entry of this collection has. */
  lang?: 'fr' | 'en';
  media_folder?: string;
  public_folder?: string;
}
/** One file holding a whole collection (site.yaml, glossary.yaml). */
export interface FileCollection extends Base {
  kind: 'file';
  file: string;
  /** The file is a list at its root (glossary.yaml): the editor's list field is marked root. */
  rootList?: string;
}
export type EditorCollection = FolderCollection | FileCollection;

const hiddenLang = (lang: 'fr' | 'en'): FieldOverrides => ({ lang: { widget: 'hidden', default: lang } });

const directoryRelation = {
  widget: 'relation',
  collection: 'resources',
  value_field: '{{slug}}',
  search_fields: ['name', 'location.commune'],
  display_fields: ['{{name}} ({{location.commune}})'],
};

/** Content collections in the order the editor lists them. */
export const EDITOR_COLLECTIONS: EditorCollection[] = [
  {
    kind: 'folder', name: 'events', label: 'Événements', label_singular: 'Événement', folder: 'content/events', format: 'yaml', schema: event,
    description: 'Programme des SISM et autres événements du CLSM.',
    overrides: { 'place.resource': directoryRelation },
  },
  { kind: 'folder', name: 'sism', label: 'Éditions des SISM', label_singular: 'Édition des SISM', folder: 'content/sism', format: 'yaml', schema: sismEdition },
  { kind: 'folder', name: 'resources', label: 'Annuaire', label_singular: 'Lieu d’aide', folder: 'content/resources', format: 'yaml', schema: resource },
  { kind: 'file', name: 'sectors', label: 'Secteurs de psychiatrie', label_singular: 'Secteurs', file: 'content/sectors.yaml', schema: sectorsFile },
  ...(['fr', 'en'] as const).flatMap((lang): EditorCollection[] => {
    const suffix = lang === 'fr' ? '' : ' (anglais)';
    return [
      { kind: 'folder', name: `guides-${lang}`, label: `Guides${suffix}`, label_singular: 'Guide', folder: `content/guides/${lang}`, format: 'mdx', lang, schema: guide, overrides: hiddenLang(lang) },
      { kind: 'folder', name: `myths-${lang}`, label: `Idées reçues${suffix}`, label_singular: 'Idée reçue', folder: `content/myths/${lang}`, format: 'mdx', lang, schema: myth, overrides: hiddenLang(lang) },
      { kind: 'folder', name: `news-${lang}`, label: `Actualités${suffix}`, label_singular: 'Actualité', folder: `content/news/${lang}`, format: 'mdx', lang, schema: newsItem, overrides: hiddenLang(lang) },
      { kind: 'folder', name: `pages-${lang}`, label: `Pages du CLSM${suffix}`, label_singular: 'Page', folder: `content/pages/${lang}`, format: 'mdx', lang, schema: page, overrides: hiddenLang(lang) },
    ];
  }),
  {
    kind: 'folder', name: 'brochures', label: 'Brochures', label_singular: 'Brochure', folder: 'content/brochures', format: 'mdx',
    schema: brochure({ image: () => imageField } as unknown as Parameters<typeof brochure>[0]),
    media_folder: 'covers', public_folder: './covers',
  },
  { kind: 'folder', name: 'press', label: 'Communiqués de presse', label_singular: 'Communiqué', folder: 'content/press/releases', format: 'mdx', schema: pressRelease },
  { kind: 'folder', name: 'figures', label: 'Chiffres clés', label_singular: 'Chiffre clé', folder: 'content/figures', format: 'yaml', schema: figure },
  { kind: 'file', name: 'glossary', label: 'Glossaire', label_singular: 'Glossaire', file: 'content/glossary.yaml', schema: z.object({ terms: glossary }), rootList: 'terms' },
  { kind: 'file', name: 'site', label: 'Réglages du site', label_singular: 'Réglages', file: 'content/site.yaml', schema: siteConfig },
];
