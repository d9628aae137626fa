// What the benchmark scripts share: statistics, the browser and server set-up (the browser
// tests' own, so the figures are of the same app the tests check), and file helpers.
import { mkdir, readFile, writeFile } from 'node:fs/promises';
import { dirname, join } from 'node:path';

import { launch } from '../tests/e2e/harness.mjs';

export { launch };
export { serve } from '../tests/e2e/server.mjs';

/** Where raw figures go (gitignored). `scripts/bench.sh` sets it; the default is the same. */
export const OUT = process.env.MFLM_BENCH_OUT ?? 'bench-out';

/** The window every page gets: the tests' desktop size. */
export const VIEWPORT = { width: 1280, height: 900 };

/** Nearest-rank percentile of numbers (the same rule as core/examples/bench_engine.rs). */
export function percentile(values, p) {
  const sorted = values.filter(Number.isFinite).sort((a, b) => a - b);
  if (sorted.length === 0) return null;
  const rank = Math.ceil((p / 100) * sorted.length);
  return sorted[Math.min(Math.max(rank, 1), sorted.length) - 1];
}

export const median = (values) => percentile(values, 50);

/** { median, p95, max, n } of numbers. */
export function stats(values) {
  const finite = values.filter(Number.isFinite);
  return {
    median: percentile(finite, 50),
    p95: percentile(finite, 95),
    max: finite.length ? Math.max(...finite) : null,
    n: finite.length,
  };
}

export async function writeJson(name, value) {
  const path = join(OUT, name);
  await mkdir(dirname(path), { recursive: true });
  await writeFile(path, JSON.stringify(value, null, 2) + '\n');
  return path;
}

export async function readJson(path) {
  return JSON.parse(await readFile(path, 'utf8'));
}

/** Prints a progress line to stderr (stdout is kept for the table). */
/**
 * The `SCALE=DIR` arguments of a benchmark script (`1=/tmp/x/dist-1 100=/tmp/x/dist-100`): each
 * DIR a build whose data file is `mflm-data scale SCALE`. Prints the usage of `script` and
 * exits with status 2 when there are none or one is malformed.
 */
export function sizesFromArgs(script) {
  const sizes = process.argv.slice(2).map((arg) => {
    const [scale, dir] = arg.split('=');
    return { scale: Number(scale), dir };
  });
  if (!sizes.length || sizes.some((s) => !(s.scale >= 1) || !s.dir)) {
    console.error(`usage: node bench/${script} SCALE=DIR [SCALE=DIR ...]`);
    process.exit(2);
  }
  return sizes;
}

/**
 * Runs `benchSize(browser, size)` for each size in one headless Chromium, in order, and writes
 * `{ browser, steps, sizes: [each result] }` to bench-out/`file`.
 */
export async function eachSize(file, sizes, steps, benchSize) {
  const browser = await launch();
  const results = { browser: browser.version(), steps: steps.length, sizes: [] };
  try {
    for (const size of sizes) results.sizes.push(await benchSize(browser, size));
  } finally {
    await browser.close();
  }
  await writeJson(file, results);
}

export function say(...parts) {
  process.stderr.write(`[bench] ${parts.join(' ')}\n`);
}

/** Rejects after `ms` with `what` in the message, unless `promise` settles first. */
export function withTimeout(promise, ms, what) {
  let timer;
  const timeout = new Promise((_, reject) => {
    timer = setTimeout(() => reject(new Error(`${what}: no answer within ${Math.round(ms / 1000)} s`)), ms);
  });
  return Promise.race([promise, timeout]).finally(() => clearTimeout(timer));
}

/**
 * Runs in the page before any of its own scripts: records performance.now() when the loading
 * message, the first result and the first filter checkbox are first in the DOM, and the next
 * frame after the first result.
 * A MutationObserver callback runs right after the DOM change, before any rendering.
 */
export const MARK_FIRST_RESULTS = () => {
  const marks = {};
  window.__mflmBench = marks;
  const observer = new MutationObserver(() => {
    const now = performance.now();
    if (marks.loading == null && document.querySelector('p.loading')) marks.loading = now;
    if (marks.failed == null && document.querySelector('.load-failed')) marks.failed = now;
    // index.html's first view (prerendered results in #boot, shown only for the default
    // view) is not the app: its rows are timed apart, as "first view".
    if (marks.firstView == null && document.documentElement.classList.contains('first-view-shown')
      && document.querySelector('#boot article.result')) marks.firstView = now;
    const appResult = [...document.querySelectorAll('article.result')].some((row) => !row.closest('#boot'));
    if (marks.results == null && appResult) {
      marks.results = now;
      requestAnimationFrame(() => {
        marks.resultsFrame = performance.now();
      });
    }
    // The filter lists are built in the task after the results' first frame.
    if (marks.filters == null && document.querySelector('fieldset.facet input')) marks.filters = now;
    if (marks.results != null && marks.filters != null) observer.disconnect();
  });
  observer.observe(document, { childList: true, subtree: true });
};

/**
 * Runs in the page after first results: the app's own User Timing marks (src/ui/app.rs) and
 * when the data file finished arriving, in ms from navigation start.
 */
export const READ_STARTUP_MARKS = () => {
  const at = (name) => performance.getEntriesByName(name, 'mark')[0]?.startTime ?? null;
  const data = performance.getEntriesByType('resource').find((r) => r.name.endsWith('data/framework.json'));
  const wasm = performance.getEntriesByType('resource').find((r) => r.name.endsWith('.wasm'));
  return {
    wasmEnd: wasm?.responseEnd ?? null,
    dataEnd: data?.responseEnd ?? null,
    dataRead: at('mflm:data-read'),
    dataChecked: at('mflm:data-checked'),
    indexBuilt: at('mflm:index-built'),
  };
};

