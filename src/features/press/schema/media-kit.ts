/**
 * The media kit (`content/press/media-kit.yaml`): logos and photos a
 * journalist may download, each with its credit and licence. Files live in
 * public/presse/kit-media/; the site reads their size from the files.
 */
import { z } from 'astro/zod';

export const mediaItem = z.object({
  /** Short name shown on the page. */
  title: z.string().min(1),
  /** Path served by the site, under /presse/kit-media/. */
  file: z.string().regex(/^\/presse\/kit-media\/[a-z0-9-]+\.(svg|png|jpg|webp)$/, 'expected a path such as "/presse/kit-media/logo.svg"'),
  /** Text alternative of the preview image. */
  alt: z.string().min(1),
  /** Who made it, as it must be credited. */
  credit: z.string().min(1),
  /** Terms of reuse, e.g. "CC BY 4.0". */
  licence: z.string().min(1),
  /** True for sample images: the page labels them as examples. */
  example: z.boolean(),
});
export type MediaItem = z.infer<typeof mediaItem>;

export const mediaKit = z.object({
  logos: z.array(mediaItem).min(1, 'expected at least one logo'),
  photos: z.array(mediaItem).default([]),
});
