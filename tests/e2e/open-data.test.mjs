// Open data: the page, opened from the navigation, lists the build's open-data files
// (dist/open-data/, written by `mflm-data open-data`) and each downloads through its link. The
// JSON parses and is the data file; each CSV parses, has one row per item of the data, and the
// tables of searchable items add up to the app's own result count. After one visit the files
// download offline (the service worker holds them); the one-file edition offers them from
// file:// as Blob URLs, with no request at all.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { createHash } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { readFile } from 'node:fs/promises';
import { join, resolve } from 'node:path';
import { pathToFileURL } from 'node:url';
import { DIST, expectNoProblems, openApp, resultCount, setup, watch, appResults } from './harness.mjs';
import { serve } from './server.mjs';
import { data, parseCsv, TOTAL } from './ui.mjs';

const ONEFILE = process.env.MFLM_ONEFILE ?? 'dist-onefile/mflm-explorer.html';
const FOLDER = join(DIST, 'open-data');
const manifest = JSON.parse(readFileSync(join(FOLDER, 'index.json'), 'utf8'));
const env = setup();

/** Where each table's items are in the data file. */
const LISTS = {
  subdivisions: data.subdivisions,
  principles: data.principles,
  guidelines: data.guidelines,
  instruments: data.instruments,
  profiles: data.profiles,
  'gcm-objectives': data.gcm_objectives,
  'sdg-targets': data.sdg_targets,
  crosswalk: data.crosswalk,
  sources: data.sources,
  countries: data.vocabularies.countries,
  regions: data.vocabularies.regions,
  sectors: data.vocabularies.sectors,
  'actor-types': data.vocabularies.actor_types,
  'profile-kinds': data.vocabularies.profile_kinds,
  'instrument-types': data.vocabularies.instrument_types,
};

function sha256(bytes) {
  return createHash('sha256').update(bytes).digest('hex');
}

/** The table of files on the page. */
function fileTable(page) {
  return page.getByRole('table', { name: 'Files' });
}

/** Clicks the link named `name` in the table of files; returns the download's name and bytes. */
async function download(page, name) {
  const link = fileTable(page).getByRole('link', { name, exact: true });
  assert.equal(await link.getAttribute('download'), name, `${name}: the link has no right download attribute`);
  const downloaded = page.waitForEvent('download');
  await link.click();
  const event = await downloaded;
  return { name: event.suggestedFilename(), bytes: await readFile(await event.path()) };
}

/**
 * Downloads every file the manifest lists through its link on the page at `url` and checks
 * it: the same bytes as the build's file (and the manifest's size and SHA-256); JSON parses;
 * each CSV has its header and one row per item of the data, ids in the data's order. Returns
 * the row counts by table.
 *
 * Each file from a page of its own: Chromium lets a page start one download per user gesture
 * and, when a second click comes before it has counted the first as a gesture (a race on a
 * busy machine), holds the download for a permission prompt that headless never shows.
 */
async function downloadAndCheckAll(context, url, problems) {
  const rows = {};
  for (const file of manifest.files) {
    const page = await context.newPage();
    const watched = watch(page, new URL(url).protocol === 'file:' ? 'file://' : new URL(url).origin);
    await page.goto(url);
    await fileTable(page).waitFor();
    const { name, bytes } = await download(page, file.name);
    await page.close();
    problems.push(...watched);
    assert.equal(name, file.name);
    assert.equal(bytes.length, file.bytes, `${name}: size`);
    assert.equal(sha256(bytes), file.sha256, `${name}: sha256`);
    assert.ok(bytes.equals(readFileSync(join(FOLDER, file.name))), `${name}: not the build's file`);
    const text = bytes.toString('utf8');
    if (file.format === 'json') {
      const parsed = JSON.parse(text);
      if (name === 'framework.json') {
        assert.deepEqual(parsed, data, 'framework.json is not the data file');
        assert.equal(parsed.profiles.length, data.profiles.length);
      }
      continue;
    }
    const [header, ...body] = parseCsv(text);
    const items = LISTS[file.subject];
    assert.ok(items, `no list in the data for table ${file.subject}`);
    assert.equal(body.length, items.length, `${name}: one row per item`);
    assert.equal(body.length, file.rows, `${name}: the manifest's row count`);
    assert.ok(body.every((row) => row.length === header.length), `${name}: ragged rows`);
    const key = header[0];
    assert.deepEqual(body.map((row) => row[0]), items.map((item) => String(item[key])), `${name}: ${key}s in the data's order`);
    rows[file.subject] = body.length;
  }
  return rows;
}

