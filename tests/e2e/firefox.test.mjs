// The main journeys in Firefox (Debian's firefox-esr, headless, WebDriver BiDi through
// puppeteer-core): load, search, filter, open an item, Back, a shared link in a new context,
// offline reload, the sub-path build and the one-file edition from file://. Expected values
// come from the data (ui.mjs); every test also fails on a page error, a console error or a
// request that leaves the page's origin.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { resolve } from 'node:path';
import { pathToFileURL } from 'node:url';
import { DIST, expectNoProblems, appResults } from './harness.mjs';
import { serve } from './server.mjs';
import { PER_PAGE, TOTAL, eventually, mainJourney } from './ui.mjs';
import {
  SEARCH, expectCount, expectHeading, listView, openPage, resultTitles, setupFirefox, tick,
} from './firefox-harness.mjs';

const ONEFILE = process.env.MFLM_ONEFILE ?? 'dist-onefile/mflm-explorer.html';
const env = setupFirefox();

const { TEXT, searched, REGION, REGION_LABEL, filtered, FIRST_PAGE } = mainJourney();

/** Waits for the list, then checks it is the whole compilation, first page in the data's order. */
async function expectWholeList(page) {
  await appResults(page);
  await expectCount(page, TOTAL);
  assert.deepEqual(await resultTitles(page), FIRST_PAGE);
}

/** Types the search, checks the count and the address; then the same for the region filter. */
async function searchAndFilter(page) {
  await page.type(SEARCH, TEXT);
  await page.waitForFunction((text) => new URLSearchParams(location.search).get('q') === text, {}, TEXT);
  await expectCount(page, searched.length);
  await tick(page, 'Region', REGION_LABEL);
  await page.waitForFunction((id) => new URLSearchParams(location.search).get('region') === id, {}, REGION.id);
  await expectCount(page, filtered.length);
}

/** Clicks the first result's title; checks the item page's h1 and address. Returns the doc. */
async function openFirstResult(page) {
  const title = await page.$eval('article.result h3 a', (a) => a.textContent.trim());
  const doc = filtered.find((d) => d.heading === title);
  assert.ok(doc, `"${title}" is one of the expected results`);
  await page.click('article.result h3 a');
  await expectHeading(page, doc.profile ? doc.profile.title.en : doc.heading);
  assert.equal(new URL(page.url()).searchParams.get('item'), doc.ref);
  return doc;
}

test('load: the whole list, its first page in the data\'s order', { timeout: 180_000 }, async () => {
  const { context, page, problems } = await openPage(env.browser, `${env.server.origin}/`, env.server.origin);
  await expectWholeList(page);
  expectNoProblems(problems);
  await context.close();
});

test(`search: typing "${TEXT}" lists exactly the matching items`, { timeout: 180_000 }, async () => {
  const { context, page, problems } = await openPage(env.browser, `${env.server.origin}/`, env.server.origin);
  await appResults(page);
  await page.type(SEARCH, TEXT);
  await page.waitForFunction((text) => new URLSearchParams(location.search).get('q') === text, {}, TEXT);
  await expectCount(page, searched.length);
  const shown = await resultTitles(page);
  assert.equal(shown.length, Math.min(searched.length, PER_PAGE));
  const expected = new Set(searched.map((d) => d.heading));
  assert.deepEqual(shown.filter((t) => !expected.has(t)), [], 'results that do not match');
  expectNoProblems(problems);
  await context.close();
});

test(`filter: ticking a region narrows the search to exactly its items`, { timeout: 180_000 }, async () => {
  const { context, page, problems } = await openPage(env.browser, `${env.server.origin}/`, env.server.origin);
  await appResults(page);
  await searchAndFilter(page);
  assert.deepEqual((await resultTitles(page)).sort(), filtered.map((d) => d.heading).sort());
  const view = await listView(page);
  assert.deepEqual(view.ticked, [`Region:${REGION_LABEL}`]);
  assert.equal(view.search, TEXT);
  expectNoProblems(problems);
  await context.close();
});

test('open an item, then Back returns to the same list, count and search text', { timeout: 180_000 }, async () => {
  const { context, page, problems } = await openPage(env.browser, `${env.server.origin}/`, env.server.origin);
  await appResults(page);
  await searchAndFilter(page);
  const listUrl = page.url();
  const before = await listView(page);
  await openFirstResult(page);

  await page.goBack();
  await appResults(page);
  await expectCount(page, filtered.length);
  assert.equal(page.url(), listUrl);
  await eventually(() => listView(page).catch((e) => e.message), before, 'the same list, search and filter');
  expectNoProblems(problems);
  await context.close();
});

