import { test } from 'node:test';
import assert from 'node:assert/strict';
import { setup, openApp, expectNoProblems, resultCount, watch, appResults } from './harness.mjs';

const env = setup();

test('the app loads, shows its title and a non-empty list from data/', async () => {
  const { page, context, problems } = await openApp(env, '/');
  await appResults(page);
  assert.equal(await page.title(), 'MFLM Explorer');
  assert.match(await page.locator('.brand-name').innerText(), /MFLM Explorer/);
  const count = await resultCount(page);
  assert.ok(count > 100, `expected the whole compilation listed, got ${count}`);
  assert.ok((await page.locator('article.result').count()) > 0);
  expectNoProblems(problems);
  await context.close();
});

// The default view shows its first page of results instead (prerender.test.mjs); any other
// view, here a search, says what the page is and that it is loading.
test('while the app is still downloading, a view other than the default one already says what it is and that it is loading', async () => {
  const context = await env.browser.newContext({ viewport: { width: 1280, height: 900 } });
  let releaseWasm;
  const wasmHeld = new Promise((resolve) => (releaseWasm = resolve));
  await context.route('**/*.wasm', async (route) => {
    await wasmHeld;
    await route.continue();
  });
  const page = await context.newPage();
  const problems = watch(page, env.server.origin);
  await page.goto(env.server.origin + '/?q=recruitment', { waitUntil: 'domcontentloaded' });
  await page.getByRole('status').filter({ hasText: 'Loading the Framework' }).waitFor();
  const placeholderHeader = await page.locator('#boot .boot-placeholder .brand').innerText();
  assert.match(placeholderHeader, /MFLM Explorer/);

  releaseWasm();
  await appResults(page);
  // index.html repeats the app's header text (src/strings.rs): the two must not drift apart.
  assert.equal(await page.locator('header .brand').innerText(), placeholderHeader, 'index.html and the app show different headers');
  assert.equal(await page.locator('#boot').count(), 0, 'the placeholder is still in the page');
  assert.equal(await page.locator('header.site-header').count(), 1, 'more than one site header');
  expectNoProblems(problems);
  await context.close();
});
