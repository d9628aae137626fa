// A broken data file (a bad edit, a host that mangles it, a missing file) gets a page that
// says what is wrong and where, never a blank page or a panic, and "Try again" recovers once
// the file is fixed.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { setup, watch, DIST } from './harness.mjs';

const env = setup();
const realData = () => readFile(join(DIST, 'data', 'framework.json'));

/** Opens the app with its data file answered by `answer` (a Playwright route handler). */
async function openWithData(answer) {
  const context = await env.browser.newContext({ viewport: { width: 1280, height: 900 } });
  // The app's fetch and the page's preload of the same file both get this answer.
  await context.route('**/data/framework.json', answer);
  const page = await context.newPage();
  const problems = watch(page, env.server.origin);
  await page.goto(env.server.origin + '/');
  await page.locator('main.load-failed h1').waitFor();
  return { page, context, problems };
}

const pageErrors = (problems) => problems.filter((p) => p.startsWith('page error'));

test('a truncated data file names the line and column, and "Try again" recovers once it is fixed', async () => {
  const data = await realData();
  let fixed = false;
  const { page, context, problems } = await openWithData((route) =>
    route.fulfill({ contentType: 'application/json', body: fixed ? data : data.subarray(0, 5000) }),
  );
  const reason = await page.locator('.load-failed').innerText();
  assert.match(reason, /could not be loaded/i);
  assert.match(reason, /line \d+, column \d+/);
  fixed = true;
  await page.getByRole('button', { name: /try again/i }).click();
  await page.locator('article.result').first().waitFor();
  assert.deepEqual(pageErrors(problems), []);
  await context.close();
});

test('a data file that is not UTF-8 says so', async () => {
  // "é" in Latin-1, as a text editor set to the wrong encoding would save it.
  const body = Buffer.from('{"schema_version": 1, "meta": "caf\xe9"}', 'latin1');
  const { page, context, problems } = await openWithData((route) => route.fulfill({ contentType: 'application/json', body }));
  assert.match(await page.locator('.load-failed .reason').innerText(), /not UTF-8/);
  assert.deepEqual(pageErrors(problems), []);
  await context.close();
});

test('a reference to nothing is listed with its item and field', async () => {
  const framework = JSON.parse(await realData());
  const profile = framework.profiles[0];
  profile.regions = ['atlantis'];
  const body = JSON.stringify(framework);
  const { page, context, problems } = await openWithData((route) => route.fulfill({ contentType: 'application/json', body }));
  const listed = await page.locator('.load-failed ul.problems li').allInnerTexts();
  assert.equal(listed.length, 1, `one problem, got: ${listed.join(' | ')}`);
  assert.ok(listed[0].includes(profile.id) && listed[0].includes('regions') && listed[0].includes('atlantis'), listed[0]);
  assert.deepEqual(pageErrors(problems), []);
  await context.close();
});

test('a missing data file says what the server answered', async () => {
  const { page, context, problems } = await openWithData((route) => route.fulfill({ status: 404, body: 'Not found' }));
  assert.match(await page.locator('.load-failed .reason').innerText(), /404/);
  assert.deepEqual(pageErrors(problems), []);
  await context.close();
});
