// The one-file edition: dist-onefile/mflm-explorer.html, a single HTML file holding the whole
// app (CSS, the wasm-bindgen JavaScript, the WebAssembly as base64, and the data), for rooms
// with no internet and no server: copy it onto a laptop or USB stick and double-click it.
//
// Made from a finished release build (scripts/build.sh runs it after Trunk):
//   node scripts/onefile.mjs [dist] [dist-onefile/mflm-explorer.html]
// It has no service worker and no manifest (neither works from file://), and a
// Content-Security-Policy that allows nothing but its own inline code (by hash) and
// WebAssembly: the page can make no request at all.
import { createHash } from 'node:crypto';
import { mkdir, readdir, readFile, writeFile } from 'node:fs/promises';
import { dirname, join } from 'node:path';
import { gzipSync } from 'node:zlib';

const dist = process.argv[2] ?? 'dist';
const output = process.argv[3] ?? 'dist-onefile/mflm-explorer.html';

let html = await readFile(join(dist, 'index.html'), 'utf8');

// Trunk's loader: `import init from './app-HASH.js'; await init({ module_or_path: './app-HASH_bg.wasm' })`.
const loader = html.match(/<script type="module"[^>]*>([\s\S]*?)<\/script>/);
if (!loader) fail('no inline module script (Trunk\'s wasm loader) in index.html');
const jsFile = loader[1].match(/from\s*'\.\/([^']+\.js)'/)?.[1];
const wasmFile = loader[1].match(/'\.\/([^']+\.wasm)'/)?.[1];
if (!jsFile || !wasmFile) fail(`could not find the .js and .wasm names in Trunk's loader:\n${loader[1]}`);

