// MFLM Explorer's service worker: the whole build, kept on the device, so the explorer opens
// and works with no connection at all after the first visit.
//
// - install: downloads every file of this build (listed below by scripts/postbuild.mjs, with
//   each file's SHA-256) into a cache named after the build, and checks each download against
//   its hash, so a half-finished upload on the server can never be cached as a build.
// - fetch: answers from that cache first. Any page of the app (any query string) is the
//   cached index.html; the view lives in the query string.
// - The copy heals itself: a cached file that is missing, or whose bytes no longer match the
//   SHA-256 listed below, is downloaded again (and checked) when there is a connection, and
//   never served. Each page load checks the files the app cannot start without (BOOT) before
//   answering, and the others in the background; each file is hashed at most once per page
//   load, so later requests cost one cache lookup. With no connection, a page load whose
//   BOOT files cannot be repaired gets a one-paragraph page saying the copy is damaged (in
//   the language of i18n/*.ftl's "offline-damaged", read from the cache), and the app, if it
//   runs, asks {type: 'health'} and is told {type: 'damaged'} (src/ui/update.rs shows it).
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
  const type = event.data && event.data.type;
  if (type === 'skip-waiting') self.skipWaiting();
  // The page asks once it runs: by then the checks of its load are (nearly) done.
  if (type === 'health' && OFFLINE && event.source) {
    event.waitUntil(damagedFiles().then((damaged) => {
      event.source.postMessage({ type: damaged.length ? 'damaged' : 'healthy', files: damaged });
    }));
  }
});

self.addEventListener('fetch', (event) => {
  const request = event.request;
  if (!OFFLINE || request.method !== 'GET') return;
  const url = new URL(request.url);
  if (url.origin !== self.location.origin || !url.href.startsWith(self.registration.scope)) return;
  event.respondWith(answer(request, url, event));
});

// The build's files by absolute URL, and those the app cannot start without: the page, its
// script, wasm and style sheet, and the data.
const FILES = new Map(BUILD.files.map((file) => [new URL(file.path, self.registration.scope).href, file]));
const BOOT = [...FILES.keys()].filter((url) => url === INDEX || /\.(js|wasm|css)$|\/data\/[^/]+\.json$/.test(url));

// url -> Promise<boolean>: whether the cache holds that file, intact (repaired if need be).
// Emptied at each page load, so every load looks again; shared by the requests of one load.
let checked = new Map();
// url -> a checked, unread copy of the cached answer: the first request for a file gets the
// very bytes that were hashed, with no second read from the cache (later ones read it again).
let spares = new Map();

async function answer(request, url, event) {
  if (request.mode === 'navigate' && isAppPage(url)) return page(url, event);
  const key = request.mode === 'navigate' ? url.origin + url.pathname : url.href;
  if (!FILES.has(key)) {
    // Not a file of this build (a mistyped link, the worker itself): the network decides.
    // A navigation to a build file by its own name (say index.html?x) is the file.
    return fetch(request);
  }
  if (!(await intact(key))) return damagedResponse();
  return (await checkedAnswer(key)) || damagedResponse();
}

/** A load of the app's page: its BOOT files checked (and repaired) first, the rest after. */
async function page(url, event) {
  checked = new Map();
  spares = new Map();
  const ok = (await Promise.all(BOOT.map(intact))).every(Boolean);
  event.waitUntil(damagedFiles().then((damaged) => damaged.length && tellPages(damaged)));
  return (ok && (await checkedAnswer(INDEX))) || damagedPage(url);
}

async function checkedAnswer(url) {
  const spare = spares.get(url);
  if (spare) {
    spares.delete(url);
    return spare;
  }
  return (await caches.open(CACHE)).match(url);
}

/** Every file of the build checked; resolves to the URLs of those that could not be repaired. */
async function damagedFiles() {
  const urls = [...FILES.keys()];
  const ok = await Promise.all(urls.map(intact));
  return urls.filter((_, i) => !ok[i]);
}

function intact(url) {
  if (!checked.has(url)) checked.set(url, verify(url, FILES.get(url)));
  return checked.get(url);
}

