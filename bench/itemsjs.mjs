// ItemsJS (npm `itemsjs`, a well-known client-side faceted search engine) set up like our
// engine, to run in the same page as the app (see keystrokes.mjs):
// - the same documents: one per principle, guideline and profile (practice or activity);
// - the same facets as aggregations, OR within a facet (`conjunction: false`), AND across;
// - searchable fields title, summary, country names and tags (ours also searches areas,
//   period, ids, actor names and the kind's label, so it indexes a little more text);
// - every query asks for the first 25 hits and all aggregations, as our results page does.
// ItemsJS's full-text search is lunr's (stemming, stop words, prefix expansion), ours is
// prefix matching on folded words; result counts can differ, and are recorded to show how much.
import { fileURLToPath } from 'node:url';

/** Its browser bundle (UMD: defines `window.itemsjs`). */
export const BUNDLE = fileURLToPath(new URL('../node_modules/itemsjs/dist/index.umd.js', import.meta.url));

export const FACETS = ['type', 'kind', 'principle', 'region', 'sector', 'country', 'instrument', 'actor'];

/**
 * Runs in the page (pass to page.evaluate with { steps, builds, facets }): fetches the page's
 * own data/framework.json, builds ItemsJS `builds` times (time to ready: fetch + JSON.parse +
 * documents + itemsjs()), then times every step of the sequence once per pass.
 */
export async function runInPage({ steps, builds, passes, facets }) {
  const now = () => performance.now();
  const toItems = (fw) => {
    const countryName = new Map(fw.vocabularies.countries.map((c) => [c.id, c.label.en]));
    const items = [];
    for (const p of [...fw.principles].sort((a, b) => a.number - b.number)) {
      items.push({
        id: `principle-${p.number}`, type: 'principle', title: p.title.en, summary: p.summary.en,
        principle: [String(p.number)],
        instrument: fw.instruments.filter((i) => (i.principles ?? []).includes(p.number)).map((i) => i.id),
      });
    }
    for (const g of fw.guidelines) {
      items.push({ id: `guideline-${g.id}`, type: 'guideline', title: g.text.en, summary: '', principle: [String(g.principle)] });
    }
    for (const p of fw.profiles) {
      items.push({
        id: p.id, type: p.type, kind: [p.kind], title: p.title.en, summary: p.summary.en,
        principle: p.principles.map(String), region: p.regions, sector: p.sectors,
        country: p.countries ?? [], instrument: p.instruments ?? [],
        actor: [...new Set(p.actors.map((a) => a.type))],
        countries: (p.countries ?? []).map((id) => countryName.get(id) ?? id), tags: p.tags ?? [],
      });
    }
    return items;
  };
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
    const items = toItems(JSON.parse(text));
    const t2 = now();
    engine = window.itemsjs(items, config);
    const t3 = now();
    ready.push({ fetch: t1 - t0, parse: t2 - t1, build: t3 - t2, total: t3 - t0, items: items.length });
  }

  const search = (step) => engine.search({ query: step.text, filters: step.filters, per_page: 25, page: 1 });
  const firstStart = now();
  search({ text: '', filters: {} });
  const firstQuery = now() - firstStart;

  const samples = [];
  const totals = [];
  for (let pass = 0; pass < passes; pass++) {
    for (const step of steps) {
      const t0 = now();
      const result = search(step);
      samples.push(now() - t0);
      if (pass === 0) totals.push(result.pagination.total);
    }
  }
  return { ready, firstQuery, samples, totals };
}
