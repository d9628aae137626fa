// Per-keystroke latency in the app at several data sizes (the peers, on the same steps: peers.mjs).
//
//   node bench/keystrokes.mjs SCALE=DIR [SCALE=DIR ...]     e.g. 1=/tmp/x/dist-1 100=/tmp/x/dist-100
// Each DIR is a build whose data/framework.json is `mflm-data scale SCALE` (1: the real data).
// Writes bench-out/keystrokes.json.
//
// For each size, in one fresh browser context:
// 1. loads the app a few times, recording when the loading message and the first result enter
//    the DOM: their difference is our "time to ready" (fetch, parse and validate the data,
//    build the index, render the first page);
// 2. waits for the service worker's background download of the offline copy to end (at the
//    larger sizes it fails, rightly: the data is not the build's), then replays
//    bench/sequence.json in the page: each step sets the search box and dispatches
//    `input`, or clicks a facet checkbox, and records
//      sync   the event handler's own work (the URL update, the state change),
//      dom    input to the last DOM change it caused (a MutationObserver callback runs right
//             after the changes, before any rendering): the figure the targets are about,
//      frame  input to the end of the next frame (requestAnimationFrame, then a task), which
//             adds style, layout and paint, and waiting for the frame's turn.
import { readFile } from 'node:fs/promises';
import { eachSize, sizesFromArgs, serve, say, stats, withTimeout, VIEWPORT, MARK_FIRST_RESULTS, READ_STARTUP_MARKS, startupSteps } from './lib.mjs';
import { plan as peersPlan } from './peers-plan.mjs';

const sizes = sizesFromArgs('keystrokes.mjs');
const { steps } = JSON.parse(await readFile(new URL('./sequence.json', import.meta.url), 'utf8'));
const real = JSON.parse(await readFile(new URL('../data/framework.json', import.meta.url), 'utf8'));

/** How much to repeat at each size: the larger, the fewer (each step costs more there). */
function plan(scale) {
  if (scale <= 1) return { loads: 3, passes: 3, loadTimeout: 60_000 };
  if (scale <= 10) return { loads: 3, passes: 3, loadTimeout: 60_000 };
  if (scale <= 100) return { loads: 3, passes: 2, loadTimeout: 120_000 };
  return { loads: 1, passes: 1, loadTimeout: 300_000 };
}

// Facet checkboxes are found by position: the short facets list every option, in the order of
// the data's vocabularies (types in the engine's order).
const ORDER = {
  type: ['principle', 'guideline', 'practice', 'activity'],
  region: real.vocabularies.regions.map((t) => t.id),
  sector: real.vocabularies.sectors.map((t) => t.id),
  kind: real.vocabularies.profile_kinds.map((t) => t.id),
};
const LABEL = {
  region: Object.fromEntries(real.vocabularies.regions.map((t) => [t.id, t.label.en])),
  sector: Object.fromEntries(real.vocabularies.sectors.map((t) => [t.id, t.label.en])),
};
const clicks = steps.map((step) => (step.facet ? { facet: step.facet, index: ORDER[step.facet].indexOf(step.value), label: LABEL[step.facet]?.[step.value] ?? null } : null));

await eachSize('keystrokes.json', sizes, steps, benchSize);