/** The page's row for `name` shows the manifest's row count and size. */
async function checkListing(page) {
  const table = fileTable(page);
  await table.waitFor();
  for (const file of manifest.files) {
    const row = table.getByRole('row').filter({ has: page.getByRole('link', { name: file.name, exact: true }) });
    const cells = await row.locator('td').allInnerTexts();
    assert.equal(cells[1], file.format.toUpperCase(), `${file.name}: format`);
    if (file.rows !== undefined) {
      assert.equal(cells[2], `${file.rows} ${file.rows === 1 ? 'row' : 'rows'}`, `${file.name}: rows`);
    }
    assert.equal(cells[3], `${Math.max(1, Math.ceil(file.bytes / 1024))} KB`, `${file.name}: size`);
    assert.ok(cells[0].length > 10, `${file.name}: no description`);
  }
}

test('the Open data page, from the navigation, lists every file and each downloads and parses, counts equal to the data and the app', async () => {
  const { page, context, problems } = await openApp(env, '/', { contextOptions: { acceptDownloads: true } });
  await appResults(page);
  const appTotal = await resultCount(page);
  assert.equal(appTotal, TOTAL);

  await page.getByRole('navigation', { name: 'Main' }).getByRole('link', { name: 'Open data' }).click();
  await page.getByRole('heading', { level: 1, name: 'Open data' }).waitFor();
  assert.match(page.url(), /[?&]view=open-data\b/);
  assert.equal(await page.title(), 'Open data · MFLM Explorer');
  await checkListing(page);
  const main = page.locator('main');
  assert.match(await main.innerText(), new RegExp(`Data format version ${data.schema_version};`));
  // The licence: the data's own note and a link to the licence.
  await page.getByRole('heading', { name: 'Licence' }).waitFor();
  assert.ok((await main.innerText()).includes(data.meta.licence.note.en));
  assert.equal(await page.getByRole('link', { name: data.meta.licence.spdx }).getAttribute('href'), data.meta.licence.url);

  // The first file from this page, reached by the navigation; the rest likewise (see below).
  const first = await download(page, manifest.files[0].name);
  assert.equal(first.bytes.length, manifest.files[0].bytes);
  const rows = await downloadAndCheckAll(context, page.url(), problems);
  assert.deepEqual(Object.keys(rows).sort(), Object.keys(LISTS).sort(), 'a table is missing');
  // The searchable items are the principles, guidelines and profiles: as many as the app lists.
  assert.equal(rows.principles + rows.guidelines + rows.profiles, appTotal);
  expectNoProblems(problems);
  await context.close();
});

test('the About page links to the Open data page', async () => {
  const { page, context, problems } = await openApp(env, '/?view=about');
  await page.getByRole('main').getByRole('link', { name: /Download the whole compilation as open data/ }).click();
  await page.getByRole('heading', { level: 1, name: 'Open data' }).waitFor();
  expectNoProblems(problems);
  await context.close();
});

test('after one visit, the files list and download with no network and no server', async () => {
  const server = await serve(DIST);
  const context = await env.browser.newContext({ viewport: { width: 1280, height: 900 }, acceptDownloads: true });
  const page = await context.newPage();
  const problems = watch(page, server.origin);
  await page.goto(`${server.origin}/`);
  await appResults(page);
  await page.evaluate(() => navigator.serviceWorker.ready);
  await page.waitForFunction(() => navigator.serviceWorker.controller !== null);
  await page.getByRole('status').filter({ hasText: 'Ready to use offline' }).waitFor();

  await context.setOffline(true);
  await server.close();
  const requestsBefore = server.requests.length;
  await page.goto(`${server.origin}/?view=open-data`);
  await checkListing(page);
  await downloadAndCheckAll(context, page.url(), problems);
  assert.equal(server.requests.length, requestsBefore, 'a request reached the (closed) server');
  expectNoProblems(problems);
  await context.close();
});

test('the one-file edition offers every file from file:// as Blob URLs, with no request', async () => {
  const url = pathToFileURL(resolve(ONEFILE)).href;
  const context = await env.browser.newContext({ viewport: { width: 1280, height: 900 }, acceptDownloads: true });
  const page = await context.newPage();
  const problems = watch(page, 'file://');
  const requests = [];
  context.on('request', (request) => requests.push(request.url()));
  await page.goto(`${url}?view=open-data`);
  await page.getByRole('heading', { level: 1, name: 'Open data' }).waitFor();
  await checkListing(page);
  const hrefs = await fileTable(page).getByRole('link').evaluateAll((links) => links.map((a) => a.href));
  assert.equal(hrefs.length, manifest.files.length);
  assert.ok(hrefs.every((href) => href.startsWith('blob:')), `not Blob URLs: ${hrefs.join(', ')}`);
  await downloadAndCheckAll(context, page.url(), problems);
  const network = requests.filter((u) => !u.startsWith('file://') && !/^(data|blob):/.test(u));
  assert.deepEqual(network, [], 'the one-file edition made requests');
  expectNoProblems(problems);
  await context.close();
});
