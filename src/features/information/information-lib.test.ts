import { describe, expect, it } from 'vitest';
import { formatNumber, layoutBarChart } from './bar-chart.ts';
import { formatFileSize, readPdfInfo } from './pdf-info.ts';
import { markdownToBlocks } from '../../../tools/samples/plain-text.ts';
import { printablePdf } from '../../../tools/samples/printable-pdf.ts';
import { buildNewsFeed, newestFirst } from './news-feed.ts';
import { actionsByAxis, countByStatus, loadActionPlan, loadGovernance, loadReports, AXES } from '../clsm/index.ts';
import { figure } from './schema/figure.ts';
import { PDFDocument } from 'pdf-lib';
import { XMLParser } from 'fast-xml-parser';
import { ContentError } from '../../core/content-errors.ts';

describe('bar chart layout', () => {
  it('gives the largest value the full plot width and keeps proportions', () => {
    const chart = layoutBarChart([{ label: 'a', value: 5 }, { label: 'b', value: 10 }], { width: 400, labelWidth: 100, valueWidth: 100 });
    expect(chart.bars.map((b) => b.width)).toEqual([100, 200]);
    expect(chart.bars[1]?.valueX).toBe(308);
    expect(chart.height).toBeGreaterThan(chart.bars[1]!.y + chart.barHeight);
  });

  it('leaves the longest commune name room before the bars (no clipped label at 360 px)', () => {
    const short = layoutBarChart([{ label: 'Bron', value: 1 }]);
    const long = layoutBarChart([{ label: 'Bron', value: 1 }, { label: 'Décines-Charpieu', value: 2 }]);
    // 16 characters at 15 units need about 140 units; the old fixed column was 130.
    expect(long.plotX).toBeGreaterThanOrEqual(140);
    expect(short.plotX).toBeLessThan(long.plotX);
    expect(long.plotX).toBeLessThanOrEqual(long.width / 2);
  });

  it('draws zero-length bars when every value is zero', () => {
    expect(layoutBarChart([{ label: 'a', value: 0 }]).bars[0]?.width).toBe(0);
  });

  it('formats numbers the French way', () => {
    expect(formatNumber(12.5, 'fr')).toBe('12,5');
    expect(formatNumber(4790, 'fr').replace(/\s/g, ' ')).toBe('4 790');
    expect(formatNumber(4790, 'en')).toBe('4,790');
  });
});

describe('figures', () => {
  const base = { title: 'T', summary: 'Une phrase.', unit: '%', values: [{ label: '2021', value: 1 }], published: '2026-01-01', geography: 'France' };
  it('requires a source address for a real figure', () => {
    const result = figure.safeParse({ ...base, source: { name: 'SpF' }, example: false });
    expect(result.error?.issues[0]?.path).toEqual(['source', 'url']);
    expect(figure.safeParse({ ...base, source: { name: 'Fictif' }, example: true }).success).toBe(true);
  });
});

