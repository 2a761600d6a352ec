// FactQuiz service worker: precaches every file of the build and serves them
// cache-first, so the app keeps working with the network gone. The list of
// files and the version are written by scripts/offline.mjs (a Trunk post_build
// hook), so hashed file names are always right.
const VERSION = '__VERSION__';
const FILES = __FILES__;
const CACHE = `factquiz-${VERSION}`;

self.addEventListener('install', (event) => {
  event.waitUntil(caches.open(CACHE).then((c) => c.addAll(FILES)).then(() => self.skipWaiting()));
});

self.addEventListener('activate', (event) => {
  event.waitUntil(
    caches.keys()
      .then((keys) => Promise.all(keys.filter((k) => k.startsWith('factquiz-') && k !== CACHE).map((k) => caches.delete(k))))
      .then(() => self.clients.claim()),
  );
});

self.addEventListener('fetch', (event) => {
  const req = event.request;
  if (req.method !== 'GET' || new URL(req.url).origin !== self.location.origin) return;
  event.respondWith(
    caches.open(CACHE).then(async (cache) => {
      // Navigations (any #/route) get the app shell.
      const hit = await cache.match(req.mode === 'navigate' ? './' : req, { ignoreSearch: true });
      return hit ?? fetch(req);
    }),
  );
});
