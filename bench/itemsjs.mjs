// ItemsJS (npm `itemsjs`, a well-known client-side faceted search engine) set up like our
// engine, to run in a page (see peers.mjs):
// - the same documents (lib.mjs `toItems`): one per principle, guideline and profile;
// - the same facets as aggregations, OR within a facet (`conjunction: false`), AND across;
// - searchable fields title, summary, country names and tags (ours also searches areas,
//   period, ids, actor names and the kind's label, so it indexes a little more text);
// - every query asks for the first 25 hits and all aggregations, as our results page does.
// ItemsJS's full-text search is lunr's (stemming, stop words, prefix expansion), ours is
// prefix matching on folded words; result counts can differ, and are recorded to show how much.
import { fileURLToPath } from 'node:url';

export const NAME = 'ItemsJS';
/** Its browser bundle (UMD: defines `window.itemsjs`). */
export const BUNDLE = fileURLToPath(new URL('../node_modules/itemsjs/dist/index.umd.js', import.meta.url));

/**
 * Runs in the page (after lib.mjs's helpers and the bundle): builds ItemsJS from the page's
 * own data/framework.json `builds` times (ready = fetch + JSON.parse + documents +
 * itemsjs()), then times the steps (lib.mjs `timeSteps`).
 */
export async function runInPage({ steps, builds, passes }) {
  const { toItems, labelsOf, rowOf, facets, timeSteps } = window.__bench;
  const now = () => performance.now();
  const config = {
    aggregations: Object.fromEntries(facets.map((f) => [f, { title: f, size: 1000, conjunction: false }])),
    searchableFields: ['title', 'summary', 'countries', 'tags'],
  };
  const ready = [];
  let engine = null;
  for (let i = 0; i < builds; i++) {
    engine = null; // let the previous build go before the next
    const t0 = now();
    const text = await (await fetch('data/framework.json', { cache: 'no-store' })).text();
    const t1 = now();
    const fw = JSON.parse(text);
    const items = toItems(fw);
    const t2 = now();
    engine = window.itemsjs(items, config);
    const t3 = now();
    ready.push({ fetch: t1 - t0, parse: t2 - t1, build: t3 - t2, total: t3 - t0, items: items.length, readyAt: performance.timeOrigin + t3 });
    window.__bench.labels = labelsOf(fw);
  }
  const query = (step) => {
    const result = engine.search({ query: step.text, filters: step.filters, per_page: 25, page: 1 });
    const counts = Object.fromEntries(Object.entries(result.data.aggregations).map(([f, a]) => [f, a.buckets.map((b) => [b.key, b.doc_count])]));
    return { rows: result.data.items.map(rowOf), facets: counts, total: result.pagination.total };
  };
  return { ready, ...(await timeSteps({ steps, passes }, query)) };
}
