// Handouts: printing the shortlist or an item page gives a clean document: each item's title,
// type, places, sectors, period, principles, summary, "why good", source by name, the link
// back and its QR code, the compilation's date; and no controls.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { setup, openApp, expectNoProblems } from './harness.mjs';
import { data } from './ui.mjs';

const env = setup();
const SHORTLIST_KEY = 'mflm-explorer.shortlist.v1';

/** The visible text and the visible controls of the page as printed. */
async function printed(page) {
  await page.emulateMedia({ media: 'print' });
  return page.evaluate(() => {
    const visible = (e) => e.checkVisibility({ checkVisibilityCSS: true }) && e.getClientRects().length > 0;
    const controls = [...document.querySelectorAll('button, input, select, summary, nav a')].filter(visible);
    const qrs = [...document.querySelectorAll('img.qr-small')].filter(visible);
    return { text: document.body.innerText, controls: controls.map((c) => c.outerHTML.slice(0, 80)), qrs: qrs.length };
  });
}

test('a printed shortlist is a clean handout with every field and a way back to each item', async () => {
  const ids = ['DB-005', data.profiles.find((p) => p.why_good && p.id !== 'DB-005').id];
  const { page, context, problems } = await openApp(env, '/', { waitFor: null });
  await page.evaluate(([key, value]) => localStorage.setItem(key, value), [SHORTLIST_KEY, JSON.stringify(ids)]);
  await page.goto(new URL('?view=shortlist', page.url()).href);
  await page.getByRole('heading', { level: 1, name: 'Your shortlist' }).waitFor();
  const sheet = await printed(page);
  assert.deepEqual(sheet.controls, [], 'no controls on paper');
  assert.equal(sheet.qrs, ids.length, 'a QR code per item');
  for (const id of ids) {
    const p = data.profiles.find((x) => x.id === id);
    for (const expected of [p.title.en, p.summary.en, p.period, `item=profile:${id}`]) {
      assert.ok(sheet.text.includes(expected), `${id}: "${expected.slice(0, 40)}" is printed`);
    }
    if (p.why_good) assert.ok(sheet.text.includes(p.why_good.en), `${id}: why good`);
  }
  for (const label of ['Type', 'Countries', 'Region', 'Sectors', 'Period', 'Principles', 'Source']) {
    assert.ok(sheet.text.includes(label), `the ${label} field is printed`);
  }
  assert.ok(sheet.text.includes('practice 5'), 'the source by name and place');
  assert.ok(!sheet.text.includes('ilo-migpractice'));
  assert.match(sheet.text, /Compilation revised \d{1,2} [A-Z][a-z]+ \d{4}\./, "the compilation's date, as British English writes it");
  expectNoProblems(problems);
  await context.close();
});

test('a printed item page has its link back and QR code, and no controls', async () => {
  const { page, context, problems } = await openApp(env, '/?item=profile:DB-005');
  const sheet = await printed(page);
  assert.deepEqual(sheet.controls, []);
  assert.equal(sheet.qrs, 1);
  assert.ok(sheet.text.includes('item=profile:DB-005'));
  expectNoProblems(problems);
  await context.close();
});

test('on screen, the printed-only links back and QR codes stay hidden (results, item pages)', async () => {
  for (const path of ['/?q=recruitment', '/?item=profile:S4-63', '/?item=principle:13']) {
    const { page, context, problems } = await openApp(env, path);
    await page.locator('.print-only').first().waitFor({ state: 'attached' });
    const shown = await page.locator('.print-only').evaluateAll((nodes) =>
      nodes.filter((n) => getComputedStyle(n).display !== 'none').map((n) => n.textContent.trim().slice(0, 80)));
    assert.deepEqual(shown, [], `${path}: print-only parts shown on screen`);
    await page.emulateMedia({ media: 'print' });
    assert.ok(await page.locator('.print-only').first().isVisible(), `${path}: and shown on paper`);
    expectNoProblems(problems);
    await context.close();
  }
});