const cssFile = html.match(/<link rel="stylesheet" href="\.\/([^"]+\.css)"[^>]*>/)?.[1];
if (!cssFile) fail('no stylesheet link in index.html');
const css = await readFile(join(dist, cssFile), 'utf8');
if (/url\(\s*["']?(?!data:)/i.test(css)) fail(`${cssFile} refers to other files with url(): inline them first`);
if (/<\/style/i.test(css)) fail(`${cssFile} contains "</style"`);

const glue = moduleAsScript(await readFile(join(dist, jsFile), 'utf8'));
const wasm = await readFile(join(dist, wasmFile));
// Re-serialised compactly; "<" escaped so no text in the data can close the script element.
const data = JSON.stringify(JSON.parse(await readFile(join(dist, 'data/framework.json'), 'utf8')))
  .replace(/</g, '\\u003c');
const icon = await readFile(join(dist, 'icons/icon.svg'));
// Every language, inlined like the data, so the file works offline in all of them: the app
// reads element `mflm-ftl-<lang>` before fetching i18n/<lang>.ftl, and `mflm-translation-<lang>`
// before data/i18n/<lang>.json. In the JSON "<" is escaped, as in the data, so no text can
// close its script element; a Fluent file holding "</script" is refused.
const languageFiles = [];
for (const name of (await readdir(join(dist, 'i18n'))).filter((f) => f.endsWith('.ftl')).sort()) {
  const text = await readFile(join(dist, 'i18n', name), 'utf8');
  if (/<\/script/i.test(text)) fail(`i18n/${name} contains "</script"`);
  languageFiles.push(`<script id="mflm-ftl-${name.replace('.ftl', '')}" type="text/plain">${text}</script>`);
}
for (const name of (await readdir(join(dist, 'data/i18n'))).filter((f) => f.endsWith('.json')).sort()) {
  const json = JSON.stringify(JSON.parse(await readFile(join(dist, 'data/i18n', name), 'utf8'))).replace(/</g, '\\u003c');
  languageFiles.push(`<script id="mflm-translation-${name.replace('.json', '')}" type="application/json">${json}</script>`);
}

// The Open data page's downloads (dist/open-data/, written by scripts/open-data.mjs), each file
// as base64 under its name in one JSON block: the page makes Blob URLs of them, as it cannot
// fetch from file://. Base64 keeps every byte as it is (the downloads are byte for byte the
// files of dist/) and holds no "<", so no file can close the script element.
const openData = {};
const openDataIndex = JSON.parse(await readFile(join(dist, 'open-data/index.json'), 'utf8'));
for (const name of ['index.json', ...openDataIndex.files.map((file) => file.name)]) {
  openData[name] = (await readFile(join(dist, 'open-data', name))).toString('base64');
}

// The recovery screen's script (public/recovery.js) first, so it sees a trap during start-up.
const recovery = await readFile(join(dist, 'recovery.js'), 'utf8');
if (/<\/script/i.test(recovery)) fail('recovery.js contains "</script"');
const boot = `${recovery}
${glue.code}
// The one-file edition: the WebAssembly comes from the page itself, never from a URL.
const base64 = document.getElementById('mflm-wasm').textContent.trim();
const binary = atob(base64);
const bytes = new Uint8Array(binary.length);
for (let i = 0; i < binary.length; i++) bytes[i] = binary.charCodeAt(i);
await ${glue.init}({ module_or_path: bytes });
`;

// The check that shows the prerendered first view only for the default view (index.html
// loads it as a file of the copy; here it is inline, allowed by its hash).
const firstView = await readFile(join(dist, 'first-view.js'), 'utf8');
if (/<\/script/i.test(firstView)) fail('first-view.js contains "</script"');

const csp = [
  "default-src 'none'",
  `script-src 'sha256-${sha256(boot)}' 'sha256-${sha256(firstView)}' 'wasm-unsafe-eval'`,
  `style-src 'sha256-${sha256(css)}'`,
  'img-src data:',
  "base-uri 'none'",
  "form-action 'none'",
].join('; ');

html = html
  .replace(/<!--[\s\S]*?-->\s*/g, '')
  // Nothing that points at another file: the build's CSS/JS/wasm links, manifest, icons.
  .replace(/<link\b[^>]*>\s*/g, '')
  .replace(/<script\b[^>]*>[\s\S]*?<\/script>\s*/g, '')
  .replace(/(<meta\s+http-equiv="Content-Security-Policy"\s+content=")[^"]*(")/i, (_, a, b) => a + csp + b)
  .replace('</head>', () => [
    `<link rel="icon" type="image/svg+xml" href="data:image/svg+xml;base64,${icon.toString('base64')}">`,
    `<style>${css}</style>`,
    `<script>${firstView}</script>`,
    '</head>',
  ].join('\n'))
  .replace('</body>', () => [
    `<script id="mflm-data" type="application/json">${data}</script>`,
    ...languageFiles,
    `<script id="mflm-open-data" type="application/json">${JSON.stringify(openData)}</script>`,
    `<script id="mflm-wasm" type="application/octet-stream">${wasm.toString('base64')}</script>`,
    `<script type="module">${boot}</script>`,
    '</body>',
  ].join('\n'));
if (!html.includes(csp)) fail('index.html has no Content-Security-Policy meta tag to replace');

await mkdir(dirname(output), { recursive: true });
await writeFile(output, html);
const raw = Buffer.byteLength(html);
const gzip = gzipSync(html, { level: 9 }).length;
console.log(`[onefile] ${output}: ${kib(raw)} (${kib(gzip)} gzipped)`);

/**
 * The wasm-bindgen ES module as the body of an inline module script: its `export`s dropped
 * (nothing imports it) and the name of its default export, the init function, returned.
 */
function moduleAsScript(source) {
  if (/^\s*import\b/m.test(source)) fail(`${jsFile} imports other files (wasm-bindgen snippets?): not supported yet`);
  // `export default init;` or `export { initSync, init as default };` (`export{...}` once
  // scripts/minify-loader.mjs has minified it: one statement a line).
  const init = source.match(/^export default (\w+);?\s*$/m)?.[1]
    ?? source.match(/^export ?\{[^}]*?\b(\w+) as default\b[^}]*\};?\s*$/m)?.[1];
  if (!init) fail(`${jsFile} has no default export (the init function)`);
  const code = source
    .replace(/^export default \w+;?\s*$/m, '')
    .replace(/^export ?\{[^}]*\};?\s*$/gm, '')
    .replace(/^export (?=(async )?function|class|const|let|var)/gm, '');
  if (/^export\b/m.test(code)) fail(`${jsFile} has an export this script does not understand`);
  if (/<\/script/i.test(code)) fail(`${jsFile} contains "</script"`);
  return { code, init };
}

function sha256(text) {
  return createHash('sha256').update(text).digest('base64');
}

function kib(bytes) {
  return `${(bytes / 1024).toFixed(0)} KiB (${bytes} bytes)`;
}

function fail(message) {
  console.error(`[onefile] ${message}`);
  process.exit(1);
}
