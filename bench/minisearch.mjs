// MiniSearch (npm `minisearch`, a small full-text index for the browser) on the same
// documents as ItemsJS (lib.mjs `toItems`), as a page would use it:
// - fields title, summary, country names and tags; stored: what a row shows and the facets;
// - search with `prefix: true` and `combineWith: 'AND'` (every word must match, as ours;
//   MiniSearch's default is OR), `MiniSearch.wildcard` for an empty box;
// - MiniSearch has no facets: the facet ticks are a filter function over its matches (OR
//   within a facet, AND across), and the counts are counted in JS over the matches, each
//   facet's counts ignoring its own ticks (as ItemsJS's `conjunction: false` and ours do),
//   sorted by count. All of that is in its per-query time.
// MiniSearch matches prefixes of words without stemming, like ours, but splits words on
// punctuation and does not fold accents.
import { fileURLToPath } from 'node:url';

export const NAME = 'MiniSearch';
/** Its browser bundle (UMD: defines `window.MiniSearch`). */
export const BUNDLE = fileURLToPath(new URL('../node_modules/minisearch/dist/umd/index.js', import.meta.url));

/**
 * Runs in the page (after lib.mjs's helpers and the bundle): ready = fetch + JSON.parse +
 * documents + new MiniSearch + addAll, `builds` times; then times the steps.
 */
export async function runInPage({ steps, builds, passes }) {
  const { toItems, labelsOf, rowOf, facets, timeSteps } = window.__bench;
  const MiniSearch = window.MiniSearch;
  const now = () => performance.now();
  const ready = [];
  let engine = null;
  for (let i = 0; i < builds; i++) {
    engine = null;
    const t0 = now();
    const text = await (await fetch('data/framework.json', { cache: 'no-store' })).text();
    const t1 = now();
    const fw = JSON.parse(text);
    const items = toItems(fw);
    const t2 = now();
    const fields = ['title', 'summary', 'countries', 'tags'];
    engine = new MiniSearch({
      fields,
      storeFields: ['title', 'summary', 'countries', ...facets],
      // Lists are searched as text, and stored as they are (extractField serves both).
      extractField: (doc, field) => (fields.includes(field) && Array.isArray(doc[field]) ? doc[field].join(', ') : doc[field]),
    });
    engine.addAll(items);
    const t3 = now();
    ready.push({ fetch: t1 - t0, parse: t2 - t1, build: t3 - t2, total: t3 - t0, items: items.length, readyAt: performance.timeOrigin + t3 });
    window.__bench.labels = labelsOf(fw);
  }
  const values = (doc, facet) => {
    const v = doc[facet];
    return v == null ? [] : Array.isArray(v) ? v : [v];
  };
  const query = (step) => {
    const hits = step.text.trim()
      ? engine.search(step.text, { prefix: true, combineWith: 'AND' })
      : engine.search(MiniSearch.wildcard);
    const ticks = Object.entries(step.filters).filter(([, want]) => want.length);
    const counts = Object.fromEntries(facets.map((f) => [f, new Map()]));
    const matches = [];
    for (const hit of hits) {
      // The facets whose ticks this document fails: none = a match; one = it still counts
      // in that facet's own list (OR within a facet).
      let failed = null;
      let failures = 0;
      for (const [facet, want] of ticks) {
        if (!values(hit, facet).some((v) => want.includes(v))) {
          failed = facet;
          if (++failures > 1) break;
        }
      }
      if (failures > 1) continue;
      if (failures === 0) matches.push(hit);
      for (const facet of failures ? [failed] : facets) {
        const m = counts[facet];
        for (const v of values(hit, facet)) m.set(v, (m.get(v) ?? 0) + 1);
      }
    }
    const sorted = Object.fromEntries(Object.entries(counts).map(([f, m]) => [f, [...m].sort((a, b) => b[1] - a[1])]));
    return { rows: matches.slice(0, 25).map(rowOf), facets: sorted, total: matches.length };
  };
  return { ready, ...(await timeSteps({ steps, passes }, query)) };
}
