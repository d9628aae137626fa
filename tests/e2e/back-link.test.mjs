// "Back to results" on an item page returns to the list as it was left: a step back in
// history (no new entry), scrolled to the result that was opened.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { setup, openApp, expectNoProblems } from './harness.mjs';
import { searchBox, expectCount, expectedDocs, eventually } from './ui.mjs';

const env = setup();

test('"Back to results" returns to the list scrolled to the opened result, without a new history entry', async () => {
  const { page, context, problems } = await openApp(env, '/');
  await searchBox(page).pressSequentially('migrant');
  await expectCount(page, expectedDocs({ text: 'migrant' }).length);
  const twentieth = page.locator('article.result h3 a').nth(19);
  const title = (await twentieth.innerText()).trim();
  await twentieth.scrollIntoViewIfNeeded();
  const before = await page.evaluate(() => history.length);
  await twentieth.click();
  await page.getByRole('heading', { level: 1, name: title }).waitFor();
  await page.getByRole('link', { name: 'Back to results' }).click();
  const link = page.locator('article.result h3 a').nth(19);
  await link.waitFor();
  assert.equal((await link.innerText()).trim(), title);
  await eventually(async () => {
    const box = await link.boundingBox();
    const height = await page.evaluate(() => innerHeight);
    return Boolean(box) && box.y >= 0 && box.y + box.height <= height;
  }, true, 'the opened result is in view');
  assert.ok(await page.evaluate(() => scrollY) > 0);
  assert.equal(await page.evaluate(() => history.length), before + 1, 'the item page is still forward, not a new entry');
  assert.equal(new URL(page.url()).searchParams.get('item'), null);
  expectNoProblems(problems);
  await context.close();
});
