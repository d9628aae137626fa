// Presentation mode: the shortlist or the current results, one item per screen; arrow keys
// and Page Up/Down (presentation clickers) step, "2 / 3" says where, the slide is in the
// address, and Escape returns to where it started.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { setup, openApp, expectNoProblems } from './harness.mjs';
import { data, searchBox, expectCount, expectedDocs, eventually } from './ui.mjs';

const env = setup();
const SHORTLIST_KEY = 'mflm-explorer.shortlist.v1';
const title = (id) => data.profiles.find((p) => p.id === id).title.en;

test('a shortlist is presented one practice per screen, stepped with keys, left with Escape', async () => {
  const ids = ['DB-005', 'DB-015', 'S3-10b'];
  const { page, context, problems } = await openApp(env, '/', { waitFor: null });
  await page.evaluate(([key, value]) => localStorage.setItem(key, value), [SHORTLIST_KEY, JSON.stringify(ids)]);
  await page.goto(new URL('?view=shortlist', page.url()).href);
  await page.getByRole('heading', { level: 1, name: 'Your shortlist' }).waitFor();
  await page.getByRole('link', { name: 'Present (one item per screen)' }).click();

  const slide = async () => ({
    title: (await page.locator('.presentation h1').innerText()).trim(),
    position: (await page.locator('.present-position').innerText()).trim(),
    at: new URL(page.url()).searchParams.get('at') ?? '1',
  });
  await eventually(slide, { title: title(ids[0]), position: '1 / 3', at: '1' });
  await page.keyboard.press('ArrowRight');
  await eventually(slide, { title: title(ids[1]), position: '2 / 3', at: '2' });
  await page.keyboard.press('PageDown');
  await eventually(slide, { title: title(ids[2]), position: '3 / 3', at: '3' });
  await page.keyboard.press('ArrowRight');
  await eventually(slide, { title: title(ids[2]), position: '3 / 3', at: '3' }, 'the last slide stays');
  await page.keyboard.press('PageUp');
  await eventually(slide, { title: title(ids[1]), position: '2 / 3', at: '2' });
  // A reload shows the same slide: it is in the address.
  await page.reload();
  await eventually(slide, { title: title(ids[1]), position: '2 / 3', at: '2' });
  // The on-screen buttons step too.
  await page.getByRole('button', { name: 'Next' }).click();
  await eventually(slide, { title: title(ids[2]), position: '3 / 3', at: '3' });
  await page.keyboard.press('Escape');
  await page.getByRole('heading', { level: 1, name: 'Your shortlist' }).waitFor();
  assert.equal(new URL(page.url()).searchParams.get('view'), 'shortlist');
  expectNoProblems(problems);
  await context.close();
});

test('the current results are presented in their order, and Escape returns to the same list', async () => {
  const { page, context, problems } = await openApp(env, '/');
  await searchBox(page).pressSequentially('recruit');
  const expected = expectedDocs({ text: 'recruit' });
  await expectCount(page, expected.length);
  const first = (await page.locator('article.result h3 a').first().innerText()).trim();
  await page.getByRole('link', { name: 'Present (one item per screen)' }).click();
  await eventually(async () => (await page.locator('.present-position').innerText()).trim(), `1 / ${expected.length}`);
  assert.ok((await page.locator('.presentation h1').innerText()).includes(first.replace(/^Principle \d+ /, '')));
  await page.keyboard.press('Escape');
  await expectCount(page, expected.length);
  assert.equal(await searchBox(page).inputValue(), 'recruit');
  expectNoProblems(problems);
  await context.close();
});
