/**
 * Generates the sample PDFs (brochures and annual reports) from the text of
 * the content files, into public/documents/. A CLSM replaces them with its
 * own PDFs; the site reads size and page count from whatever file is there.
 *
 *   npm run sample-pdfs
 */
import { mkdirSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { readYaml } from '../../src/core/yaml.ts';
import { contentPath } from '../../src/core/content-dir.ts';
import { frontmatterOf } from '../../src/features/information/index.ts';
import { markdownToBlocks } from './plain-text.ts';
import { closePrinter, printablePdf } from './printable-pdf.ts';
import { formatDate } from '../../src/core/i18n/i18n.ts';
import { readYamlFile } from '../../src/core/yaml.ts';
import { annualReports } from '../../src/features/clsm/index.ts';

const PUBLIC_DIR = resolve('public');

async function write(sitePath: string, bytes: Uint8Array): Promise<void> {
  const target = join(PUBLIC_DIR, sitePath);
  mkdirSync(dirname(target), { recursive: true });
  writeFileSync(target, bytes);
  console.log(`wrote public${sitePath} (${bytes.length} bytes)`);
}

const brochuresDir = contentPath('brochures');
for (const name of readdirSync(brochuresDir).filter((n) => n.endsWith('.mdx'))) {
  const text = readFileSync(join(brochuresDir, name), 'utf8');
  const data = readYaml(frontmatterOf(text) ?? '') as { title: string; pdf: string; lang?: 'fr' | 'en' };
  const body = text.replace(/^---[\s\S]*?\n---\r?\n/, '');
  await write(
    data.pdf,
    await printablePdf({
      title: data.title,
      subtitle: 'Version imprimable. Document d’exemple généré à partir de la version en ligne.',
      blocks: markdownToBlocks(body),
      lang: data.lang ?? 'fr',
    }),
  );
}

for (const report of readYamlFile(contentPath('clsm', 'reports.yaml'), annualReports)) {
  await write(
    report.pdf,
    await printablePdf({
      title: report.title,
      subtitle: `Présenté à l’assemblée plénière le ${formatDate('fr', report.presented)}.${report.example ? ' Document d’exemple.' : ''}`,
      blocks: [
        { kind: 'heading', text: 'Points clés' },
        ...report.highlights.map((text) => ({ kind: 'item' as const, text })),
        { kind: 'heading', text: 'Activité' },
        { kind: 'paragraph', text: 'Le détail de l’activité de l’année, par axe du plan d’action, figure dans ce document. Ce fichier est un exemple généré pour le site de démonstration.' },
      ],
      lang: 'fr',
    }),
  );
}
await closePrinter();