describe('PDF files', () => {
  it('reads size and page count from the file', async () => {
    const info = await readPdfInfo('/documents/brochures/depression.pdf', { file: 'x', field: 'pdf' });
    expect(info.pages).toBeGreaterThanOrEqual(1);
    expect(info.bytes).toBeGreaterThan(1000);
  });

  it('fails with the file and field when the PDF is missing', async () => {
    await expect(readPdfInfo('/documents/brochures/missing.pdf', { file: 'content/brochures/x.mdx', field: 'pdf' })).rejects.toThrow(
      /content\/brochures\/x\.mdx: pdf: expected a PDF file at public\/documents\/brochures\/missing\.pdf/,
    );
    await expect(readPdfInfo('/documents/brochures/missing.pdf', { file: 'a', field: 'b' })).rejects.toBeInstanceOf(ContentError);
  });

  it('formats sizes in French and English', () => {
    expect(formatFileSize(3134, 'fr')).toBe('3 ko');
    expect(formatFileSize(1_250_000, 'fr')).toBe('1,3 Mo');
    expect(formatFileSize(245_000, 'en')).toBe('245 KB');
  });

  it('turns Markdown into printable blocks', () => {
    expect(markdownToBlocks('## Titre\n\nUn **mot** et [un lien](/x).\n\n- un\n- deux')).toEqual([
      { kind: 'heading', text: 'Titre' },
      { kind: 'paragraph', text: 'Un mot et un lien.' },
      { kind: 'item', text: 'un' },
      { kind: 'item', text: 'deux' },
    ]);
  });

  it('writes a PDF with a title and as many pages as the text needs', async () => {
    const long = Array.from({ length: 120 }, (_, i) => ({ kind: 'paragraph' as const, text: `Paragraphe ${i} avec des accents : é, è, à, œ — et une espace fine\u202f!` }));
    const pdf = await PDFDocument.load(await printablePdf({ title: 'Essai', subtitle: 'Exemple', blocks: long, lang: 'fr' }));
    expect(pdf.getTitle()).toBe('Essai');
    expect(pdf.getPageCount()).toBeGreaterThan(1);
    // Chromium prints it (a tagged PDF): starting a browser on a loaded machine takes its time.
  }, 120_000);
});

describe('news feed', () => {
  const entries = [
    { id: 'fr/a', path: '/actualites/a/', data: { title: 'Ancienne', date: '2026-01-01', summary: 'Une brève plus ancienne.', lang: 'fr' as const, tags: ['sism'], example: false } },
    { id: 'fr/b', path: '/actualites/b/', data: { title: 'Récente & neuve', date: '2026-06-01', summary: 'Une brève récente.', lang: 'fr' as const, tags: [], example: false } },
  ];
  const feed = buildNewsFeed({ url: 'https://clsm.example.fr', name: 'CLSM', email: 'c@example.fr' }, entries, 'Actualités', 'Les brèves.');

  it('sorts newest first', () => {
    expect(newestFirst(entries).map((e) => e.id)).toEqual(['fr/b', 'fr/a']);
  });

  it('produces valid RSS 2.0 with escaped titles and absolute links', () => {
    const rss = new XMLParser().parse(feed.rss2());
    const items = rss.rss.channel.item as { title: string; link: string }[];
    expect(items.map((i) => i.title)).toEqual(['Récente & neuve', 'Ancienne']);
    expect(items[0]?.link).toBe('https://clsm.example.fr/actualites/b/');
  });

  it('produces Atom 1.0 and JSON Feed with the same items', () => {
    const atom = new XMLParser({ ignoreAttributes: false }).parse(feed.atom1());
    expect(atom.feed['@_xmlns']).toBe('http://www.w3.org/2005/Atom');
    expect(atom.feed.entry.length).toBe(2);
    const json = JSON.parse(feed.json1()) as { items: { url: string }[] };
    expect(json.items.map((i) => i.url)).toEqual(['https://clsm.example.fr/actualites/b/', 'https://clsm.example.fr/actualites/a/']);
  });
});

describe('CLSM data files', () => {
  it('load and group actions under the six axes', () => {
    const plan = loadActionPlan();
    const grouped = actionsByAxis(plan.actions);
    expect(grouped.map((g) => g.axis)).toEqual([...AXES]);
    const counts = countByStatus(plan.actions);
    expect(Object.values(counts).reduce((a, b) => a + b, 0)).toBe(plan.actions.length);
  });

  it('describe both bodies required by the 2016 instruction', () => {
    const gov = loadGovernance();
    expect(gov.assembly.members.length).toBeGreaterThan(0);
    expect(gov.steering.members.some((m) => m.group === 'elus')).toBe(true);
    expect(gov.steering.members.some((m) => m.group === 'psychiatrie')).toBe(true);
  });

  it('list reports most recent first', () => {
    const years = loadReports().map((r) => r.report.year);
    expect(years).toEqual([...years].sort((a, b) => b - a));
  });
});
