import { test } from 'node:test';
import assert from 'node:assert/strict';
import { setup, openApp, expectNoProblems, resultCount } from './harness.mjs';

const env = setup();

test('the app loads, shows its title and a non-empty list from data/', async () => {
  const { page, context, problems } = await openApp(env, '/');
  await page.waitForSelector('article.result');
  assert.equal(await page.title(), 'MFLM Explorer');
  assert.match(await page.locator('.brand-name').innerText(), /MFLM Explorer/);
  const count = await resultCount(page);
  assert.ok(count > 100, `expected the whole compilation listed, got ${count}`);
  assert.ok((await page.locator('article.result').count()) > 0);
  expectNoProblems(problems);
  await context.close();
});
