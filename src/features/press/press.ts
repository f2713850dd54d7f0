/**
 * Loads the press space's content: releases (embargo applied), fact sheets,
 * guidance pages, experts and media kit. Pages read through here so the
 * embargo is applied in one place.
 */
import { getCollection, type CollectionEntry } from 'astro:content';
import { readFileSync, statSync } from 'node:fs';
import { resolve } from 'node:path';
import { PDFDocument } from 'pdf-lib';
import { contentPath } from '../../core/content-dir.ts';
import { ContentError } from '../../core/content-errors.ts';
import { publishedReleases } from './embargo.ts';
import { now } from '../../core/clock.ts';
import { slugOf } from '../../core/content-urls.ts';
import { readYamlFile } from '../../core/yaml.ts';
import { experts } from './schema/expert.ts';
import { mediaKit, type MediaItem } from './schema/media-kit.ts';
import { zipKit } from './media-kit.ts';
import { sismText } from '../events/index.ts';

export type ReleaseEntry = CollectionEntry<'pressReleases'>;

/** Press paths, relative to the site. */
export const PRESS_PATHS = {
  home: '/presse/',
  releases: '/presse/communiques/',
  feed: '/presse/communiques.xml',
  factSheets: '/presse/fiches/',
  figures: '/presse/chiffres-cles/',
  mediaKit: '/presse/kit-media/',
  mediaZip: '/presse/kit-media/kit-media.zip',
} as const;

/** A release's page. */
export const releaseUrl = (id: string): string => `${PRESS_PATHS.releases}${slugOf(id)}/`;
/** A release's PDF, served from the release's own folder. */
export const releasePdfUrl = (id: string): string => `${PRESS_PATHS.releases}${slugOf(id)}.pdf`;
/** A fact sheet's page. */
export const factSheetUrl = (id: string): string => `${PRESS_PATHS.factSheets}${slugOf(id)}/`;
/** A guidance page. */
export const pressGuideUrl = (id: string): string => `${PRESS_PATHS.home}${slugOf(id)}/`;

/** Releases that a build made now may publish, newest first, their SISM figures computed from the programme. */
export async function releases(): Promise<ReleaseEntry[]> {
  return publishedReleases(await getCollection('pressReleases'), now()).map((entry) => {
    const where = (field: string) => ({ file: `content/press/releases/${entry.id}.mdx`, field });
    const { edition } = entry.data;
    return { ...entry, data: { ...entry.data, title: sismText(entry.data.title, edition, where('title')), summary: sismText(entry.data.summary, edition, where('summary')) } };
  });
}

/** Fact sheets in their order. */
export async function factSheets(): Promise<CollectionEntry<'factSheets'>[]> {
  return (await getCollection('factSheets')).sort((a, b) => a.data.order - b.data.order);
}

/** Guidance pages in their order. */
export async function pressGuides(): Promise<CollectionEntry<'pressGuides'>[]> {
  return (await getCollection('pressGuides')).sort((a, b) => a.data.order - b.data.order);
}

/** The experts file. */
export function loadExperts() {
  return readYamlFile(contentPath('press', 'experts.yaml'), experts).experts;
}

/** The media kit file, each item with the size of its file. */
export function loadMediaKit(): { logos: (MediaItem & { bytes: number })[]; photos: (MediaItem & { bytes: number })[] } {
  const file = contentPath('press', 'media-kit.yaml');
  const kit = readYamlFile(file, mediaKit);
  const withSize = (group: 'logos' | 'photos') =>
    kit[group].map((item, index) => ({ ...item, bytes: publicFileSize(item.file, { file, field: `${group}.${index}.file` }) }));
  return { logos: withSize('logos'), photos: withSize('photos') };
}

/** Size of a file served from public/, or a located error. */
export function publicFileSize(sitePath: string, where: { file: string; field: string }): number {
  try {
    return statSync(resolve('public', `.${sitePath}`)).size;
  } catch {
    throw new ContentError([{ ...where, message: `expected a file at public${sitePath} (run "npm run press-samples" for the sample files)` }]);
  }
}

/** Bytes and page count of a release's PDF (content/press/releases/<pdf>). */
export async function releasePdf(entry: ReleaseEntry): Promise<{ bytes: Uint8Array<ArrayBuffer>; pages: number }> {
  const where = { file: `content/press/releases/${entry.id}.mdx`, field: 'pdf' };
  let bytes: Uint8Array<ArrayBuffer>;
  try {
    bytes = readFileSync(contentPath('press', 'releases', entry.data.pdf));
  } catch {
    throw new ContentError([{ ...where, message: `expected a PDF file at content/press/releases/${entry.data.pdf} (run "npm run press-samples" for the sample files)` }]);
  }
  try {
    return { bytes, pages: (await PDFDocument.load(bytes, { updateMetadata: false })).getPageCount() };
  } catch {
    throw new ContentError([{ ...where, message: `expected content/press/releases/${entry.data.pdf} to be a readable PDF` }]);
  }
}

let zipCache: Uint8Array<ArrayBuffer> | undefined;

/** The media kit as one ZIP (every logo and photo, plus their credits and licences), built once per build. */
export function mediaKitZip(): Uint8Array<ArrayBuffer> {
  if (zipCache) return zipCache;
  const kit = loadMediaKit();
  const items = [...kit.logos, ...kit.photos];
  const credits = items.map((item) => `${item.file.slice(item.file.lastIndexOf('/') + 1)}\n  ${item.title}\n  Crédit : ${item.credit}\n  Licence : ${item.licence}${item.example ? '\n  Fichier d’exemple.' : ''}`).join('\n\n');
  zipCache = zipKit(items.map((item) => item.file), `Kit média\n\n${credits}\n`);
  return zipCache;
}
