// Copies a build to a directory of its own, so the benchmark measures one build even if dist/
// is rebuilt meanwhile, and checks the copy is whole: every file index.html refers to exists.
// With a third argument, the copy's data/framework.json is that file instead (a scaled copy).
//
//   node bench/snapshot.mjs DIST OUT [DATA.json]
// Exits 1, saying what is missing, if the build is incomplete (say, caught mid-rebuild).
import { cp, readFile, rm, stat, copyFile, writeFile } from 'node:fs/promises';
import { withDataPreload } from '../scripts/data-preload.mjs';
import { join } from 'node:path';

const [dist, out, data] = process.argv.slice(2);
if (!dist || !out) {
  console.error('usage: node bench/snapshot.mjs DIST OUT [DATA.json]');
  process.exit(2);
}

await rm(out, { recursive: true, force: true });
await cp(dist, out, { recursive: true });
if (data) {
  await copyFile(data, join(out, 'data', 'framework.json'));
  // Its precompressed copies are of the real data: drop them.
  for (const suffix of ['.gz', '.br']) await rm(join(out, 'data', `framework.json${suffix}`), { force: true });
  // As a build with this data file would: no preload of a big one.
  const page = await readFile(join(out, 'index.html'), 'utf8');
  await writeFile(join(out, 'index.html'), withDataPreload(page, (await stat(data)).size));
}

const html = await readFile(join(out, 'index.html'), 'utf8');
const referenced = [...html.matchAll(/\b(?:href|src)="\.?\/?([^"#?:]+)"/g)].map((m) => m[1]);
const missing = [];
for (const path of new Set([...referenced, 'data/framework.json'])) {
  try {
    await stat(join(out, path));
  } catch {
    missing.push(path);
  }
}
if (missing.length) {
  console.error(`${dist} is incomplete (being rebuilt?): missing ${missing.join(', ')}`);
  process.exit(1);
}