async function benchSize(browser, { scale, dir }) {
  const p = plan(scale);
  const server = await serve(dir);
  // Service workers stay allowed: Playwright's blocking makes register() resolve to nothing,
  // which no real browser does.
  const context = await browser.newContext({ viewport: VIEWPORT });
  const out = { scale, plan: p, loads: [], errors: [] };
  try {
    let page = null;
    for (let i = 0; i < p.loads; i++) {
      if (page) await page.close();
      page = await context.newPage();
      page.on('pageerror', (e) => out.errors.push(`page error: ${e.message}`));
      page.on('crash', () => out.errors.push('the page crashed (out of memory?)'));
      page.on('console', (m) => m.type() === 'error' && out.errors.push(`console: ${m.text().slice(0, 300)}`));
      await page.addInitScript(MARK_FIRST_RESULTS);
      const started = Date.now();
      await page.goto(server.origin + '/', { waitUntil: 'commit' });
      try {
        await withTimeout(
          page.waitForFunction(() => window.__mflmBench?.results != null || window.__mflmBench?.failed != null, null, { polling: 100, timeout: 0 }),
          p.loadTimeout,
          `first results at ${scale}x`,
        );
      } catch (error) {
        out.errors.push(`${error.message} (waited ${Math.round((Date.now() - started) / 1000)} s)`);
        out.loadFailed = true;
        say(`${scale}x: the app did not show results: ${out.errors.join('; ')}`);
        return out;
      }
      const marks = await page.evaluate(() => {
        const data = performance.getEntriesByType('resource').find((r) => r.name.endsWith('data/framework.json'));
        return { ...window.__mflmBench, dataStart: data?.startTime ?? null, dataEnd: data?.responseEnd ?? null };
      });
      if (marks.failed != null) {
        out.errors.push('the app showed its load-failed page');
        out.loadFailed = true;
        return out;
      }
      // ready = waiting for the data file + everything after it arrived (decode, copy into
      // the wasm memory, validate, index, render the first page).
      const startup = await page.evaluate(READ_STARTUP_MARKS);
      const steps = startupSteps({ ...startup, results: marks.results, loading: marks.loading });
      out.loads.push({ ...marks, startup, steps, ready: marks.results - marks.loading, afterData: marks.results - marks.dataEnd });
    }
    out.ready = stats(out.loads.map((l) => l.ready));
    out.firstResults = stats(out.loads.map((l) => l.results));
    out.afterData = stats(out.loads.map((l) => l.afterData));
    say(`${scale}x: loaded, ready in ${out.ready.median.toFixed(0)} ms (median of ${out.ready.n})`);

    out.serviceWorker = await withTimeout(page.evaluate(offlineCopySettled), 180_000, 'service worker install')
      .catch((error) => error.message);

    const samples = [];
    for (let pass = 0; pass < p.passes; pass++) {
      const run = await withTimeout(page.evaluate(replay, { steps, clicks }), 300_000, `keystrokes at ${scale}x`);
      samples.push(...run.map((s, i) => ({ ...s, step: i, pass })));
    }
    const every = peersPlan(scale).every;
    const field = (name, pick = () => true) => stats(samples.filter((s) => pick(s) && !s.skipped).map((s) => s[name]));
    out.keystrokes = {
      samples,
      dom: field('dom'),
      sync: field('sync'),
      frame: field('frame'),
      typing: field('dom', (s) => s.kind === 'input'),
      facetClicks: field('dom', (s) => s.kind === 'click'),
      // The steps the peers are timed on (every 4th at 1000x), for a like-for-like ratio.
      domSubset: field('dom', (s) => s.step % every === 0),
      skipped: samples.filter((s) => s.skipped).map((s) => `${s.step}: ${s.skipped}`),
    };
    say(`${scale}x: input -> DOM median ${out.keystrokes.dom.median.toFixed(1)} ms, p95 ${out.keystrokes.dom.p95.toFixed(1)} ms`);

    return out;
  } finally {
    await context.close();
    await server.close();
  }
}

/** Runs in the page: waits until no service worker is installing; says how it ended. */
async function offlineCopySettled() {
  if (!navigator.serviceWorker) return 'none';
  // The app registers its worker once results are shown; give register() a moment.
  let registration = null;
  for (let tries = 0; tries < 30 && !registration; tries++) {
    registration = await navigator.serviceWorker.getRegistration();
    if (!registration) await new Promise((resolve) => setTimeout(resolve, 100));
  }
  const worker = registration?.installing;
  if (!worker) return registration?.active ? 'active' : 'none';
  await new Promise((resolve) => {
    const done = () => ['installed', 'activated', 'redundant'].includes(worker.state) && resolve();
    worker.addEventListener('statechange', done);
    done();
  });
  return worker.state;
}

/** Runs in the page: replays the steps, timing each (see the top of this file). */
async function replay({ steps, clicks }) {
  const box = document.querySelector('#search-input');
  const main = document.querySelector('main');
  let lastChange = 0;
  const observer = new MutationObserver(() => {
    lastChange = performance.now();
  });
  observer.observe(main, { subtree: true, childList: true, characterData: true, attributes: true });
  // A task after all pending microtasks (Leptos runs its effects in microtasks).
  const channel = new MessageChannel();
  const task = () => new Promise((resolve) => {
    channel.port1.onmessage = () => resolve();
    channel.port2.postMessage(null);
  });
  const frame = () => new Promise((resolve) => requestAnimationFrame(() => resolve()));
  const total = () => {
    const text = document.querySelector('.result-count')?.textContent ?? '';
    return /^no /i.test(text.trim()) ? 0 : Number(text.match(/\d+/)?.[0] ?? NaN);
  };

  const out = [];
  for (const [i, step] of steps.entries()) {
    await frame();
    await task();
    let target = null;
    if (clicks[i]) {
      const { facet, index, label } = clicks[i];
      target = document.querySelectorAll(`fieldset[data-facet="${facet}"] input[type=checkbox]`)[index];
      const text = target?.closest('label')?.textContent ?? '';
      if (!target || (label && !text.includes(label))) {
        out.push({ kind: 'click', skipped: `no checkbox ${facet}[${index}] "${label}" (found "${text}")` });
        continue;
      }
      if (target.disabled) {
        out.push({ kind: 'click', skipped: `${facet} "${label}" is disabled (no results with it)` });
        continue;
      }
    }
    lastChange = 0;
    const t0 = performance.now();
    if (target) {
      target.click();
    } else {
      box.value = step.text;
      box.dispatchEvent(new Event('input', { bubbles: true }));
    }
    const t1 = performance.now();
    await task();
    const dom = (lastChange || performance.now()) - t0;
    await frame();
    await task();
    const t3 = performance.now();
    out.push({ kind: target ? 'click' : 'input', sync: t1 - t0, dom, frame: t3 - t0, total: total(), changed: lastChange > 0 });
  }
  observer.disconnect();
  return out;
}
