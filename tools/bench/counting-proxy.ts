/**
 * A pass-through HTTP proxy in front of the nginx test server that records
 * every response the browser receives: bytes on the wire (headers and body,
 * compressed as nginx sends them) and the decoded body size. Chromium is
 * pointed at the proxy rather than at nginx so that requests made by web
 * workers (Pagefind, the map) are counted too, which page-level network
 * events in Playwright do not all show.
 */
import { createServer, request as httpRequest } from 'node:http';
import { createGunzip } from 'node:zlib';

export interface Transfer {
  /** Request path, query included. */
  path: string;
  status: number;
  contentType: string;
  /** Bytes received: headers and body as sent (gzip when nginx compresses). */
  wire: number;
  /** Body bytes once decoded. */
  raw: number;
}

export interface CountingProxy {
  /** http://127.0.0.1:<port> */
  origin: string;
  /** Responses completed since the last reset, in order of completion. */
  transfers: Transfer[];
  /** Forgets what was recorded. */
  reset(): void;
  close(): Promise<void>;
}

/** Kinds of bytes a page loads, for the report. */
export type TransferKind = 'html' | 'css' | 'js' | 'data' | 'font' | 'image' | 'other';

/** The kind of a response, from its content type (and its extension when the type is generic). */
export function kindOf(transfer: Pick<Transfer, 'path' | 'contentType'>): TransferKind {
  const type = transfer.contentType.split(';')[0]?.trim() ?? '';
  const path = transfer.path.split('?')[0] ?? '';
  if (type === 'text/html') return 'html';
  if (type === 'text/css') return 'css';
  if (/javascript/.test(type) || /\.m?js$/.test(path)) return 'js';
  if (type.startsWith('font/') || /\.woff2?$/.test(path)) return 'font';
  // Before data: SVG images are XML.
  if (type.startsWith('image/')) return 'image';
  if (/json|xml|csv|calendar/.test(type) || /\.(geojson|json|pmtiles|pf_\w+|pagefind)$/.test(path)) return 'data';
  return 'other';
}

/** Starts a proxy to the server at `targetPort` on a free port. */
export async function startCountingProxy(targetPort: number): Promise<CountingProxy> {
  const transfers: Transfer[] = [];
  const server = createServer((req, res) => {
    const upstream = httpRequest({ host: '127.0.0.1', port: targetPort, path: req.url, method: req.method, headers: req.headers }, (up) => {
      const transfer: Transfer = {
        path: req.url ?? '',
        status: up.statusCode ?? 502,
        contentType: String(up.headers['content-type'] ?? ''),
        // The status line and headers, roughly as sent.
        wire: Object.entries(up.headers).reduce((n, [k, v]) => n + k.length + String(v).length + 4, 0),
        raw: 0,
      };
      const gunzip = up.headers['content-encoding'] === 'gzip' ? createGunzip() : undefined;
      gunzip?.on('data', (chunk: Buffer) => (transfer.raw += chunk.length));
      gunzip?.on('end', () => transfers.push(transfer));
      gunzip?.on('error', () => transfers.push(transfer));
      res.writeHead(transfer.status, up.headers);
      up.on('data', (chunk: Buffer) => {
        transfer.wire += chunk.length;
        if (gunzip) gunzip.write(chunk);
        else transfer.raw += chunk.length;
      });
      up.on('end', () => {
        if (gunzip) gunzip.end();
        else transfers.push(transfer);
      });
      up.pipe(res);
    });
    upstream.on('error', () => res.writeHead(502).end());
    req.pipe(upstream);
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const address = server.address();
  const port = typeof address === 'object' && address ? address.port : 0;
  return {
    origin: `http://127.0.0.1:${port}`,
    transfers,
    reset: () => void (transfers.length = 0),
    close: () => new Promise<void>((resolve) => {
      server.closeAllConnections();
      server.close(() => resolve());
    }),
  };
}

/** Sum of wire and decoded bytes. */
export function totalOf(list: readonly Transfer[]): { wire: number; raw: number; requests: number } {
  return list.reduce((sum, t) => ({ wire: sum.wire + t.wire, raw: sum.raw + t.raw, requests: sum.requests + 1 }), { wire: 0, raw: 0, requests: 0 });
}
