// Whether index.html has the browser fetch the data file alongside the wasm.
//
// The real data (200 KB, 31 KB gzip) is best fetched at once: the app needs both the wasm
// and the data to show results, so fetching them in parallel saves a round trip. A big file
// (the 100x synthetic copy is 12 MB) would compete with the wasm for the connection and hold
// back the app's first paint, so above the limit the app fetches it once it has painted.
// Used by scripts/postbuild.mjs (every build) and bench/snapshot.mjs (scaled copies).
export const PRELOAD_LIMIT_BYTES = 1024 * 1024;

const LINK = '<link rel="preload" href="data/framework.json" as="fetch" crossorigin="anonymous" />';
const LINK_PATTERN = /[ \t]*<link\b[^>]*\brel="preload"[^>]*\bhref="(?:\.\/)?data\/framework\.json"[^>]*>[ \t]*\n?/g;

/** `html` with the data preload link present or absent, as `dataBytes` calls for. */
export function withDataPreload(html, dataBytes) {
  const present = html.match(LINK_PATTERN) != null;
  if (dataBytes > PRELOAD_LIMIT_BYTES) return html.replace(LINK_PATTERN, '');
  return present ? html : html.replace('</head>', `  ${LINK}\n  </head>`);
}
