// The recovery screen: a panic in the app leaves a readable message in the page's language
// with "Reload" and "Reset saved data" (the shortlist offered for export first), never a blank
// or frozen page. public/recovery.js draws it when the wasm traps. The panic is triggered by a
// test hook built only into dist-test-hooks/ (scripts/test.sh builds it beside dist/, with the
// release build's toolchain and panic strategy); the release build ignores the same address.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { existsSync, readFileSync } from 'node:fs';
import { setup, openApp, watch } from './harness.mjs';

const HOOKS = process.env.MFLM_TEST_HOOKS_DIST ?? 'dist-test-hooks';
const fr = readFileSync('i18n/fr.ftl', 'utf8');
const en = readFileSync('i18n/en.ftl', 'utf8');
const message = (ftl, id) => ftl.match(new RegExp(`^${id} = (.*)$`, 'm'))[1];

assert.ok(existsSync(HOOKS), `${HOOKS}/ is missing: scripts/test.sh builds it with the test hooks`);
const env = setup({ dist: HOOKS });
const release = setup();

const SHORTLIST_KEY = 'mflm-explorer.shortlist.v1';

async function panicked(path, { shortlist } = {}) {
  const context = await env.browser.newContext({ viewport: { width: 1280, height: 900 } });
  if (shortlist) {
    await context.addInitScript(([key, value]) => {
      if (!sessionStorage.getItem('seeded')) {
        localStorage.setItem(key, value);
        sessionStorage.setItem('seeded', '1');
      }
    }, [SHORTLIST_KEY, JSON.stringify(shortlist)]);
  }
  const page = await context.newPage();
  const problems = watch(page, env.server.origin);
  await page.goto(env.server.origin + path);
  await page.getByRole('alert').waitFor();
  return { context, page, problems };
}

test('a panic shows the recovery screen with Reload and Reset, and offers the shortlist for export first', async () => {
  const { context, page, problems } = await panicked('/?panic-on-purpose', { shortlist: ['DB-005', 'S3-10b'] });
  const alert = page.getByRole('alert');
  assert.equal(await alert.getByRole('heading', { level: 1 }).innerText(), message(en, 'recovery-title'));
  assert.equal(await alert.locator('p').innerText(), message(en, 'recovery-body'));
  const reload = alert.getByRole('link', { name: message(en, 'recovery-reload') });
  assert.equal(await reload.getAttribute('href'), page.url(), 'Reload reopens the same address');
  const exported = alert.getByRole('link', { name: message(en, 'recovery-export') });
  assert.equal(await exported.getAttribute('download'), 'mflm-shortlist.json');
  const href = await exported.getAttribute('href');
  const saved = decodeURIComponent(href.replace(/^data:application\/json;charset=utf-8,/, ''));
  JSON.parse(saved);
  assert.ok(saved.includes('DB-005') && saved.includes('S3-10b'), `the saved lists are exported: ${saved}`);
  // Export comes before Reset in the reading order.
  const links = await alert.getByRole('link').allInnerTexts();
  assert.deepEqual(links, [message(en, 'recovery-reload'), message(en, 'recovery-export'), message(en, 'recovery-reset')]);
  // Nothing of the dead app is left on the page.
  assert.equal(await page.locator('main').count(), 1);
  assert.ok(problems.every((p) => p.startsWith('page error') || p.startsWith('console error')), problems.join('\n'));
  // The release wasm aborts at once on a panic (panic = "immediate-abort", BENCHMARKS.md issue
  // 18): no message is formatted; what reaches the console is the WebAssembly trap.
  assert.ok(problems.some((p) => /unreachable/.test(p)), `the trap is logged to the console:\n${problems.join('\n')}`);

  // Reset saved data: the shortlist is gone and the explorer starts normally.
  await alert.getByRole('link', { name: message(en, 'recovery-reset') }).click();
  await page.waitForSelector('main h1');
  await page.getByRole('status').filter({ hasText: /result/i }).waitFor();
  assert.deepEqual(await page.evaluate(() => Object.keys(localStorage).filter((k) => k.startsWith('mflm-explorer.'))), []);
  assert.ok(!page.url().includes('reset-saved-data'), 'the address is tidied');
  await context.close();
});

test('the recovery screen speaks the page language', async () => {
  const { context, page } = await panicked('/?lang=fr&panic-on-purpose');
  const alert = page.getByRole('alert');
  assert.equal(await alert.getByRole('heading', { level: 1 }).innerText(), message(fr, 'recovery-title'));
  assert.equal(await alert.getByRole('link').count(), 2, 'no shortlist saved: nothing to export');
  assert.equal(await page.evaluate(() => document.documentElement.lang), 'fr');
  await context.close();
});

test('the release build has no such hook: the same address opens the explorer', async () => {
  const { page, context, problems } = await openApp(release, '/?panic-on-purpose');
  await page.getByRole('status').filter({ hasText: /result/i }).waitFor();
  assert.equal(await page.getByRole('alert').count(), 0);
  assert.deepEqual(problems, []);
  await context.close();
});
