/**
 * Writes a simple, text-only printable PDF (A4, Helvetica) with pdf-lib.
 * Used to generate the sample brochures and reports from their HTML text;
 * a CLSM replaces them with its own designed PDFs.
 */
import { PDFDocument, StandardFonts, rgb, type PDFFont } from 'pdf-lib';
import type { TextBlock } from './plain-text.ts';

const A4: [number, number] = [595.28, 841.89];
const MARGIN = 56;

/** Replaces characters the standard PDF fonts cannot encode (narrow spaces ...). */
function encodable(text: string, font: PDFFont): string {
  const supported = new Set(font.getCharacterSet());
  return [...text.replace(/[\u202f\u2009]/g, ' ')].map((c) => (supported.has(c.codePointAt(0) ?? 0) ? c : '?')).join('');
}

function wrap(text: string, font: PDFFont, size: number, width: number): string[] {
  const lines: string[] = [];
  let line = '';
  for (const word of text.split(' ')) {
    const candidate = line ? `${line} ${word}` : word;
    if (font.widthOfTextAtSize(candidate, size) > width && line) {
      lines.push(line);
      line = word;
    } else {
      line = candidate;
    }
  }
  if (line) lines.push(line);
  return lines;
}

export interface PrintableDocument {
  title: string;
  /** Line under the title (publisher, date, "exemple"). */
  subtitle: string;
  blocks: TextBlock[];
  lang: 'fr' | 'en';
}

/** Builds the PDF and returns its bytes. */
export async function printablePdf(doc: PrintableDocument): Promise<Uint8Array> {
  const pdf = await PDFDocument.create();
  pdf.setTitle(doc.title);
  pdf.setLanguage(doc.lang === 'fr' ? 'fr-FR' : 'en-GB');
  pdf.setProducer('CLSM site kit (pdf-lib)');
  // A fixed date keeps the files identical from one run to the next.
  pdf.setCreationDate(new Date('2026-01-01T00:00:00Z'));
  pdf.setModificationDate(new Date('2026-01-01T00:00:00Z'));
  const regular = await pdf.embedFont(StandardFonts.Helvetica);
  const bold = await pdf.embedFont(StandardFonts.HelveticaBold);
  const width = A4[0] - 2 * MARGIN;
  let page = pdf.addPage(A4);
  let y = A4[1] - MARGIN;

  const write = (text: string, font: PDFFont, size: number, indent = 0, gapBefore = 0) => {
    y -= gapBefore;
    for (const line of wrap(encodable(text, font), font, size, width - indent)) {
      if (y - size < MARGIN) {
        page = pdf.addPage(A4);
        y = A4[1] - MARGIN;
      }
      y -= size * 1.35;
      page.drawText(line, { x: MARGIN + indent, y, size, font, color: rgb(0.1, 0.1, 0.1) });
    }
  };

  write(doc.title, bold, 22);
  write(doc.subtitle, regular, 11, 0, 6);
  for (const block of doc.blocks) {
    if (block.kind === 'heading') write(block.text, bold, 15, 0, 16);
    else if (block.kind === 'item') write(`•  ${block.text}`, regular, 11.5, 12, 4);
    else write(block.text, regular, 11.5, 0, 8);
  }
  return pdf.save({ useObjectStreams: false });
}
