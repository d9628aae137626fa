// MFLM Explorer's service worker: the whole build, kept on the device, so the explorer opens
// and works with no connection at all after the first visit.
//
// - install: downloads every file of this build (listed below by scripts/postbuild.mjs, with
//   each file's SHA-256) into a cache named after the build, and checks each download against
//   its hash, so a half-finished upload on the server can never be cached as a build.
// - fetch: answers from that cache first. Any page of the app (any query string) is the
//   cached index.html; the view lives in the query string.
// - activate: deletes the caches of older builds of this same copy (same scope).
// - A new build waits until the page asks it to take over (the "Reload" button), so an open
//   page never runs old code against new files: the old worker keeps serving the old cache.
//
// Plain JavaScript, no imports: it must run as it is on any static host.

// Replaced at build time by scripts/postbuild.mjs. With no files (as here, and under
// `trunk serve`) the worker caches nothing and lets every request through.
const BUILD = { id: 'dev', files: [] };
const OFFLINE = BUILD.files.length > 0;

// One cache per copy (scope) and build: several copies on one origin (/a/, /b/) never
// delete each other's files.
const PREFIX = `mflm-explorer ${self.registration.scope} `;
const CACHE = PREFIX + BUILD.id;
const INDEX = new URL('index.html', self.registration.scope).href;

self.addEventListener('install', (event) => {
  event.waitUntil(precache());
});

self.addEventListener('activate', (event) => {
  event.waitUntil((async () => {
    const names = await caches.keys();
    await Promise.all(names.filter((n) => n.startsWith(PREFIX) && n !== CACHE).map((n) => caches.delete(n)));
    // The very first install takes the open page at once, so it works offline without a
    // reload. Later builds only get here after the page asked for it (see "message").
    await self.clients.claim();
  })());
});

self.addEventListener('message', (event) => {
  if (event.data && event.data.type === 'skip-waiting') self.skipWaiting();
});

self.addEventListener('fetch', (event) => {
  const request = event.request;
  if (!OFFLINE || request.method !== 'GET') return;
  const url = new URL(request.url);
  if (url.origin !== self.location.origin || !url.href.startsWith(self.registration.scope)) return;
  event.respondWith(answer(request, url));
});

async function answer(request, url) {
  const cache = await caches.open(CACHE);
  let cached;
  if (request.mode === 'navigate' && isAppPage(url)) {
    cached = await cache.match(INDEX, { ignoreSearch: true });
  } else {
    cached = await cache.match(request, { ignoreSearch: request.mode === 'navigate' });
  }
  return cached || fetch(request);
}

// The app's own page: the scope itself or its index.html, with any query string.
function isAppPage(url) {
  const path = url.origin + url.pathname;
  return path === self.registration.scope || path === INDEX;
}

async function precache() {
  if (!OFFLINE) return;
  const cache = await caches.open(CACHE);
  const fresh = await Promise.all(BUILD.files.map(async ({ path, sha256 }) => {
    const url = new URL(path, self.registration.scope).href;
    const existing = await cache.match(url);
    if (existing) return null; // an earlier, interrupted install already checked this one
    // 'no-cache': revalidate with the server, never trust the browser's HTTP cache here.
    const response = await fetch(url, { cache: 'no-cache' });
    if (!response.ok) throw new Error(`${path}: ${response.status}`);
    const body = await response.clone().arrayBuffer();
    const digest = hex(await crypto.subtle.digest('SHA-256', body));
    if (digest !== sha256) throw new Error(`${path}: not the file of build ${BUILD.id}`);
    // A host that redirected (say /index.html to /) would make the stored answer unusable
    // for page loads, so the body is stored as a plain, unredirected response.
    const stored = response.redirected
      ? new Response(body, { status: response.status, statusText: response.statusText, headers: response.headers })
      : response;
    return [url, stored];
  }));
  // Written only once every file has arrived and matched.
  await Promise.all(fresh.filter(Boolean).map(([url, response]) => cache.put(url, response)));
}

function hex(buffer) {
  return Array.from(new Uint8Array(buffer), (b) => b.toString(16).padStart(2, '0')).join('');
}
