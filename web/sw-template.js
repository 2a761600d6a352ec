// FactQuiz service worker: precaches every file of the build and serves them
// cache-first, so the app keeps working with the network gone. The text
// builder (LAZY) is only kept once it has been fetched: Your texts loads it.
// The lists of files and the version are written by scripts/offline.mjs (a
// Trunk post_build hook), so hashed file names are always right.
const VERSION = '__VERSION__';
const FILES = __FILES__;
const LAZY = __LAZY__;
const CACHE = `factquiz-${VERSION}`;

// The builder is kept too when an older version kept it (this device uses own
// texts), or when the browser's HTTP cache has it (Your texts opened before
// this service worker was installed).
async function keepBuilder(cache) {
  const old = await caches.keys();
  let used = false;
  for (const k of old) {
    if (k.startsWith('factquiz-') && k !== CACHE && (await (await caches.open(k)).match(LAZY[0] ?? '-', { ignoreSearch: true }))) used = true;
  }
  await Promise.all(LAZY.map(async (f) => {
    const r = await fetch(f, used ? {} : { cache: 'only-if-cached', mode: 'same-origin' }).catch(() => null);
    if (r && r.ok) await cache.put(f, r);
  }));
}

self.addEventListener('install', (event) => {
  event.waitUntil(caches.open(CACHE).then(async (c) => {
    await c.addAll(FILES);
    await keepBuilder(c);
  }).then(() => self.skipWaiting()));
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
      if (hit) return hit;
      const res = await fetch(req);
      const path = `.${new URL(req.url).pathname.replace(/^.*\//, '/')}`;
      if (res.ok && LAZY.includes(path)) await cache.put(req, res.clone());
      return res;
    }),
  );
});