async function verify(url, { path, sha256 }) {
  const keep = spares; // this load's, even if another load starts meanwhile
  const cache = await caches.open(CACHE);
  const cached = await cache.match(url);
  const spare = cached && cached.clone();
  if (cached && await digest(await cached.arrayBuffer()) === sha256) {
    keep.set(url, spare);
    return true;
  }
  try {
    await cache.put(url, await download(path, sha256));
    return true;
  } catch {
    return false; // offline, or the server now has another build: the next load tries again
  }
}

async function tellPages(damaged) {
  for (const client of await self.clients.matchAll({ type: 'window' })) {
    client.postMessage({ type: 'damaged', files: damaged });
  }
}

function damagedResponse() {
  return new Response('This file of the offline copy is damaged.', {
    status: 503,
    statusText: 'Damaged offline copy',
    headers: { 'content-type': 'text/plain; charset=utf-8' },
  });
}

// A page in place of the app when it cannot start: no script, only the message, in the
// language the link asks for (lang=) or else the browser's, from the cached catalogues.
const RTL = ['ar'];
async function damagedPage(url) {
  const asked = url.searchParams.get('lang');
  const tags = [asked, ...(self.navigator.languages || [])].filter(Boolean).map((t) => t.toLowerCase().split('-')[0]);
  let lang = 'en';
  let text = 'This offline copy is damaged: connect to the internet once to repair it.';
  for (const tag of [...tags, 'en']) {
    const found = await catalogueMessage(tag, 'offline-damaged');
    if (found) {
      [lang, text] = [tag, found];
      break;
    }
  }
  const html = `<!doctype html>
<html lang="${lang}" dir="${RTL.includes(lang) ? 'rtl' : 'ltr'}">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<link rel="icon" href="data:,">
<title>MFLM Explorer</title>
</head>
<body>
<main>
<h1>MFLM Explorer</h1>
<div role="alert"><p>${escapeHtml(text)}</p></div>
</main>
</body>
</html>
`;
  return new Response(html, {
    status: 503,
    headers: {
      'content-type': 'text/html; charset=utf-8',
      'content-security-policy': "default-src 'none'; img-src data:; base-uri 'none'; form-action 'none'",
      'cache-control': 'no-store',
    },
  });
}

/** One plain, one-line message from the cached `i18n/<lang>.ftl`, if that file is intact. */
async function catalogueMessage(lang, id) {
  const url = new URL(`i18n/${lang}.ftl`, self.registration.scope).href;
  if (!FILES.has(url) || !(await intact(url))) return null;
  const response = await (await caches.open(CACHE)).match(url);
  const line = (await response.text()).split('\n').find((l) => l.startsWith(`${id} =`));
  return line ? line.slice(id.length + 2).trim() : null;
}

function escapeHtml(text) {
  return text.replace(/[&<>"']/g, (c) => `&#${c.charCodeAt(0)};`);
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
    return [url, await download(path, sha256)];
  }));
  // Written only once every file has arrived and matched.
  await Promise.all(fresh.filter(Boolean).map(([url, response]) => cache.put(url, response)));
}

/** The build's file at `path`, from the server, as a response to store; throws unless its
 * bytes have the SHA-256 this build lists. */
async function download(path, sha256) {
  const url = new URL(path, self.registration.scope).href;
  // 'no-cache': revalidate with the server, never trust the browser's HTTP cache here.
  const response = await fetch(url, { cache: 'no-cache' });
  if (!response.ok) throw new Error(`${path}: ${response.status}`);
  const body = await response.clone().arrayBuffer();
  if (await digest(body) !== sha256) throw new Error(`${path}: not the file of build ${BUILD.id}`);
  // A host that redirected (say /index.html to /) would make the stored answer unusable
  // for page loads, so the body is stored as a plain, unredirected response.
  return response.redirected
    ? new Response(body, { status: response.status, statusText: response.statusText, headers: response.headers })
    : response;
}

async function digest(buffer) {
  return hex(await crypto.subtle.digest('SHA-256', buffer));
}

function hex(buffer) {
  return Array.from(new Uint8Array(buffer), (b) => b.toString(16).padStart(2, '0')).join('');
}
