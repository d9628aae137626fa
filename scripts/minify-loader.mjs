// Minifies wasm-bindgen's JavaScript module (the app's JS loader, ~60 KB raw, 10 KB gzip) in a
// build directory with terser, and writes the new `integrity` hash of that file into
// index.html (Trunk's `<link rel="modulepreload" ... integrity="sha384-...">`), so Subresource
// Integrity still holds. The inline loader script in index.html is not touched, so its CSP hash
// does not change. Then public/'s two scripts, recovery.js and own-data-worker.js, which no
// integrity attribute names (their comments are for the source, not for every visitor).
//
// Called by scripts/postbuild.mjs first thing (Trunk's post_build hook), before it lists the
// build's files with their SHA-256 for the service worker: minifying after that would leave
// the worker a hash of a file that is no longer there. Only in release builds (`trunk serve`
// keeps the readable file). By hand: `node scripts/minify-loader.mjs dist`, then
// `node scripts/postbuild.mjs dist`. Minifying a minified file again is harmless.
//
// Why terser and not Trunk's own `minify`: Trunk 0.21's JS minifier stops on wasm-bindgen's
// output and leaves it as it was, and its HTML minifier breaks the CSP tag (BENCHMARKS.md,
// "Tried and not kept"). Terser is the common, well-kept minifier, plain JavaScript (no
// platform binary), and only a build tool here: nothing of it ships.
//
// Each top-level statement is on a line of its own (40 more bytes than one long line): the
// `export`s must start a line for scripts/onefile.mjs, which turns the module into a script.
import { createHash } from 'node:crypto';
import { readFile, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { minify } from 'terser';

/** Minifies the JS module that `dir`/index.html preloads, and public/'s scripts; says so. */
export async function minifyLoader(dir) {
  const indexPath = join(dir, 'index.html');
  let html = await readFile(indexPath, 'utf8');
  const preload = /<link\s+rel="modulepreload"\s+href="\.\/([^"]+\.js)"[^>]*>/;
  const found = html.match(preload);
  if (!found) throw new Error('index.html has no <link rel="modulepreload" href="./NAME.js"> (Trunk\'s JS loader)');
  const [link, name] = found;
  const path = join(dir, name);
  const source = await readFile(path, 'utf8');
  const result = await minify(source, {
    module: true,
    compress: { passes: 2 },
    mangle: true,
    format: { ast: true, comments: false },
  });
  // One top-level statement a line, each closed by ";" (an empty statement after a function
  // or class declaration is harmless; a missing one before a line starting with "(" is not).
  const code = result.ast.body
    .map((statement) => statement.print_to_string({ comments: false }))
    .map((line) => (line.endsWith(';') ? line : `${line};`))
    .join('\n') + '\n';
  await writeFile(path, code);
  // Trunk writes integrity="sha384-..." on the modulepreload link; keep the same algorithm.
  if (/\bintegrity="/.test(link)) {
    const integrity = `sha384-${createHash('sha384').update(code).digest('base64')}`;
    html = html.replace(link, () => link.replace(/\bintegrity="[^"]*"/, `integrity="${integrity}"`));
    await writeFile(indexPath, html);
  }
  const lines = [`[minify-loader] ${name}: ${Buffer.byteLength(source)} -> ${Buffer.byteLength(code)} bytes`];
  // The other scripts from public/: no integrity attribute names them. recovery.js is a classic
  // script (loaded before the app), the checker's worker a module.
  for (const [other, module] of [['recovery.js', false], ['own-data-worker.js', true]]) {
    const otherPath = join(dir, other);
    const text = await readFile(otherPath, 'utf8').catch(() => null);
    if (text === null) continue;
    const small = (await minify(text, { module, compress: { passes: 2 }, mangle: true, format: { comments: false } })).code + '\n';
    await writeFile(otherPath, small);
    lines.push(`[minify-loader] ${other}: ${Buffer.byteLength(text)} -> ${Buffer.byteLength(small)} bytes`);
  }
  return lines.join('\n');
}

if (import.meta.url === pathToFileURL(process.argv[1]).href) {
  const dir = process.argv[2];
  if (!dir) {
    console.error('[minify-loader] usage: node scripts/minify-loader.mjs DIST');
    process.exit(1);
  }
  console.log(await minifyLoader(dir));
}
