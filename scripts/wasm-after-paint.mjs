// Part of the post-build step (scripts/postbuild.mjs): the wasm, most of the first visit's
// bytes, is fetched once the page has painted, not during the parse of index.html.
//
// Trunk writes `<link rel="preload" … .wasm>` into <head>, so the wasm's download starts
// before the first paint and shares the connection with the CSS and first-view.js the first
// paint waits for; on a slow phone that delays the first view (the prerendered results) that
// needs neither the wasm nor the data. Instead, the loader starts the download itself, after
// the next frame (or 200 ms at most, since a tab in the background gets no frames), with the
// same integrity hash the preload carried. The JS loader (9 KB) and the data's own preload are
// left as they are. Running it again on its own output changes nothing.

/**
 * `html` with Trunk's wasm preload removed and its loader fetching the wasm after the first
 * paint. Throws when the loader is not the shape Trunk 0.21 writes (so the build fails loudly).
 */
export function withWasmAfterPaint(html) {
  const preload = html.match(/<link rel="preload" href="(\.\/[^"]+\.wasm)"[^>]*>/);
  if (!preload) {
    if (html.includes('scripts/wasm-after-paint.mjs')) return html; // already done
    throw new Error('index.html has no <link rel="preload"> for the wasm (Trunk changed its output?)');
  }
  const [link, href] = preload;
  const integrity = link.match(/integrity="([^"]+)"/)?.[1];
  const call = `await init({ module_or_path: '${href}' });`;
  if (!html.includes(call)) throw new Error(`index.html's loader has no "${call}"`);
  const options = integrity ? `, { integrity: '${integrity}' }` : '';
  const later = [
    '// After the first paint (scripts/wasm-after-paint.mjs), checked against the same hash.',
    'await new Promise((painted) => { requestAnimationFrame(() => setTimeout(painted, 0)); setTimeout(painted, 200); });',
    `const wasm = await init({ module_or_path: fetch('${href}'${options}) });`,
  ].join('\n');
  return html.replace(link, '').replace(`const wasm = ${call}`, later);
}
