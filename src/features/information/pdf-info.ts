/**
 * Size and page count of a PDF served by the site, read from the file at
 * build time so the page never states a figure that is not true.
 */
import { readFileSync, statSync } from 'node:fs';
import { resolve } from 'node:path';
import { PDFDocument } from 'pdf-lib';
import { ContentError } from '../../core/content-errors.ts';
import type { Language } from '../../core/schema/site.ts';

export interface PdfInfo {
  /** Size of the file in bytes. */
  bytes: number;
  /** Number of pages. */
  pages: number;
}

/** Folder served at the site root. */
const PUBLIC_DIR = resolve('public');

const cache = new Map<string, PdfInfo>();

/**
 * Reads a PDF given by its site path ("/documents/brochures/x.pdf").
 * `file` and `field` say where the path was written, for the error message.
 */
export async function readPdfInfo(sitePath: string, where: { file: string; field: string }): Promise<PdfInfo> {
  const cached = cache.get(sitePath);
  if (cached) return cached;
  const path = resolve(PUBLIC_DIR, `.${sitePath}`);
  let bytes: Uint8Array;
  try {
    bytes = readFileSync(path);
  } catch {
    throw new ContentError([{ ...where, message: `expected a PDF file at public${sitePath} (run "npm run sample-pdfs" for the sample files)` }]);
  }
  let pages: number;
  try {
    pages = (await PDFDocument.load(bytes, { updateMetadata: false })).getPageCount();
  } catch {
    throw new ContentError([{ ...where, message: `expected public${sitePath} to be a readable PDF` }]);
  }
  const info = { bytes: statSync(path).size, pages };
  cache.set(sitePath, info);
  return info;
}

/** "245 ko", "1,2 Mo" in French; "245 KB", "1.2 MB" in English. */
export function formatFileSize(bytes: number, lang: Language): string {
  const locale = lang === 'fr' ? 'fr-FR' : 'en-GB';
  const [kilo, mega] = lang === 'fr' ? ['ko', 'Mo'] : ['KB', 'MB'];
  if (bytes < 1_000_000) return `${new Intl.NumberFormat(locale, { maximumFractionDigits: 0 }).format(Math.max(1, Math.round(bytes / 1000)))} ${kilo}`;
  return `${new Intl.NumberFormat(locale, { maximumFractionDigits: 1 }).format(bytes / 1_000_000)} ${mega}`;
}
