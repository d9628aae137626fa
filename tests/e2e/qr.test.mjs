// QR codes: any view (a filtered search too) and any item page can show the QR code of its
// own address, drawn in the browser; read back by a QR decoder (jsqr), it is that address.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readQr } from './qr-read.mjs';
import { setup, openApp, expectNoProblems } from './harness.mjs';
import { searchBox, option, expectCount, expectedDocs } from './ui.mjs';

const env = setup();

/** Opens the QR disclosure and decodes the code it draws. */
async function decodeQr(page, label = 'QR code of this view') {
  await page.getByText(label).click();
  const image = page.locator('details.qr-code img.qr');
  await image.waitFor();
  const decoded = await readQr(page, await image.getAttribute('src'));
  assert.ok(decoded, 'the QR code decodes');
  return decoded;
}

test('a filtered search shows the QR code of its own address, which reopens the same view', async () => {
  const { page, context, problems } = await openApp(env, '/');
  await searchBox(page).pressSequentially('migrant');
  await option(page, 'region', 'africa').check();
  const expected = expectedDocs({ text: 'migrant', selected: { region: ['africa'] } });
  await expectCount(page, expected.length);
  // The address bar catches up once typing pauses.
  await page.waitForFunction(() => location.search.includes('q=migrant'));
  const decoded = await decodeQr(page);
  assert.equal(decoded, page.url());
  assert.equal(await page.locator('details.qr-code .qr-address').innerText(), page.url());

  const other = await env.browser.newContext();
  const fresh = await other.newPage();
  await fresh.goto(decoded);
  await expectCount(fresh, expected.length);
  await other.close();
  expectNoProblems(problems);
  await context.close();
});

test('an item page shows the QR code of its address', async () => {
  const { page, context, problems } = await openApp(env, '/?item=profile:DB-005&lang=fr');
  const decoded = await decodeQr(page, 'Code QR de cette vue');
  assert.equal(decoded, page.url());
  assert.ok(decoded.includes('item=profile:DB-005') && decoded.includes('lang=fr'));
  expectNoProblems(problems);
  await context.close();
});
