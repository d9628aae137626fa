// Writes a .gz (zlib level 9) and a .br (brotli quality 11) copy beside every compressible file
// of a build, for static hosts that serve precompressed files (nginx `gzip_static` and
// `brotli_static`, Caddy `precompressed`, Netlify and others do): the smallest bytes on the
// wire, with no compression work per request. Hosts that ignore them serve the originals.
//
//   node scripts/precompress.mjs dist
//
// Run after scripts/postbuild.mjs: the copies are not in the service worker's file list (the
// browser decompresses before the worker sees a response, so it caches the originals). A copy
// that would not be smaller than its original is not written. Running it again rewrites them.
import { readdir, readFile, writeFile, rm } from 'node:fs/promises';
import { join, extname } from 'node:path';
import { gzipSync, brotliCompressSync, constants } from 'node:zlib';

const COMPRESSIBLE = new Set(['.html', '.js', '.mjs', '.wasm', '.css', '.json', '.webmanifest', '.svg', '.csv', '.ftl', '.txt']);

const dir = process.argv[2];
if (!dir) {
  console.error('usage: node scripts/precompress.mjs DIST');
  process.exit(2);
}

let written = 0;
let before = 0;
let afterGzip = 0;
let afterBrotli = 0;
const entries = await readdir(dir, { recursive: true, withFileTypes: true });
for (const entry of entries.filter((e) => e.isFile())) {
  const file = join(entry.parentPath ?? entry.path, entry.name);
  if (file.endsWith('.gz') || file.endsWith('.br')) continue;
  if (!COMPRESSIBLE.has(extname(file))) continue;
  const body = await readFile(file);
  const copies = {
    '.gz': gzipSync(body, { level: 9 }),
    '.br': brotliCompressSync(body, {
      params: { [constants.BROTLI_PARAM_QUALITY]: 11, [constants.BROTLI_PARAM_SIZE_HINT]: body.length },
    }),
  };
  before += body.length;
  for (const [suffix, copy] of Object.entries(copies)) {
    if (copy.length < body.length) {
      await writeFile(file + suffix, copy);
      written += 1;
    } else {
      await rm(file + suffix, { force: true });
    }
  }
  afterGzip += Math.min(copies['.gz'].length, body.length);
  afterBrotli += Math.min(copies['.br'].length, body.length);
}
const kib = (n) => `${(n / 1024).toFixed(1)} KiB`;
console.log(`[precompress] ${dir}: ${written} copies; ${kib(before)} -> ${kib(afterGzip)} gzip, ${kib(afterBrotli)} brotli`);
