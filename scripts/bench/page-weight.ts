/**
 * What a page costs to download: its HTML and the CSS and JavaScript it
 * loads at start (stylesheets, module scripts and their static imports,
 * modulepreloads), raw and gzip-compressed, read from the build on disk.
 */
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';
import { parse } from 'node-html-parser';

export interface Weight {
  raw: number;
  gzip: number;
}

export interface PageWeight {
  html: Weight;
  css: Weight;
  js: Weight;
  /** Number of files the page loads at start, the HTML included. */
  requests: number;
}

function weigh(bytes: Buffer): Weight {
  return { raw: bytes.length, gzip: gzipSync(bytes, { level: 6 }).length };
}

function add(a: Weight, b: Weight): Weight {
  return { raw: a.raw + b.raw, gzip: a.gzip + b.gzip };
}

/** Static `import ... from "./x.js"` specifiers of a module (not dynamic imports: those load on demand). */
function staticImports(source: string): string[] {
  return [...source.matchAll(/(?:^|[;\n}])\s*import\s*(?:[\w*{}\s,$]+from\s*)?["']([^"']+)["']/g)].map((m) => m[1]!);
}

/** Measures the page at `urlPath` in the build folder `distDir`. */
export function pageWeight(distDir: string, urlPath: string): PageWeight {
  const htmlFile = urlPath.endsWith('/') ? join(distDir, urlPath, 'index.html') : join(distDir, urlPath);
  const htmlBytes = readFileSync(htmlFile);
  const doc = parse(htmlBytes.toString('utf8'));
  let css: Weight = { raw: 0, gzip: 0 };
  let js: Weight = { raw: 0, gzip: 0 };
  const seen = new Set<string>();

  const local = (href: string | undefined) => (href && href.startsWith('/') && !href.startsWith('//') ? join(distDir, href.split(/[?#]/)[0]!) : undefined);

  for (const link of doc.querySelectorAll('link[rel="stylesheet"]')) {
    const file = local(link.getAttribute('href'));
    if (file && existsSync(file) && !seen.has(file)) {
      seen.add(file);
      css = add(css, weigh(readFileSync(file)));
    }
  }
  const queue = [
    ...doc.querySelectorAll('script[src]').map((s) => s.getAttribute('src')),
    ...doc.querySelectorAll('link[rel="modulepreload"]').map((l) => l.getAttribute('href')),
  ]
    .map(local)
    .filter((f): f is string => Boolean(f));
  while (queue.length) {
    const file = queue.shift()!;
    if (seen.has(file) || !existsSync(file)) continue;
    seen.add(file);
    const bytes = readFileSync(file);
    js = add(js, weigh(bytes));
    for (const spec of staticImports(bytes.toString('utf8'))) {
      if (spec.startsWith('/')) queue.push(join(distDir, spec));
      else if (spec.startsWith('.')) queue.push(join(file, '..', spec));
    }
  }
  return { html: weigh(htmlBytes), css, js, requests: 1 + seen.size };
}
