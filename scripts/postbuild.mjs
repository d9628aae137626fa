// Trunk's post_build hook (see Trunk.toml), run on the staged build before it becomes dist/:
//
// 0. open-data/: the downloadable files (scripts/open-data.mjs), written first so step 2
//    lists them and they work offline.
// 1. index.html: writes in the first view (the default page of results, scripts/first-view.mjs),
//    makes sure every URL is relative (the same build must work at / and under
//    any sub-path), preloads the data file only if it is small (scripts/data-preload.mjs),
//    and puts the SHA-256 of each inline script (Trunk's wasm loader) into the
//    Content-Security-Policy's script-src, so the page runs with no 'unsafe-inline'.
// 2. sw.js: writes in the list of every file of the build with its SHA-256, and a build id
//    made from them. The service worker precaches exactly these files under a cache named
//    after the id, so any change to any file is a new build, and an unchanged build is not.
//
// Usage: Trunk runs it with TRUNK_STAGING_DIR set; by hand, `node scripts/postbuild.mjs dist`.
// Running it again on its own output changes nothing.
import { createHash } from 'node:crypto';
import { readdir, readFile, stat, writeFile } from 'node:fs/promises';
import { join, relative, sep } from 'node:path';
import { withDataPreload } from './data-preload.mjs';
import { withFirstView } from './first-view.mjs';
import { writeOpenData } from './open-data.mjs';
import { minifyLoader } from './minify-loader.mjs';

const dir = process.argv[2] ?? process.env.TRUNK_STAGING_DIR;
if (!dir) fail('no build directory: pass one (`node scripts/postbuild.mjs dist`) or run it from Trunk');

// The line of public/sw.js this script fills in; the worker's code is otherwise untouched.
const BUILD_LINE = /^const BUILD = .*;$/m;
const BUILD_PLACEHOLDER = "const BUILD = { id: 'dev', files: [] };";

try {
  writeOpenData(dir);
} catch (error) {
  fail(error.message);
}

// The JS loader minified first (release builds; scripts/minify-loader.mjs fixes its integrity
// hash in index.html), so that the worker's file list below has the file as it ships.
if (process.env.TRUNK_PROFILE !== 'debug') console.log(await minifyLoader(dir));

const indexPath = join(dir, 'index.html');
let html = await readFile(indexPath, 'utf8');
try {
  html = withFirstView(html, dir);
} catch (error) {
  fail(error.message);
}
html = relativeUrls(html);
const dataSize = (await stat(join(dir, 'data', 'framework.json')).catch(() => fail(`${dir}/data/framework.json is missing`))).size;
html = withDataPreload(html, dataSize);
// Under `trunk serve`, Trunk adds a live-reload script and rewrites it on every request, so
// no hash can match it: that build (and only that one) allows inline scripts, and its
// service worker caches nothing, so each reload shows the latest build.
const devServer = html.includes('.well-known/trunk/ws');
const scriptSources = devServer
  ? ["'unsafe-inline'"]
  : inlineScripts(html).map((code) => `'sha256-${sha256(code, 'base64')}'`);
html = withScriptSources(html, scriptSources);
await writeFile(indexPath, html);

const swPath = join(dir, 'sw.js');
const sw = await readFile(swPath, 'utf8').catch(() => fail(`${swPath} is missing (it comes from public/sw.js)`));
if (!BUILD_LINE.test(sw)) fail(`${swPath} has no line "${BUILD_PLACEHOLDER}" to fill in`);
const files = [];
for (const path of devServer ? [] : await listFiles(dir)) {
  if (path === 'sw.js') continue; // the browser keeps the worker itself
  files.push({ path, sha256: sha256(await readFile(join(dir, path))) });
}
// The worker's own code counts too: a change to it alone is also a new build.
const template = sw.replace(BUILD_LINE, BUILD_PLACEHOLDER);
const id = devServer ? 'dev' : sha256(JSON.stringify(files) + template).slice(0, 16);
await writeFile(swPath, sw.replace(BUILD_LINE, () => `const BUILD = ${JSON.stringify({ id, files })};`));

console.log(devServer
  ? '[postbuild] trunk serve: no offline copy; inline scripts allowed for live reload'
  : `[postbuild] build ${id}: ${files.length} files for the offline copy; script-src ${scriptSources.join(' ')}`);

/** Every file under `root`, as sorted relative paths with forward slashes. */
async function listFiles(root) {
  const entries = await readdir(root, { recursive: true, withFileTypes: true });
  // Not the .gz/.br copies scripts/precompress.mjs writes: the browser never asks for them.
  return entries
    .filter((entry) => entry.isFile() && !/\.(gz|br)$/.test(entry.name))
    .map((entry) => relative(root, join(entry.parentPath ?? entry.path, entry.name)).split(sep).join('/'))
    .sort();
}

/**
 * Rewrites root-absolute URLs ("/main.css", "from '/app.js'") to "./", in case Trunk emits
 * them; then checks none is left.
 */
function relativeUrls(text) {
  const fixed = text
    .replace(/\b(href|src)="\/(?!\/)/g, '$1="./')
    .replace(/(\bfrom\s*|module_or_path:\s*|\bimport\s*\(\s*)(['"])\/(?!\/)/g, '$1$2./');
  const absolute = fixed.match(/\b(href|src)="\/[^"]*"/g);
  if (absolute) fail(`index.html still has root-absolute URLs: ${absolute.join(', ')}`);
  return fixed;
}

/** The text of every inline script the browser would run (not JSON or other data blocks). */
function inlineScripts(text) {
  const scripts = [];
  for (const [, attributes, code] of text.matchAll(/<script\b([^>]*)>([\s\S]*?)<\/script>/gi)) {
    if (/\bsrc\s*=/i.test(attributes)) continue;
    const type = attributes.match(/\btype\s*=\s*["']?([^"'\s>]+)/i)?.[1]?.toLowerCase();
    if (type && !['module', 'text/javascript', 'application/javascript'].includes(type)) continue;
    scripts.push(code);
  }
  return scripts;
}

/** Replaces the hashes (or 'unsafe-inline') in the CSP meta tag's script-src with `extra`. */
function withScriptSources(text, extra) {
  const meta = /(<meta\s+http-equiv="Content-Security-Policy"\s+content=")([^"]*)(")/i;
  const found = text.match(meta);
  if (!found) fail('index.html has no <meta http-equiv="Content-Security-Policy" content="...">');
  const directives = found[2].split(';').map((d) => d.trim()).filter(Boolean).map((directive) => {
    const [name, ...sources] = directive.split(/\s+/);
    if (name !== 'script-src') return directive;
    const kept = sources.filter((s) => !s.startsWith("'sha256-") && s !== "'unsafe-inline'");
    return [name, ...kept, ...extra].join(' ');
  });
  if (!directives.some((d) => d.startsWith('script-src'))) fail('the CSP has no script-src directive');
  return text.replace(meta, (_, start, __, end) => start + directives.join('; ') + end);
}

function sha256(data, encoding = 'hex') {
  return createHash('sha256').update(data).digest(encoding);
}

function fail(message) {
  console.error(`[postbuild] ${message}`);
  process.exit(1);
}
