/**
 * Generates the press space's sample files: a PDF for each press release
 * (from its text, like the sample brochures), the media kit's logo (SVG and
 * PNG, from public/favicon.svg) and abstract sample "photos" rendered with
 * sharp, with small previews. A CLSM replaces them with its own files; the
 * site reads sizes from whatever file is there.
 *
 *   npm run press-samples
 */
import { mkdirSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import sharp from 'sharp';
import { readYaml } from '../../src/core/yaml.ts';
import { contentPath } from '../../src/core/content-dir.ts';
import { markdownToBlocks } from './plain-text.ts';
import { closePrinter, printablePdf } from './printable-pdf.ts';
import { formatDate } from '../../src/core/i18n/i18n.ts';
import { formatTime } from '../../src/core/clock.ts';
import { frontmatterOf } from '../../src/features/information/index.ts';
import { previewPath, pressRelease } from '../../src/features/press/index.ts';
import { sismText } from '../../src/features/events/index.ts';

function write(path: string, bytes: Uint8Array | string): void {
  mkdirSync(dirname(path), { recursive: true });
  writeFileSync(path, bytes);
  console.log(`wrote ${path.replace(`${process.cwd()}/`, '')} (${typeof bytes === 'string' ? Buffer.byteLength(bytes) : bytes.length} bytes)`);
}

// Press releases: one PDF per release, next to its text.
const releasesDir = contentPath('press', 'releases');
for (const name of readdirSync(releasesDir).filter((n) => n.endsWith('.mdx'))) {
  const text = readFileSync(join(releasesDir, name), 'utf8');
  const parsed = pressRelease.parse(readYaml(frontmatterOf(text) ?? ''));
  // The SISM figures ([[rendez-vous]] …) are computed from the programme, as on the site.
  const where = (field: string) => ({ file: `content/press/releases/${name}`, field });
  const data = { ...parsed, title: sismText(parsed.title, parsed.edition, where('title')), summary: sismText(parsed.summary, parsed.edition, where('summary')) };
  const body = sismText(text.replace(/^---[\s\S]*?\n---\r?\n/, ''), parsed.edition, where('(text)'));
  const embargo = data.embargo ? ` Sous embargo jusqu’au ${formatDate('fr', data.embargo.slice(0, 10))} à ${formatTime(data.embargo)} (heure de Paris).` : '';
  write(
    join(releasesDir, data.pdf),
    await printablePdf({
      title: data.title,
      subtitle: `Communiqué de presse du ${formatDate('fr', data.date)}.${embargo}${data.example ? ' Document d’exemple.' : ''}`,
      blocks: [{ kind: 'paragraph', text: data.summary }, ...markdownToBlocks(body)],
      lang: 'fr',
    }),
  );
}

// Media kit: the logo is the favicon's mark with the CLSM's short name.
const KIT = resolve('public', 'presse', 'kit-media');
const mark = readFileSync(resolve('public', 'favicon.svg'), 'utf8').trim().replace(/^<svg[^>]*>|<\/svg>$/g, '');
const logo = `<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 96 96" width="1024" height="1024">
  <title>CLSM (logo d’exemple)</title>
  <rect width="96" height="96" fill="#ffffff"/>
  <g transform="translate(24 10) scale(1.5)">${mark}</g>
  <text x="48" y="80" text-anchor="middle" font-family="DejaVu Sans, Arial, sans-serif" font-weight="700" font-size="16" fill="#0b5f6a">CLSM</text>
  <text x="48" y="91" text-anchor="middle" font-family="DejaVu Sans, Arial, sans-serif" font-size="6" fill="#1b1f23">exemple</text>
</svg>
`;
write(join(KIT, 'logo-clsm.svg'), logo);
write(join(KIT, 'logo-clsm.png'), await sharp(Buffer.from(logo)).png({ compressionLevel: 9 }).toBuffer());

// Sample "photos": abstract shapes, clearly not pictures of anyone.
const photos: Record<string, string> = {
  'photo-liens': `<rect width="1600" height="1000" fill="#e8f3f4"/><circle cx="620" cy="500" r="300" fill="#0b5f6a" fill-opacity="0.8"/><circle cx="980" cy="500" r="300" fill="#b3541e" fill-opacity="0.7"/><circle cx="800" cy="280" r="180" fill="#ffdd00" fill-opacity="0.6"/>`,
  'photo-horizon': `<rect width="1600" height="1000" fill="#fff4e5"/><rect y="420" width="1600" height="160" fill="#f0b37e"/><rect y="580" width="1600" height="180" fill="#7fb8c0"/><rect y="760" width="1600" height="240" fill="#0b5f6a"/><circle cx="1180" cy="360" r="120" fill="#b3541e"/>`,
  'photo-ecoute': `<rect width="1600" height="1000" fill="#f3f6f7"/><ellipse cx="560" cy="520" rx="260" ry="340" fill="#0a5a8c"/><ellipse cx="1040" cy="520" rx="260" ry="340" fill="#6a3d8f" fill-opacity="0.85"/><rect x="760" y="480" width="80" height="80" rx="40" fill="#ffdd00"/>`,
};
for (const [name, shapes] of Object.entries(photos)) {
  const svg = Buffer.from(`<svg xmlns="http://www.w3.org/2000/svg" width="1600" height="1000" viewBox="0 0 1600 1000">${shapes}</svg>`);
  write(join(KIT, `${name}.jpg`), await sharp(svg).jpeg({ quality: 82, mozjpeg: true }).toBuffer());
}

// Previews shown on the media kit page (the downloads stay full size).
for (const name of ['logo-clsm.png', ...Object.keys(photos).map((n) => `${n}.jpg`)]) {
  const source = join(KIT, name);
  write(resolve('public', `.${previewPath(`/presse/kit-media/${name}`)}`), await sharp(source).resize({ width: 400 }).webp({ quality: 75 }).toBuffer());
}
await closePrinter();
