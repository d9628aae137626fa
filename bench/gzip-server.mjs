// A static server like tests/e2e/server.mjs, but answering with gzip (-9) when the browser
// accepts it, as any real static host does. Used for the phone profile, where the bytes on the
// wire decide the time; the browser tests' server sends files uncompressed.
// (Chromium offers brotli only over HTTPS, so on http://127.0.0.1 gzip is what a host sends.)
import { createServer } from 'node:http';
import { readFile, stat } from 'node:fs/promises';
import { extname, join, normalize, resolve } from 'node:path';
import { gzipSync } from 'node:zlib';
import { TYPES } from '../tests/e2e/server.mjs';

const COMPRESSIBLE = new Set(['.html', '.js', '.wasm', '.css', '.json', '.webmanifest', '.svg']);

/** Serves `root` at `/` on 127.0.0.1; resolves to { origin, close }. */
export async function serveGzip(root) {
  const base = resolve(root);
  const gzipped = new Map(); // file -> compressed body, made once
  const server = createServer(async (req, res) => {
    let relative = decodeURIComponent(new URL(req.url, 'http://x').pathname).slice(1);
    if (relative === '' || relative.endsWith('/')) relative += 'index.html';
    const file = normalize(join(base, relative));
    if (!file.startsWith(base)) return notFound(res);
    try {
      if (!(await stat(file)).isFile()) return notFound(res);
      const headers = {
        'content-type': TYPES[extname(file)] ?? 'application/octet-stream',
        'cache-control': 'no-cache',
        vary: 'accept-encoding',
      };
      let body;
      if (COMPRESSIBLE.has(extname(file)) && /\bgzip\b/.test(req.headers['accept-encoding'] ?? '')) {
        if (!gzipped.has(file)) gzipped.set(file, gzipSync(await readFile(file), { level: 9 }));
        body = gzipped.get(file);
        headers['content-encoding'] = 'gzip';
      } else {
        body = await readFile(file);
      }
      headers['content-length'] = body.length;
      res.writeHead(200, headers);
      res.end(body);
    } catch {
      notFound(res);
    }
  });
  await new Promise((ok) => server.listen(0, '127.0.0.1', ok));
  return {
    origin: `http://127.0.0.1:${server.address().port}`,
    close: () => new Promise((ok) => { server.closeAllConnections?.(); server.close(ok); }),
  };
}

function notFound(res) {
  res.writeHead(404, { 'content-type': 'text/plain' });
  res.end('not found');
}
