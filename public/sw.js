// Offline support. The build fills in PRECACHE — every file of this build with its
// content revision — using Workbox's injectManifest (.tools/post-build.mjs), and a
// BUILD id derived from it, so each deploy is a new worker with a cache of its own.
// Install: every file is fetched into that cache: a file whose name carries its hash
// (revision null) may come from the HTTP cache, which the page has just filled, so
// a first visit downloads the program once; the others bypass the HTTP cache.
// Files: cache first (their names carry a hash). Pages: the network with a short
// timeout, then this build's index.html, so a bad connection never hangs the app.
// A new worker waits until the page asks for it (the update prompt); when it takes
// over, the caches of earlier builds are deleted.
const PRECACHE = self.__WB_MANIFEST;
const BUILD = '__BUILD__';
const PREFIX = 'kaigo-savings';
const CACHE = `${PREFIX}-${BUILD}`;
const PAGE_TIMEOUT_MS = 3000;
const scope = self.registration.scope;
const INDEX = new URL('index.html', scope).href;

self.addEventListener('install', (event) => {
  event.waitUntil(
    caches.open(CACHE).then((cache) =>
      cache.addAll(PRECACHE.map((e) => new Request(new URL(e.url, scope).href,
        { cache: e.revision === null ? 'default' : 'reload' })))),
  );
});

self.addEventListener('activate', (event) => {
  event.waitUntil(
    caches.keys()
      .then((keys) => Promise.all(keys
        .filter((k) => k.startsWith(PREFIX) && k !== CACHE)
        .map((k) => caches.delete(k))))
      .then(() => self.clients.claim()),
  );
});

self.addEventListener('message', (event) => {
  if (event.data === 'update') self.skipWaiting();
});

/** This build's index.html, or nothing. */
const cachedPage = () => caches.open(CACHE).then((c) => c.match(INDEX));

/** The page from the network; after PAGE_TIMEOUT_MS or on failure, the cached one. */
function page(request) {
  const network = fetch(request);
  const fallback = () => cachedPage().then((hit) => hit || network);
  const timeout = new Promise((resolve) => setTimeout(resolve, PAGE_TIMEOUT_MS)).then(fallback);
  return Promise.race([network.catch(fallback), timeout]);
}

self.addEventListener('fetch', (event) => {
  const request = event.request;
  if (request.method !== 'GET' || !request.url.startsWith(scope)) return;
  if (request.mode === 'navigate') {
    event.respondWith(page(request));
    return;
  }
  event.respondWith(
    caches.open(CACHE)
      .then((c) => c.match(request))
      .then((hit) => hit || fetch(request)),
  );
});
