// Shared set-up for the browser tests: one headless Debian Chromium per test file, one fresh
// context per test, and a check that fails the test on any page error, console error, or
// request that leaves the page's origin.
import { chromium } from 'playwright-core';
import { after, before } from 'node:test';
import assert from 'node:assert/strict';
import { serve } from './server.mjs';

export const DIST = process.env.MFLM_DIST ?? 'dist';
export const CHROMIUM = process.env.CHROMIUM ?? '/usr/bin/chromium';
const FLAGS = [
  '--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run',
  '--disable-background-networking', '--disable-component-update', '--disable-sync',
];

/** Starts the server and browser once per test file; returns a getter for them. */
export function setup({ dist = DIST } = {}) {
  const env = {};
  before(async () => {
    env.server = await serve(dist);
    env.browser = await launch();
  });
  after(async () => {
    await env.browser?.close();
    await env.server?.close();
  });
  return env;
}

export async function launch() {
  // Playwright gives every launch a fresh, empty profile directory of its own.
  return chromium.launch({ executablePath: CHROMIUM, headless: true, args: FLAGS });
}

/**
 * Opens `path` (relative to the origin) in a fresh context and waits for the app to render.
 * Returns { page, context, problems } where problems collects errors and foreign requests;
 * call `expectNoProblems(problems)` at the end of the test.
 */
export async function openApp(env, path = '/', { waitFor = 'main h1', contextOptions = {} } = {}) {
  const context = await env.browser.newContext({ viewport: { width: 1280, height: 900 }, ...contextOptions });
  const page = await context.newPage();
  const problems = watch(page, env.server.origin);
  await page.goto(env.server.origin + path);
  if (waitFor) {
    await page.waitForSelector(waitFor);
    // The default view's first view (index.html, prerendered) matches most selectors before
    // the app has arrived: the app is there once it has removed it.
    await page.waitForFunction(() => !document.getElementById('boot'));
  }
  return { page, context, problems };
}

export function watch(page, origin) {
  const problems = [];
  page.on('pageerror', (error) => problems.push(`page error: ${error.message}`));
  page.on('console', (message) => {
    if (message.type() === 'error') problems.push(`console error: ${message.text()}`);
  });
  page.on('request', (request) => {
    const url = request.url();
    if (origin && !url.startsWith(origin) && !url.startsWith('data:') && !url.startsWith('blob:')) {
      problems.push(`request left the origin: ${url}`);
    }
  });
  return problems;
}

export function expectNoProblems(problems) {
  assert.deepEqual(problems, [], `problems in the page:\n${problems.join('\n')}`);
}

/** The live result count, e.g. 131 for "131 results". */
export async function resultCount(page) {
  const text = await page.getByRole('status').filter({ hasText: /result/i }).first().innerText();
  if (/^no results/i.test(text.trim())) return 0;
  const match = text.match(/(\d+)/);
  assert.ok(match, `no number in status "${text}"`);
  return Number(match[1]);
}

/** The fieldset for a facet, by its legend. */
export function facet(page, legend) {
  return page.getByRole('group', { name: legend, exact: true });
}

/**
 * Waits until the app itself lists results. index.html's prerendered first view already holds
 * `article.result` rows (hidden unless it is the default view), so the selector alone can
 * match before the wasm has arrived; the app removes `#boot` when it takes over. The call is
 * the same in Playwright and puppeteer, so the Firefox tests use it too.
 */
export function appResults(page) {
  return page.waitForFunction(() => !document.getElementById('boot') && document.querySelector('article.result') !== null);
}

/**
 * The main journey's first half, shared by the hosting and offline tests: the whole list,
 * a search, a region filter, then the first result opened. Returns what later steps check.
 */
export async function searchFilterAndOpen(page) {
  await appResults(page);
  const all = await resultCount(page);
  assert.ok(all > 100, `expected the whole compilation listed, got ${all}`);

  await page.getByRole('searchbox', { name: 'Search the Framework' }).fill('recruitment');
  await page.waitForFunction(() => location.search.includes('q=recruitment'));
  const searched = await resultCount(page);
  assert.ok(searched > 0 && searched < all, `search: ${searched} of ${all}`);

  await facet(page, 'Region').locator('li:not(.empty) input[type=checkbox]').first().check();
  await page.waitForFunction(() => location.search.includes('region='));
  const filtered = await resultCount(page);
  assert.ok(filtered > 0 && filtered <= searched, `filter: ${filtered} of ${searched}`);
  const listUrl = page.url();

  const first = page.locator('article.result h3 a').first();
  const title = (await first.innerText()).trim();
  await first.click();
  await page.waitForFunction(() => location.search.includes('item='));
  assert.equal((await page.locator('main h1').innerText()).trim(), title);
  return { all, searched, filtered, listUrl, title };
}
