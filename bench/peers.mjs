// The search engines a site like ours would pick instead, on the same documents and the same
// steps (bench/sequence.json), each rendering the same 25 rows and facet counts:
// ItemsJS (itemsjs.mjs), MiniSearch (minisearch.mjs) and Pagefind (pagefind.mjs).
//
//   node bench/peers.mjs SCALE=DIR [SCALE=DIR ...]     e.g. 1=/tmp/x/dist-1 100=/tmp/x/dist-100
// Each DIR is a copy of the build (bench/snapshot.mjs) with `mflm-data scale SCALE` data; this
// writes Pagefind's index (DIR/pagefind/) and a blank page (DIR/peers.html) into it.
// Writes bench-out/peers.json.
//
// Each peer runs in a blank page of the build's own origin (served by the tests' server, as
// keystrokes.mjs serves the app), not in the app's page: the app's wasm, its data and its
// service worker's download do not share the page with it. One browser context per peer and
// size, a new page per build ("ready"), as keystrokes.mjs loads the app; the server answers
// `no-cache` with no validators, so every build fetches everything again. After the last
// build, the steps are timed in its page (lib.mjs `timeSteps`: search alone, search +
// rendering, to the next frame).
import { readFile, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { eachSize, sizesFromArgs, serve, say, stats, withTimeout, VIEWPORT, peerHelpersScript } from './lib.mjs';
import * as itemsjs from './itemsjs.mjs';
import * as minisearch from './minisearch.mjs';
import * as pagefind from './pagefind.mjs';
import { plan } from './peers-plan.mjs';

// MFLM_BENCH_PEERS=pagefind,minisearch runs only those (for a rerun of one).
const only = process.env.MFLM_BENCH_PEERS?.split(',');
const PEERS = Object.fromEntries(Object.entries({ itemsjs, minisearch, pagefind }).filter(([key]) => !only || only.includes(key)));

const sizes = sizesFromArgs('peers.mjs');
const { steps } = JSON.parse(await readFile(new URL('./sequence.json', import.meta.url), 'utf8'));

await eachSize('peers.json', sizes, steps, benchSize);

async function benchSize(browser, { scale, dir }) {
  const p = plan(scale);
  const subset = steps.filter((_, i) => i % p.every === 0);
  const out = { scale, plan: p, steps: subset.length, peers: {} };
  if (PEERS.pagefind) {
    say(`${scale}x: Pagefind's index`);
    out.pagefindIndex = await pagefind.buildIndex(dir).catch((error) => ({ error: error.message }));
    say(`${scale}x: Pagefind's index ${out.pagefindIndex.error ?? `${out.pagefindIndex.files} files, ${(out.pagefindIndex.bytes / 2 ** 20).toFixed(1)} MB, in ${(out.pagefindIndex.ms / 1000).toFixed(1)} s`}`);
  }
  await writeFile(join(dir, 'peers.html'), '<!doctype html><html lang="en"><meta charset="utf-8"><title>peers</title><main id="peer"></main></html>\n');
  const server = await serve(dir);
  try {
    for (const [key, peer] of Object.entries(PEERS)) {
      if (key === 'pagefind' && out.pagefindIndex.error) {
        out.peers[key] = { error: out.pagefindIndex.error };
        continue;
      }
      try {
        out.peers[key] = await benchPeer(browser, peer, server.origin, p, subset);
        const q = out.peers[key];
        say(`${scale}x: ${peer.NAME} ready ${q.ready.median.toFixed(0)} ms; per query ${q.search.median.toFixed(2)} ms, rendered ${q.rendered.median.toFixed(2)} ms (median)`);
      } catch (error) {
        out.peers[key] = { error: error.message };
        say(`${scale}x: ${peer.NAME} failed: ${error.message}`);
      }
    }
  } finally {
    await server.close();
  }
  return out;
}

async function benchPeer(browser, peer, origin, p, subset) {
  const ready = [];
  const errors = [];
  let run = null;
  // One context per peer and size, a new page per build, as keystrokes.mjs loads the app.
  const context = await browser.newContext({ viewport: VIEWPORT, bypassCSP: true });
  // Every request the page and its workers make (Pagefind fetches from a worker).
  let requests = [];
  context.on('request', (r) => requests.push({ path: new URL(r.url()).pathname, at: Date.now() }));
  let page = null;
  try {
    for (let b = 0; b < p.builds; b++) {
      if (page) await page.close();
      page = await context.newPage();
      page.on('pageerror', (e) => errors.push(`page error: ${e.message}`));
      page.on('crash', () => errors.push('the page crashed (out of memory?)'));
      requests = [];
      await page.goto(`${origin}/peers.html`);
      await page.addScriptTag({ content: peerHelpersScript() });
      if (peer.BUNDLE) await page.addScriptTag({ path: peer.BUNDLE });
      const last = b === p.builds - 1;
      run = await withTimeout(
        page.evaluate(peer.runInPage, { steps: subset, builds: 1, passes: last ? p.passes : 0, origin }),
        900_000,
        peer.NAME,
      );
      ready.push(...run.ready);
    }
  } finally {
    await context.close();
  }
  // The last build's requests, before ready and while searching (the page itself left out).
  const readyAt = run.ready[0].readyAt;
  const fetched = requests.filter((r) => r.path !== '/peers.html');
  const requestsBeforeReady = readyAt ? fetched.filter((r) => r.at <= readyAt).map((r) => r.path) : fetched.map((r) => r.path);
  const requestsWhileSearching = readyAt ? fetched.filter((r) => r.at > readyAt).length : 0;
  const field = (name, pick = () => true) => stats(run.samples.filter(pick).map((s) => s[name]));
  return {
    ready: stats(ready.map((r) => r.total)),
    readyParts: ready,
    search: field('search'),
    rendered: field('rendered'),
    frame: field('frame'),
    // The first pass alone (Pagefind fetches its chunks then).
    renderedFirstPass: field('rendered', (s) => s.pass === 0),
    renderedLaterPasses: field('rendered', (s) => s.pass > 0),
    totals: run.totals,
    requestsBeforeReady,
    requestsWhileSearching,
    samples: run.samples,
    errors,
  };
}
