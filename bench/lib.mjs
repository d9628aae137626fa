// What the benchmark scripts share: statistics, the browser and server set-up (the browser
// tests' own, so the figures are of the same app the tests check), and file helpers.
import { mkdir, readFile, writeFile } from 'node:fs/promises';
import { dirname, join } from 'node:path';

export { launch } from '../tests/e2e/harness.mjs';
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
    if (marks.results == null && document.querySelector('article.result')) {
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
