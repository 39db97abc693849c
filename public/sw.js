// Offline support: after the first visit the app opens with no network.
// Same-origin GET requests are answered from the network when it is there (and the
// answer is kept), from the cache when it is not. The app shell is cached at
// install; the on-demand bundles are cached the first time they are used.
// A new version waits until the page asks it to take over (the update prompt).
const CACHE = 'kaigo-savings-v1';

self.addEventListener('install', (event) => {
  const scope = self.registration.scope;
  event.waitUntil(
    caches.open(CACHE).then(async (cache) => {
      const index = await fetch(scope, { cache: 'no-cache' });
      const html = await index.clone().text();
      await cache.put(scope, index);
      // Everything the page itself links to (hashed wasm, JS, CSS, icons).
      const links = [...html.matchAll(/(?:href|src)="\.?\/?([^"#?]+)"/g)]
        .map((m) => new URL(m[1], scope).href)
        .filter((u) => u.startsWith(scope));
      await Promise.all(links.map((u) => cache.add(u).catch(() => undefined)));
    }),
  );
});

self.addEventListener('activate', (event) => {
  event.waitUntil(
    caches.keys()
      .then((keys) => Promise.all(keys.filter((k) => k !== CACHE).map((k) => caches.delete(k))))
      .then(() => self.clients.claim()),
  );
});

self.addEventListener('message', (event) => {
  if (event.data === 'update') self.skipWaiting();
});

self.addEventListener('fetch', (event) => {
  const req = event.request;
  if (req.method !== 'GET' || !req.url.startsWith(self.registration.scope)) return;
  // The address may carry a share link (?v=…): the page itself is the same.
  const key = req.mode === 'navigate' ? self.registration.scope : req;
  event.respondWith(
    fetch(req)
      .then((res) => {
        if (res.ok) {
          const copy = res.clone();
          caches.open(CACHE).then((c) => c.put(key, copy));
        }
        return res;
      })
      .catch(() => caches.match(key).then((hit) => hit || Response.error())),
  );
});
