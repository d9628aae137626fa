// Offline: after one visit the service worker holds the whole build, so the explorer opens,
// searches, filters and shows items with the network off and the server gone; and a new
// build is offered with a "Reload" button, never mixed silently into the running page.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { execFileSync } from 'node:child_process';
import { cp, mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { DIST, expectNoProblems, resultCount, searchFilterAndOpen, setup, watch, appResults } from './harness.mjs';
import { serve } from './server.mjs';

const env = setup();

/** A copy of the build in a temporary directory, which a test may change. */
async function copyOfDist() {
  const dir = await mkdtemp(join(tmpdir(), 'mflm-dist-'));
  await cp(DIST, dir, { recursive: true });
  return dir;
}

/** Opens the copy served by `server` at `path` and waits until the service worker controls it. */
async function openControlled(server, path = '/') {
  const context = await env.browser.newContext({ viewport: { width: 1280, height: 900 } });
  const page = await context.newPage();
  const problems = watch(page, server.origin);
  await page.goto(server.origin + path);
  await appResults(page);
  await page.evaluate(() => navigator.serviceWorker.ready);
  await page.waitForFunction(() => navigator.serviceWorker.controller !== null);
  return { context, page, problems };
}

function buildIdOf(swSource) {
  const match = swSource.match(/^const BUILD = (.*);$/m);
  assert.ok(match, 'sw.js has no BUILD line');
  return JSON.parse(match[1]).id;
}

test('after one visit, the app opens, searches, filters and opens an item with no network and no server', async () => {
  const server = await serve(DIST);
  const { context, page, problems } = await openControlled(server);
  const ready = page.getByRole('status').filter({ hasText: 'Ready to use offline' });
  await ready.waitFor();
  // The notice can be closed at once (on a phone it covers the last lines).
  await ready.getByRole('button', { name: 'Close this notice' }).click();
  await ready.waitFor({ state: 'detached' });

  await context.setOffline(true);
  await server.close(); // nothing left to answer, even if the browser tried
  const requestsBefore = server.requests.length;

  await page.reload();
  const { title } = await searchFilterAndOpen(page);

  // A fresh load of a deep link (an item, with its filters) works offline too.
  await page.reload();
  assert.equal((await page.locator('main h1').innerText()).trim(), title);

  assert.equal(server.requests.length, requestsBefore, 'a request reached the (closed) server');
  expectNoProblems(problems);
  await context.close();
});

test('a rebuild with any changed file gets a new cache name; an unchanged one keeps it', async () => {
  const dir = await copyOfDist();
  try {
    const original = await readFile(join(dir, 'sw.js'), 'utf8');
    execFileSync('node', ['scripts/postbuild.mjs', dir]);
    assert.equal(await readFile(join(dir, 'sw.js'), 'utf8'), original, 'postbuild is not idempotent');

    await writeFile(join(dir, 'manifest.webmanifest'), (await readFile(join(dir, 'manifest.webmanifest'), 'utf8')) + '\n');
    execFileSync('node', ['scripts/postbuild.mjs', dir]);
    const changed = await readFile(join(dir, 'sw.js'), 'utf8');
    assert.notEqual(buildIdOf(changed), buildIdOf(original));
    const files = JSON.parse(changed.match(/^const BUILD = (.*);$/m)[1]).files.map((f) => f.path);
    for (const expected of ['index.html', 'data/framework.json', 'manifest.webmanifest', 'icons/icon-192.png']) {
      assert.ok(files.includes(expected), `${expected} is not precached: ${files.join(', ')}`);
    }
    assert.ok(files.some((f) => f.endsWith('.wasm')) && files.some((f) => f.endsWith('.js')) && files.some((f) => f.endsWith('.css')));
    assert.ok(!files.includes('sw.js'));
  } finally {
    await rm(dir, { recursive: true, force: true });
  }
});

test('a new build shows a quiet notice; the old files stay in use until "Reload"', async () => {
  const dir = await copyOfDist();
  const server = await serve(dir);
  try {
    const { context, page, problems } = await openControlled(server, '/mflm/?q=recruitment');
    const dataUrl = 'data/framework.json';
    const fetchData = () => page.evaluate((url) => fetch(url).then((r) => r.text()), dataUrl);
    const oldData = await fetchData();
    const [oldCache] = await page.evaluate(() => caches.keys());

    // Publish a new build: the same data, laid out differently, so its bytes change.
    const newData = JSON.stringify(JSON.parse(oldData), null, 1);
    assert.notEqual(newData, oldData);
    await writeFile(join(dir, dataUrl), newData);
    execFileSync('node', ['scripts/postbuild.mjs', dir]);

    // What the browser does on its own at the next visit, or every 24 hours.
    await page.evaluate(() => navigator.serviceWorker.getRegistration().then((r) => r.update()));
    const notice = page.locator('.update-notice[role=status]', { hasText: 'A new version of the explorer is available.' });
    await notice.waitFor();
    // Meanwhile the page still gets the files of the build it started with.
    assert.equal(await fetchData(), oldData);
    const during = await page.evaluate(() => caches.keys());
    assert.equal(during.length, 2, `expected the old and the new build side by side: ${during}`);
    assert.ok(during.includes(oldCache));

    const reloaded = page.waitForEvent('load');
    await notice.getByRole('button', { name: 'Reload' }).click();
    await reloaded;
    await appResults(page);
    assert.match(page.url(), /\/mflm\/\?q=recruitment$/);
    assert.equal(await fetchData(), newData);
    const names = await page.evaluate(() => caches.keys());
    assert.equal(names.length, 1, `old caches not deleted: ${names}`);
    assert.notEqual(names[0], oldCache);
    assert.equal(await page.locator('.update-notice', { hasText: 'new version' }).count(), 0);
    expectNoProblems(problems);
    await context.close();
  } finally {
    await server.close();
    await rm(dir, { recursive: true, force: true });
  }
});
