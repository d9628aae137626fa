// The offline copy heals itself (public/sw.js): a cached file that is missing or whose bytes
// no longer match the build's SHA-256 is downloaded again when online and never served;
// offline, the page says the copy is damaged instead of failing silently.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { createHash } from 'node:crypto';
import { cp, mkdtemp, readFile, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { DIST, expectNoProblems, resultCount, setup, watch, appResults } from './harness.mjs';
import { serve } from './server.mjs';

const env = setup();

/** The build's list in sw.js: { id, files: [{ path, sha256 }] }. */
async function buildOf(dir) {
  const match = (await readFile(join(dir, 'sw.js'), 'utf8')).match(/^const BUILD = (.*);$/m);
  assert.ok(match, 'sw.js has no BUILD line');
  return JSON.parse(match[1]);
}

/** A copy of the build in a temporary directory, served by its own server. */
async function servedCopy() {
  const dir = await mkdtemp(join(tmpdir(), 'mflm-heal-'));
  await cp(DIST, dir, { recursive: true });
  const server = await serve(dir);
  return { dir, server, build: await buildOf(dir) };
}

/** Opens the copy, waits until it is ready offline (every file cached, worker in charge). */
async function openReady(server, contextOptions = {}) {
  const context = await env.browser.newContext({ viewport: { width: 1280, height: 900 }, ...contextOptions });
  const page = await context.newPage();
  const problems = watch(page, server.origin);
  await page.goto(server.origin + '/');
  await appResults(page);
  await page.getByRole('status').filter({ hasText: 'Ready to use offline' }).waitFor();
  await page.waitForFunction(() => navigator.serviceWorker.controller !== null);
  return { context, page, problems };
}

/** Deletes one cached file and puts a different body under another's URL, from the page. */
async function damage(page, { remove, corrupt }) {
  await page.evaluate(async ({ remove, corrupt }) => {
    const names = await caches.keys();
    if (names.length !== 1) throw new Error(`expected one cache: ${names}`);
    const cache = await caches.open(names[0]);
    if (!(await cache.delete(new URL(remove, location.href).href))) throw new Error(`${remove} was not cached`);
    const url = new URL(corrupt, location.href).href;
    const original = await cache.match(url);
    if (!original) throw new Error(`${corrupt} was not cached`);
    const bytes = new Uint8Array(await original.arrayBuffer());
    bytes[bytes.length >> 1] ^= 0xff; // one byte flipped: same size, same headers
    await cache.put(url, new Response(bytes, { headers: original.headers }));
  }, { remove, corrupt });
}

/** The SHA-256 of every listed file as the cache holds it now (null: not cached). */
async function cachedHashes(page, paths) {
  return page.evaluate(async (paths) => {
    const [name] = await caches.keys();
    const cache = await caches.open(name);
    const hashes = {};
    for (const path of paths) {
      const response = await cache.match(new URL(path, location.href).href);
      if (!response) {
        hashes[path] = null;
        continue;
      }
      const digest = await crypto.subtle.digest('SHA-256', await response.arrayBuffer());
      hashes[path] = Array.from(new Uint8Array(digest), (b) => b.toString(16).padStart(2, '0')).join('');
    }
    return hashes;
  }, paths);
}

/** Records the SHA-256 of every successful wasm response the page receives. */
function watchWasm(page) {
  const seen = [];
  page.on('response', async (response) => {
    if (!response.url().endsWith('.wasm')) return;
    const entry = { status: response.status() };
    seen.push(entry);
    if (response.ok()) {
      entry.sha256 = await response.body().then((b) => createHash('sha256').update(b).digest('hex'), () => 'unreadable');
    }
  });
  return seen;
}

const pathOf = (build, test) => build.files.find((f) => test(f.path))?.path;

test('online, a deleted and a corrupted file are fetched again and checked; the app works', async () => {
  const { dir, server, build } = await servedCopy();
  try {
    const { context, page, problems } = await openReady(server);
    const wasm = pathOf(build, (p) => p.endsWith('.wasm'));
    const expected = Object.fromEntries(build.files.map((f) => [f.path, f.sha256]));
    await damage(page, { remove: 'data/framework.json', corrupt: wasm });
    const damaged = await cachedHashes(page, Object.keys(expected));
    assert.equal(damaged['data/framework.json'], null);
    assert.notEqual(damaged[wasm], expected[wasm]);

    const wasmResponses = watchWasm(page);
    const started = Date.now();
    await page.reload();
    await appResults(page);
    console.log(`# online reload with repair: results after ${Date.now() - started} ms`);
    assert.ok((await resultCount(page)) > 100);
    assert.equal(await page.locator('.update-notice', { hasText: 'damaged' }).count(), 0);
    for (const response of wasmResponses) {
      if (response.status === 200) assert.equal(response.sha256, expected[wasm], 'wrong bytes served as the wasm');
    }

    assert.deepEqual(await cachedHashes(page, Object.keys(expected)), expected);
    const refetched = server.requests.filter((p) => p === '/data/framework.json' || p === `/${wasm}`);
    assert.ok(refetched.length >= 2, `the two files were not downloaded again: ${refetched}`);
    expectNoProblems(problems);
    await context.close();
  } finally {
    await server.close();
    await rm(dir, { recursive: true, force: true });
  }
});

test('offline, a damaged copy says so (in the page\'s language) and never serves wrong bytes', async () => {
  const { dir, server, build } = await servedCopy();
  try {
    // bypassCSP: only so that the test itself can fetch from the worker's own page.
    const { context, page, problems } = await openReady(server, { bypassCSP: true });
    const wasm = pathOf(build, (p) => p.endsWith('.wasm'));
    const wasmHash = build.files.find((f) => f.path === wasm).sha256;
    await damage(page, { remove: 'data/framework.json', corrupt: wasm });

    await context.setOffline(true);
    await server.close();
    const requestsBefore = server.requests.length;
    const wasmResponses = watchWasm(page);

    const started = Date.now();
    await page.reload();
    const alert = page.getByRole('alert').filter({ hasText: 'This offline copy is damaged: connect to the internet once to repair it.' });
    await alert.waitFor();
    console.log(`# offline reload, damaged: message after ${Date.now() - started} ms`);
    assert.equal(await page.locator('article.result').count(), 0);
    assert.equal(await page.getAttribute('html', 'lang'), 'en');

    // Asked directly, the worker refuses the damaged file rather than serve its bytes.
    const direct = await page.evaluate((url) => fetch(url).then((r) => r.status, (e) => `failed: ${e}`), wasm);
    assert.notEqual(direct, 200, 'the corrupted wasm was served');
    for (const response of wasmResponses) {
      if (response.status === 200) assert.equal(response.sha256, wasmHash, 'wrong bytes served as the wasm');
    }

    // The message follows the language the link asks for, from the cached catalogue.
    const french = (await readFile(join(dir, 'i18n/fr.ftl'), 'utf8')).match(/^offline-damaged = (.*)$/m)[1];
    await page.goto(server.origin + '/?lang=fr');
    await page.getByRole('alert').filter({ hasText: french }).waitFor();
    assert.equal(await page.getAttribute('html', 'lang'), 'fr');

    assert.equal(server.requests.length, requestsBefore, 'a request reached the (closed) server');
    // The test's own fetch of the refused wasm is the only failed load.
    expectNoProblems(problems.filter((p) => !/status of 503/.test(p)));
    await context.close();
  } finally {
    await server.close();
    await rm(dir, { recursive: true, force: true });
  }
});

test('offline, damage to a file the app can start without: the app works and says the copy is damaged', async () => {
  const { dir, server } = await servedCopy();
  try {
    const { context, page, problems } = await openReady(server);
    await damage(page, { remove: 'icons/icon-512.png', corrupt: 'i18n/fr.ftl' });
    await context.setOffline(true);
    await server.close();

    await page.reload();
    await appResults(page);
    assert.ok((await resultCount(page)) > 100);
    await page.locator('.update-notice[role=status]', { hasText: 'This offline copy is damaged' }).waitFor();
    expectNoProblems(problems);
    await context.close();
  } finally {
    await server.close();
    await rm(dir, { recursive: true, force: true });
  }
});
