// Sizes of the release build: every file of dist/, raw, gzip -9 and brotli (quality 11), and
// the two totals the targets are about:
// - first load: what the browser must download before it can show results
//   (index.html, the JS loader, the wasm, the CSS and the data file);
// - app shell: the same without the data file.
// Icons, the manifest and sw.js are listed but not in the totals: the browser fetches them
// beside or after the first render (sw.js when the app registers it, once results are shown).
//
//   node bench/sizes.mjs [DIST]      prints a JSON summary; writes bench-out/sizes.json
import { readdir, readFile } from 'node:fs/promises';
import { join, relative, sep } from 'node:path';
import { gzipSync, brotliCompressSync, constants } from 'node:zlib';
import { writeJson } from './lib.mjs';

const dist = process.argv[2] ?? 'dist';

const entries = await readdir(dist, { recursive: true, withFileTypes: true });
const files = [];
// The build's .gz/.br copies (scripts/precompress.mjs) are other forms of the same files.
for (const entry of entries.filter((e) => e.isFile() && !/\.(gz|br)$/.test(e.name))) {
  const full = join(entry.parentPath ?? entry.path, entry.name);
  const path = relative(dist, full).split(sep).join('/');
  const body = await readFile(full);
  files.push({
    path,
    raw: body.length,
    gzip: gzipSync(body, { level: 9 }).length,
    brotli: brotliCompressSync(body, {
      params: { [constants.BROTLI_PARAM_QUALITY]: 11, [constants.BROTLI_PARAM_SIZE_HINT]: body.length },
    }).length,
    role: role(path),
  });
}
files.sort((a, b) => b.raw - a.raw);

const total = (pick) => ['raw', 'gzip', 'brotli'].reduce((sum, k) => {
  sum[k] = files.filter(pick).reduce((s, f) => s + f[k], 0);
  return sum;
}, {});
const summary = {
  dist,
  files,
  firstLoad: total((f) => f.role !== 'other'),
  shell: total((f) => f.role !== 'other' && f.role !== 'data'),
};
await writeJson('sizes.json', summary);
console.log(JSON.stringify({ firstLoad: summary.firstLoad, shell: summary.shell }));

/** What a file is for the totals: part of the first load (and which part), or not. */
function role(path) {
  if (path === 'index.html') return 'html';
  if (path === 'data/framework.json') return 'data';
  if (path === 'sw.js' || path.startsWith('icons/')) return 'other';
  if (path.endsWith('.wasm')) return 'wasm';
  if (path.endsWith('.js')) return 'js';
  if (path.endsWith('.css')) return 'css';
  return 'other';
}