/**
 * The start-up steps of one load, in ms: `read` = from the data's arrival (or the app's
 * start, if the data came first) to its bytes being in the wasm, `check` = parse and check,
 * `index` = Index::new, `render` = to the first result in the DOM. Null where a mark is
 * missing.
 */
export function startupSteps(m) {
  const span = (from, to) => (from == null || to == null ? null : to - from);
  const readFrom = m.dataEnd == null ? null : Math.max(m.dataEnd, m.loading ?? m.dataEnd);
  return {
    read: span(readFrom, m.dataRead),
    check: span(m.dataRead, m.dataChecked),
    index: span(m.dataChecked, m.indexBuilt),
    render: span(m.indexBuilt, m.results),
  };
}

/** Medians of each start-up step over loads, as "read 3 ms, check 20 ms, ...". */
export function describeSteps(loads, ms) {
  const names = ['read', 'check', 'index', 'render'];
  const parts = [];
  for (const name of names) {
    const values = loads.map((l) => l.steps?.[name]).filter((v) => v != null);
    if (values.length) parts.push(`${name} ${ms(stats(values).median)}`);
  }
  return parts.length ? parts.join(', ') : null;
}

// ---- The peers (ItemsJS, MiniSearch, Pagefind: bench/peers.mjs) share these. ----
// The functions below are self-contained: they run in node (Pagefind's index) and are also
// installed in the page by source (`peerHelpersScript`), so every peer gets the same
// documents, labels and rendering.

/** The facets every peer filters and counts, as our engine does. */
export const FACETS = ['type', 'kind', 'principle', 'region', 'sector', 'country', 'instrument', 'actor'];

/**
 * The documents: one per principle, guideline and profile (practice or activity), with the
 * facet values as arrays (type a string) and the searchable text fields title, summary,
 * countries (names) and tags.
 */
export function toItems(fw) {
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
}

/** id -> English label of every vocabulary entry and instrument (for the facet lists). */
export function labelsOf(fw) {
  const labels = new Map();
  for (const list of Object.values(fw.vocabularies)) for (const t of list) labels.set(t.id, t.label.en);
  for (const i of fw.instruments) labels.set(i.id, i.name);
  return labels;
}

/** The row a result page shows for a document: title, summary, countries, type. */
export function rowOf(item) {
  return { title: item.title, summary: item.summary ?? '', country: [item.countries ?? []].flat().join(', '), type: item.type };
}

/**
 * Renders 25 rows (a plain <article> each: title, summary, country, type) and the facet
 * counts (a list of "label (count)" per facet, options with a count of 0 left out) into
 * `container`, replacing what was there; DOM APIs and textContent only.
 * facets: { facet: [[value, count], ...] }.
 */
export function render(container, rows, facets, labels) {
  const list = document.createElement('div');
  for (const r of rows) {
    const article = document.createElement('article');
    const title = document.createElement('h3');
    title.textContent = r.title;
    const summary = document.createElement('p');
    summary.textContent = r.summary;
    const country = document.createElement('p');
    country.textContent = r.country;
    const type = document.createElement('p');
    type.textContent = r.type;
    article.append(title, summary, country, type);
    list.append(article);
  }
  const side = document.createElement('div');
  for (const [facet, counts] of Object.entries(facets)) {
    const ul = document.createElement('ul');
    ul.dataset.facet = facet;
    for (const [value, n] of counts) {
      if (!n) continue;
      const li = document.createElement('li');
      li.textContent = `${labels.get(value) ?? value} (${n})`;
      ul.append(li);
    }
    side.append(ul);
  }
  container.replaceChildren(list, side);
}

/**
 * Runs in the page: times `query(step)` (sync or async; resolves to { rows, facets, total })
 * on every step, `passes` times. Per step: search = the peer's own work (for Pagefind with
 * the 25 rows' data loaded), rendered = the same plus `render` (to the DOM built, before
 * style and layout, as our `dom` figure), frame = to the end of the next frame. Waits a
 * frame and a task before each step, as the app's replay does.
 */
export async function timeSteps({ steps, passes }, query) {
  const { render, labels } = window.__bench;
  const container = document.querySelector('#peer') ?? document.body.appendChild(Object.assign(document.createElement('main'), { id: 'peer' }));
  const channel = new MessageChannel();
  const task = () => new Promise((resolve) => {
    channel.port1.onmessage = () => resolve();
    channel.port2.postMessage(null);
  });
  const frame = () => new Promise((resolve) => requestAnimationFrame(() => resolve()));
  const samples = [];
  const totals = [];
  for (let pass = 0; pass < passes; pass++) {
    for (const [i, step] of steps.entries()) {
      await frame();
      await task();
      const t0 = performance.now();
      let result = query(step);
      if (result instanceof Promise) result = await result;
      const t1 = performance.now();
      render(container, result.rows, result.facets, labels);
      const t2 = performance.now();
      await frame();
      await task();
      samples.push({ step: i, pass, search: t1 - t0, rendered: t2 - t0, frame: performance.now() - t0 });
      if (pass === 0) totals.push(result.total);
    }
  }
  return { samples, totals };
}

/** A script that installs the helpers above in the page as `window.__bench` (each peer sets `labels`). */
export const peerHelpersScript = () =>
  `window.__bench = { toItems: ${toItems}, labelsOf: ${labelsOf}, rowOf: ${rowOf}, render: ${render}, timeSteps: ${timeSteps}, facets: ${JSON.stringify(FACETS)}, labels: new Map() };`;
