/**
 * The PDFs the site ships (brochures, reports, press releases) are tagged,
 * titled, in their language and have an outline: what a screen reader, a
 * phone's reflow view and a PDF/UA check look for first.
 */
import { describe, expect, it } from 'vitest';
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { PDFBool, PDFDict, PDFDocument, PDFName, PDFString, PDFHexString } from 'pdf-lib';

const FOLDERS = ['public/documents/brochures', 'public/documents/bilans', 'content/press/releases'];
const files = FOLDERS.flatMap((folder) => readdirSync(folder).filter((name) => name.endsWith('.pdf')).map((name) => join(folder, name)));

describe('shipped PDFs', () => {
  it('exist', () => {
    expect(files.length).toBeGreaterThanOrEqual(10);
  });
  for (const file of files) {
    it(`${file} is tagged, with a title shown in the window, a language and an outline`, async () => {
      const pdf = await PDFDocument.load(readFileSync(file), { updateMetadata: false });
      const catalog = pdf.catalog;
      const markInfo = catalog.lookupMaybe(PDFName.of('MarkInfo'), PDFDict);
      expect(markInfo?.get(PDFName.of('Marked')), 'MarkInfo /Marked true').toBe(PDFBool.True);
      expect(catalog.lookupMaybe(PDFName.of('StructTreeRoot'), PDFDict), 'a structure tree').toBeDefined();
      const lang = catalog.lookup(PDFName.of('Lang'));
      expect(lang instanceof PDFString || lang instanceof PDFHexString ? lang.decodeText() : undefined).toMatch(/^(fr|en)-/);
      expect(pdf.getTitle()?.length ?? 0).toBeGreaterThan(5);
      const viewer = catalog.lookupMaybe(PDFName.of('ViewerPreferences'), PDFDict);
      expect(viewer?.get(PDFName.of('DisplayDocTitle'))).toBe(PDFBool.True);
      const outlines = catalog.lookupMaybe(PDFName.of('Outlines'), PDFDict);
      expect(outlines?.get(PDFName.of('First')), 'an outline from the headings').toBeDefined();
    });
  }
});
