// Exports, made in the browser: the current results and the shortlist as CSV, JSON, Markdown
// and RIS, and "Cite this" on an item page. Each file is parsed back: the CSV has one row per
// result, the JSON passes the core's own validator, RIS and Markdown hold one record each.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { execFileSync } from 'node:child_process';
import { mkdtemp, readFile, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { setup, openApp, expectNoProblems } from './harness.mjs';
import { data, expectedDocs, expectCount, parseCsv, searchBox } from './ui.mjs';

const env = setup();

/** Presses the export button named `label` and returns the downloaded file's name and text. */
async function exported(page, label) {
  const [download] = await Promise.all([
    page.waitForEvent('download'),
    page.getByRole('group', { name: 'Export' }).getByRole('button', { name: label }).click(),
  ]);
  const path = await download.path();
  return { name: download.suggestedFilename(), text: await readFile(path, 'utf8') };
}

/** The core's validator on a file: `mflm-data validate` exits 0 and says ok. */
function validates(json) {
  return mkdtemp(join(tmpdir(), 'mflm-export-')).then(async (dir) => {
    const file = join(dir, 'framework.json');
    await writeFile(file, json);
    return execFileSync('cargo', ['run', '-q', '-p', 'mflm-core', '--features', 'schema', '--bin', 'mflm-data', '--', 'validate', file], { encoding: 'utf8' });
  });
}

test('the results export as CSV (one row per result), JSON (valid data), Markdown and RIS (one record per result)', async () => {
  const { page, context, problems } = await openApp(env, '/', { contextOptions: { acceptDownloads: true } });
  await searchBox(page).pressSequentially('migrant');
  const expected = expectedDocs({ text: 'migrant' });
  await expectCount(page, expected.length);
  assert.ok(expected.length > 25, 'more results than one page: the export holds them all');

  const csv = await exported(page, 'CSV (spreadsheet)');
  assert.equal(csv.name, 'mflm-results.csv');
  assert.ok(csv.text.startsWith('\uFEFF'), 'a byte-order mark, so spreadsheet programs read UTF-8');
  const rows = parseCsv(csv.text.slice(1)).filter((r) => r.length > 1);
  assert.equal(rows[0][0], 'id');
  assert.ok(rows[0].includes('source') && rows[0].includes('link'));
  assert.equal(rows.length - 1, expected.length, 'one row per result');
  const ids = new Set(rows.slice(1).map((r) => r[0]));
  for (const doc of expected.filter((d) => d.profile)) assert.ok(ids.has(doc.profile.id), doc.profile.id);
  assert.ok(!csv.text.includes('ilo-migpractice'), 'sources by name, never by internal id');

  const json = await exported(page, 'JSON (data file)');
  const parsed = JSON.parse(json.text);
  assert.equal(parsed.profiles.length, expected.filter((d) => d.profile).length);
  assert.match(await validates(json.text), /^ok:/m, 'the core validator accepts the exported JSON');

  const ris = await exported(page, 'RIS (reference manager)');
  assert.equal((ris.text.match(/^TY {2}- /gm) ?? []).length, expected.length);
  assert.equal((ris.text.match(/^ER {2}- /gm) ?? []).length, expected.length);

  const markdown = await exported(page, 'Markdown (handout)');
  assert.equal((markdown.text.match(/^## /gm) ?? []).length, expected.length);

  // No results: nothing to export, so the buttons are off (an export would be a bare header).
  await searchBox(page).fill('zzqxj');
  await expectCount(page, 0);
  for (const label of ['CSV (spreadsheet)', 'JSON (data file)', 'Markdown (handout)', 'RIS (reference manager)']) {
    assert.ok(await page.getByRole('group', { name: 'Export' }).getByRole('button', { name: label }).isDisabled(), label);
  }
  await searchBox(page).fill('migrant');
  await expectCount(page, expected.length);
  assert.ok(await page.getByRole('button', { name: 'CSV (spreadsheet)' }).isEnabled(), 'back on with results');
  expectNoProblems(problems);
  await context.close();
});

test('the shortlist exports its practices, and an item page offers "Cite this" with a Copy button', async () => {
  const { page, context, problems } = await openApp(env, '/?item=profile:DB-005', {
    contextOptions: { acceptDownloads: true, permissions: ['clipboard-read', 'clipboard-write'] },
  });
  const practice = data.profiles.find((p) => p.id === 'DB-005');
  await page.getByRole('button', { name: 'Add to shortlist' }).click();
  await page.getByText('Cite this').click();
  const citation = await page.locator('.cite-this .citation').innerText();
  assert.ok(citation.includes(practice.title.en), citation);
  assert.ok(citation.includes('practice 5'), citation);
  assert.ok(citation.includes('item=profile:DB-005'), 'the citation links back to the item');
  await page.locator('.cite-this').getByRole('button', { name: 'Copy' }).click();
  await page.locator('.cite-this').getByRole('status').filter({ hasText: 'Copied' }).waitFor();
  assert.equal(await page.evaluate(() => navigator.clipboard.readText()), citation, 'the clipboard holds the citation');

  await page.goto(new URL('?view=shortlist', page.url()).href);
  await page.getByRole('heading', { level: 1, name: 'Your shortlist' }).waitFor();
  const csv = await exported(page, 'CSV (spreadsheet)');
  assert.equal(csv.name, 'mflm-shortlist.csv');
  const rows = parseCsv(csv.text.slice(1)).filter((r) => r.length > 1);
  assert.deepEqual(rows.slice(1).map((r) => r[0]), ['DB-005']);
  expectNoProblems(problems);
  await context.close();
});
