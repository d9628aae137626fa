// Pagefind (npm `pagefind`, the usual search for static sites) on the same documents as
// ItemsJS (lib.mjs `toItems`):
// - its index is built at bench time with its Node API (`createIndex`, one `addCustomRecord`
//   per document: content = title, summary, country names and tags; meta = what a row shows;
//   filters = the facets), written into the copy of the build being measured (`pagefind/`),
//   so the page loads it from its own origin, as a site with Pagefind does;
// - the page imports `pagefind/pagefind.js` and searches with
//   `pagefind.search(text, { filters: { facet: { any: [...] } } })` (OR within a facet, AND
//   across), `null` as the text for an empty box; a row needs each result's data
//   (`result.data()`: one fragment file fetched per result, the first time), so the first 25
//   are loaded; the facet counts are Pagefind's own (`search.filters`).
// Pagefind loads its index lazily, in a web worker (1.6): `init()` only starts the worker; the
// first search fetches the entry file, the wasm, the metadata and the filter chunks; each
// search fetches the index chunks its words need, once. So ready = import + init + a first
// `search(null)` (all documents, the page's first view; its 25 rows not loaded). A query's
// time includes the chunks it had to fetch (the first pass pays them; the later passes find
// them loaded). The fetches are counted from the browser's requests (peers.mjs), since the
// worker's do not show in the page's performance entries.
// Pagefind stems words (English) and matches a prefix of the last word only; ours matches a
// prefix of every word.
import { createIndex, close } from 'pagefind';
import { readFile, readdir, stat } from 'node:fs/promises';
import { join } from 'node:path';
import { toItems, FACETS } from './lib.mjs';

export const NAME = 'Pagefind';

/** Builds the index of DIR/data/framework.json into DIR/pagefind/; says what it took. */
export async function buildIndex(dir) {
  const t0 = performance.now();
  const items = toItems(JSON.parse(await readFile(join(dir, 'data', 'framework.json'), 'utf8')));
  const { index, errors } = await createIndex({ forceLanguage: 'en' });
  if (!index) throw new Error(`pagefind createIndex: ${errors.join('; ')}`);
  const records = items.map((item) => ({
    url: `/#${item.id}`,
    content: [item.title, item.summary, ...(item.countries ?? []), ...(item.tags ?? [])].join('\n'),
    language: 'en',
    meta: { title: item.title, summary: item.summary ?? '', country: (item.countries ?? []).join(', '), type: item.type },
    filters: Object.fromEntries(FACETS.map((f) => [f, [item[f] ?? []].flat()]).filter(([, v]) => v.length)),
  }));
  // In batches: the records go to Pagefind's binary over a pipe.
  for (let i = 0; i < records.length; i += 1000) {
    const added = await Promise.all(records.slice(i, i + 1000).map((r) => index.addCustomRecord(r)));
    const failed = added.find((a) => a.errors.length);
    if (failed) throw new Error(`pagefind addCustomRecord: ${failed.errors.join('; ')}`);
  }
  const written = await index.writeFiles({ outputPath: join(dir, 'pagefind') });
  if (written.errors.length) throw new Error(`pagefind writeFiles: ${written.errors.join('; ')}`);
  await close();
  const files = await listFiles(join(dir, 'pagefind'));
  return { ms: performance.now() - t0, records: records.length, files: files.length, bytes: files.reduce((sum, f) => sum + f.size, 0) };
}

async function listFiles(dir, out = []) {
  // (Not push(...list): at 1000x a folder holds 127,000 files, too many arguments for a call.)
  for (const entry of await readdir(dir, { withFileTypes: true })) {
    const path = join(dir, entry.name);
    if (entry.isDirectory()) await listFiles(path, out);
    else out.push({ path, size: (await stat(path)).size });
  }
  return out;
}

/**
 * Runs in the page (after lib.mjs's helpers): ready = import('pagefind/pagefind.js') + init()
 * + search(null), once (a new page per build: peers.mjs); then times the steps, `passes` times.
 */
export async function runInPage({ steps, passes, origin }) {
  const { labelsOf, timeSteps } = window.__bench;
  const now = () => performance.now();
  const t0 = now();
  const pagefind = await import(`${origin}/pagefind/pagefind.js`);
  const t1 = now();
  await pagefind.init();
  const t2 = now();
  const all = await pagefind.search(null);
  const t3 = now();
  const ready = [{ import: t1 - t0, init: t2 - t1, firstSearch: t3 - t2, total: t3 - t0, items: all.results.length, readyAt: performance.timeOrigin + t3 }];
  // The labels are the page's (a Pagefind page knows its vocabularies); not timed.
  window.__bench.labels = labelsOf(await (await fetch('data/framework.json')).json());
  const query = async (step) => {
    const ticks = Object.entries(step.filters).filter(([, want]) => want.length);
    const search = await pagefind.search(step.text.trim() ? step.text : null, {
      filters: Object.fromEntries(ticks.map(([facet, want]) => [facet, { any: want }])),
    });
    const data = await Promise.all(search.results.slice(0, 25).map((r) => r.data()));
    const facets = Object.fromEntries(Object.entries(search.filters ?? {}).map(([f, counts]) => [f, Object.entries(counts)]));
    return { rows: data.map((d) => d.meta), facets, total: search.results.length };
  };
  return { ready, ...(await timeSteps({ steps, passes }, query)) };
}
