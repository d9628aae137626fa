// Set-up for the Firefox tests: Debian's firefox-esr, headless, driven over WebDriver BiDi by
// puppeteer-core (Playwright cannot drive a stock Firefox). One browser per test file, one
// fresh browser context per test, and the puppeteer equivalent of harness.mjs's `watch`: any
// page error, console error, or request that leaves the page's origin is a problem.
import puppeteer from 'puppeteer-core';
import { after, before } from 'node:test';
import assert from 'node:assert/strict';
import { DIST } from './harness.mjs';
import { eventually } from './ui.mjs';
import { serve } from './server.mjs';

export const FIREFOX = process.env.FIREFOX ?? '/usr/bin/firefox-esr';

/** Starts the server and Firefox once per test file; returns a getter for them. */
export function setupFirefox({ dist = DIST } = {}) {
  const env = {};
  before(async () => {
    env.server = await serve(dist);
    env.browser = await launchFirefox();
  });
  after(async () => {
    await env.browser?.close();
    await env.server?.close();
  });
  return env;
}

export function launchFirefox() {
  // puppeteer gives every launch a fresh, empty profile in a temporary directory, with the
  // preferences that keep Firefox from phoning home; no browser is downloaded.
  return puppeteer.launch({ browser: 'firefox', executablePath: FIREFOX, headless: true });
}

/**
 * Opens `url` in a fresh browser context (its own storage and service workers), watching for
 * problems as seen from `origin`. Returns { context, page, problems, requests }, where
 * `requests` lists every URL the page asked for. Call `expectNoProblems(problems)` at the end.
 */
export async function openPage(browser, url, origin) {
  const context = await browser.createBrowserContext();
  const page = await context.newPage();
  await page.setViewport({ width: 1280, height: 900 });
  const { problems, requests } = watchPage(page, origin);
  await page.goto(url);
  // index.html's prerendered first view matches most selectors before the app has arrived:
  // the app is there once it has removed it (at start, or once its page is drawn).
  await page.waitForFunction(() => !document.getElementById('boot'), { timeout: 60_000 });
  return { context, page, problems, requests };
}

/** Collects page errors, console errors and requests (flagging those that leave `origin`). */
export function watchPage(page, origin) {
  const problems = [];
  const requests = [];
  page.on('pageerror', (error) => problems.push(`page error: ${error.message ?? error}`));
  page.on('console', (message) => {
    if (message.type() === 'error') problems.push(`console error: ${message.text()}`);
  });
  page.on('request', (request) => {
    const url = request.url();
    requests.push(url);
    if (origin && !url.startsWith(origin) && !url.startsWith('data:') && !url.startsWith('blob:')) {
      problems.push(`request left the origin: ${url}`);
    }
  });
  return { problems, requests };
}

// ---- Reading the page --------------------------------------------------------------------

/** The search box, found by its role and accessible name, as in the Chromium tests. */
export const SEARCH = '::-p-aria([name="Search the Framework"][role="searchbox"])';

/** The result-count status as a number ("No results" is 0). */
export async function statusCount(page) {
  const text = (await page.$eval('.result-count[role=status]', (p) => p.textContent)).trim();
  if (/^no results/i.test(text)) return 0;
  const match = text.match(/^(\d+) results?$/);
  assert.ok(match, `unexpected status "${text}"`);
  return Number(match[1]);
}

/** Waits until the status reads `expected` results. */
export function expectCount(page, expected, message) {
  return eventually(() => statusCount(page), expected, message ?? `result count should be ${expected}`);
}

/** The titles of the results on the current page, as their headings read. */
export function resultTitles(page) {
  return page.$$eval('article.result h3', (hs) => hs.map((h) => h.textContent.trim()));
}

/** The page's one main heading. */
export async function heading(page) {
  const texts = await page.$$eval('main h1', (hs) => hs.map((h) => h.textContent.trim()));
  assert.equal(texts.length, 1, `expected one h1 in main, found ${texts.length}`);
  return texts[0];
}

/** Waits until the page's one h1 reads `text`. */
export function expectHeading(page, text) {
  return eventually(() => heading(page).catch((e) => e.message), text, `the heading should be "${text}"`);
}

/** The ticked filter options, "Legend:label" (without the count), sorted. */
export function ticked(page) {
  return page.$$eval('fieldset', (sets) => sets.flatMap((set) => {
    const legend = set.querySelector('legend')?.textContent.trim();
    return [...set.querySelectorAll('input[type=checkbox]:checked')]
      .map((input) => `${legend}:${input.closest('label').textContent.replace(/\s+/g, ' ').trim().replace(/ \(\d+\)$/, '')}`);
  }).sort());
}

/** Everything about the list a user would check on coming back to it. */
export async function listView(page) {
  return {
    count: await statusCount(page),
    search: await page.$eval(SEARCH, (input) => input.value),
    ticked: await ticked(page),
    titles: await resultTitles(page),
  };
}

/** Clicks the label of the option reading exactly `label` ("Africa (27)", any count) under `legend`. */
export async function tick(page, legend, label) {
  const handle = await page.evaluateHandle((legend, label) => {
    const set = [...document.querySelectorAll('fieldset')]
      .find((s) => s.querySelector('legend')?.textContent.trim() === legend);
    return [...(set?.querySelectorAll('label') ?? [])]
      .find((l) => l.querySelector('input[type=checkbox]') && l.textContent.replace(/\s+/g, ' ').trim().replace(/ \(\d+\)$/, '') === label) ?? null;
  }, legend, label);
  const element = handle.asElement();
  assert.ok(element, `no option "${label}" under "${legend}"`);
  await element.click();
  await handle.dispose();
}
