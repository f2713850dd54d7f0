/**
 * Writes a simple printable PDF (A4) of a text: the sample brochures,
 * reports and press releases. Chromium prints it from plain HTML as a tagged
 * PDF (headings, paragraphs and lists in the structure tree, which screen
 * readers and reflow on a phone need), with an outline (bookmarks) from the
 * headings, page numbers, the title and the language; pdf-lib then fixes the
 * dates so the files stay identical from one run to the next. A CLSM
 * replaces these files with its own designed PDFs.
 */
import { chromium, type Browser } from '@playwright/test';
import { PDFDocument } from 'pdf-lib';
import type { TextBlock } from './plain-text.ts';
import { chromiumArgs, chromiumPath } from '../test/find-chromium.ts';

export interface PrintableDocument {
  title: string;
  /** Line under the title (publisher, date, "exemple"). */
  subtitle: string;
  blocks: TextBlock[];
  lang: 'fr' | 'en';
}

const escape = (text: string) => text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');

/** The document as HTML: one h1, h2 sections, paragraphs and lists. */
function printableHtml(doc: PrintableDocument): string {
  const body: string[] = [`<h1>${escape(doc.title)}</h1>`, `<p class="subtitle">${escape(doc.subtitle)}</p>`];
  let list = false;
  for (const block of doc.blocks) {
    if (block.kind === 'item' && !list) body.push('<ul>');
    if (block.kind !== 'item' && list) body.push('</ul>');
    list = block.kind === 'item';
    if (block.kind === 'heading') body.push(`<h2>${escape(block.text)}</h2>`);
    else if (block.kind === 'item') body.push(`<li>${escape(block.text)}</li>`);
    else body.push(`<p>${escape(block.text)}</p>`);
  }
  if (list) body.push('</ul>');
  return `<!doctype html>
<html lang="${doc.lang}">
<head>
<meta charset="utf-8">
<title>${escape(doc.title)}</title>
<style>
  @page { size: A4; margin: 20mm 20mm 22mm; }
  body { font: 11.5pt/1.45 "DejaVu Sans", Helvetica, Arial, sans-serif; color: #1a1a1a; }
  h1 { font-size: 22pt; line-height: 1.2; margin: 0 0 4pt; }
  .subtitle { font-size: 11pt; margin: 0 0 12pt; }
  h2 { font-size: 15pt; margin: 16pt 0 4pt; break-after: avoid; }
  p { margin: 0 0 8pt; }
  li { margin: 0 0 4pt; break-inside: avoid; }
</style>
</head>
<body>
${body.join('\n')}
</body>
</html>`;
}

let browser: Browser | undefined;

/** Builds the PDF and returns its bytes. Call closePrinter() when done. */
export async function printablePdf(doc: PrintableDocument): Promise<Uint8Array> {
  const path = chromiumPath();
  browser ??= await chromium.launch({ ...(path ? { executablePath: path } : {}), args: chromiumArgs });
  const page = await browser.newPage();
  await page.setContent(printableHtml(doc));
  const printed = await page.pdf({
    format: 'A4',
    preferCSSPageSize: true,
    tagged: true,
    outline: true,
    displayHeaderFooter: true,
    headerTemplate: '<span></span>',
    footerTemplate: '<div style="font-size:8pt;width:100%;text-align:center;font-family:sans-serif"><span class="pageNumber"></span> / <span class="totalPages"></span></div>',
  });
  await page.close();
  const pdf = await PDFDocument.load(printed, { updateMetadata: false });
  pdf.setTitle(doc.title, { showInWindowTitleBar: true });
  pdf.setLanguage(doc.lang === 'fr' ? 'fr-FR' : 'en-GB');
  pdf.setProducer('CLSM site kit (Chromium, pdf-lib)');
  pdf.setCreator('CLSM site kit');
  // A fixed date keeps the files identical from one run to the next.
  pdf.setCreationDate(new Date('2026-01-01T00:00:00Z'));
  pdf.setModificationDate(new Date('2026-01-01T00:00:00Z'));
  return pdf.save({ useObjectStreams: false });
}

/** Closes the browser printablePdf opened. */
export async function closePrinter(): Promise<void> {
  await browser?.close();
  browser = undefined;
}