test('reload, and the shared link in a new browser context, show the same view', { timeout: 180_000 }, async () => {
  const { context, page, problems } = await openPage(env.browser, `${env.server.origin}/`, env.server.origin);
  await appResults(page);
  await searchAndFilter(page);
  const url = page.url();
  const view = await listView(page);
  assert.deepEqual(view, {
    count: filtered.length, search: TEXT, ticked: [`Region:${REGION_LABEL}`], titles: view.titles,
  });

  await page.reload();
  await appResults(page);
  await expectCount(page, filtered.length);
  assert.equal(page.url(), url);
  await eventually(() => listView(page).catch((e) => e.message), view, 'reload shows the same view');

  // Someone else opens the link: a fresh context, nothing stored.
  const shared = await openPage(env.browser, url, env.server.origin);
  await appResults(shared.page);
  await expectCount(shared.page, filtered.length);
  await eventually(() => listView(shared.page).catch((e) => e.message), view, 'a shared link shows the same view');
  expectNoProblems(shared.problems);
  await shared.context.close();
  expectNoProblems(problems);
  await context.close();
});

test('after one visit, a reload with no network and no server still shows the list and searches', { timeout: 180_000 }, async () => {
  const server = await serve(DIST);
  try {
    const { context, page, problems } = await openPage(env.browser, `${server.origin}/`, server.origin);
    await appResults(page);
    await page.evaluate(() => navigator.serviceWorker.ready);
    await page.waitForFunction(() => navigator.serviceWorker.controller !== null);
    await page.waitForFunction(() => [...document.querySelectorAll('.update-notice[role=status]')]
      .some((n) => n.textContent.includes('Ready to use offline')));

    await page.setOfflineMode(true);
    await server.close(); // nothing left to answer, even if the browser tried
    const requestsBefore = server.requests.length;

    await page.reload();
    await expectWholeList(page);
    await searchAndFilter(page);
    assert.equal(server.requests.length, requestsBefore, 'a request reached the (closed) server');
    expectNoProblems(problems);
    await context.close();
  } finally {
    await server.close();
  }
});

test('the same build under a sub-path (/mflm/) runs the journey and asks only for files under it', { timeout: 180_000 }, async () => {
  const firstRequest = env.server.requests.length;
  const { context, page, problems } = await openPage(env.browser, `${env.server.origin}/mflm/`, env.server.origin);
  await expectWholeList(page);
  await searchAndFilter(page);
  const listUrl = page.url();
  assert.match(listUrl, /\/mflm\/\?/);
  await openFirstResult(page);
  assert.match(page.url(), /\/mflm\/\?/);
  await page.goBack();
  await expectCount(page, filtered.length);
  assert.equal(page.url(), listUrl);
  // The service worker's offline copy, too, comes from under /mflm/.
  await page.evaluate(() => navigator.serviceWorker.ready);
  await page.waitForFunction(() => navigator.serviceWorker.controller !== null);
  await page.waitForFunction(() => [...document.querySelectorAll('.update-notice[role=status]')]
    .some((n) => n.textContent.includes('Ready to use offline')));
  const seen = env.server.requests.slice(firstRequest);
  assert.ok(seen.includes('/mflm/icons/icon-512.png'), 'the service worker\'s requests were not seen');
  assert.deepEqual(seen.filter((path) => !path.startsWith('/mflm/')), [], 'requests outside /mflm/');
  expectNoProblems(problems);
  await context.close();
});

test('the one-file edition from file:// lists, searches and filters with no network request', { timeout: 180_000 }, async () => {
  const url = pathToFileURL(resolve(ONEFILE)).href;
  const { context, page, problems, requests } = await openPage(env.browser, url, 'file://');
  await expectWholeList(page);
  await searchAndFilter(page);
  assert.equal(await page.evaluate(() => document.querySelectorAll('link[rel=manifest]').length), 0);
  assert.equal(await page.evaluate(() => navigator.serviceWorker?.controller ?? null), null);
  // Firefox's WebDriver BiDi reports http(s) requests only, not file:// loads; so the page's
  // own resource timings are asked too: nothing but the file itself and in-page data.
  const network = requests.filter((u) => !u.startsWith('file://') && !/^(data|blob):/.test(u));
  assert.deepEqual(network, [], 'the one-file edition made requests');
  const resources = await page.evaluate(() => performance.getEntriesByType('resource').map((e) => e.name));
  assert.deepEqual(resources.filter((u) => !/^(data|blob):/.test(u) && u.split('?')[0] !== url), [], 'resources other than the file itself');
  expectNoProblems(problems);
  await context.close();
});
