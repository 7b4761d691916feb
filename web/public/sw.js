/* global self, caches */
// The sampling page's service worker: keeps the app shell so the page opens and runs without the network.
// Navigations go to the network first and fall back to the kept index.html; built assets (content-hashed,
// never changed in place) come from the cache first. Nothing under /api/ is ever kept: scans wait in the
// page's IndexedDB queue instead.
const SHELL = 'fangkong-shell-v1';
const SHELL_FILES = ['/index.html', '/manifest.webmanifest', '/icons/icon-192.png', '/icons/icon-512.png'];

self.addEventListener('install', (event) => {
  event.waitUntil(
    caches
      .open(SHELL)
      .then((cache) => cache.addAll(SHELL_FILES))
      .then(() => self.skipWaiting()),
  );
});

self.addEventListener('activate', (event) => {
  event.waitUntil(
    caches
      .keys()
      .then((names) => Promise.all(names.filter((name) => name !== SHELL).map((name) => caches.delete(name))))
      .then(() => self.clients.claim()),
  );
});

function isAsset(url) {
  return url.origin === self.location.origin && url.pathname.startsWith('/assets/');
}

// The page sends the assets it loaded before this worker took control, so they are kept as well.
self.addEventListener('message', (event) => {
  const data = event.data;
  if (!data || data.type !== 'cache' || !Array.isArray(data.urls)) return;
  const urls = data.urls.filter((url) => typeof url === 'string' && isAsset(new URL(url)));
  event.waitUntil(
    caches
      .open(SHELL)
      .then((cache) =>
        Promise.all(
          urls.map((url) => cache.match(url).then((hit) => (hit ? undefined : cache.add(url).catch(() => undefined)))),
        ),
      ),
  );
});

async function navigation(request) {
  const cache = await caches.open(SHELL);
  try {
    const response = await fetch(request);
    // Every page address answers with the same single-page index.html: keep the newest.
    if (response.ok && (response.headers.get('content-type') || '').includes('text/html')) {
      await cache.put('/index.html', response.clone());
    }
    return response;
  } catch (error) {
    const kept = await cache.match('/index.html');
    if (kept) return kept;
    throw error;
  }
}

async function cacheFirst(request) {
  const cache = await caches.open(SHELL);
  const kept = await cache.match(request);
  if (kept) return kept;
  const response = await fetch(request);
  if (response.ok) await cache.put(request, response.clone());
  return response;
}

async function networkFirst(request) {
  const cache = await caches.open(SHELL);
  try {
    const response = await fetch(request);
    if (response.ok) await cache.put(request, response.clone());
    return response;
  } catch (error) {
    const kept = await cache.match(request);
    if (kept) return kept;
    throw error;
  }
}

self.addEventListener('fetch', (event) => {
  const request = event.request;
  if (request.method !== 'GET') return;
  const url = new URL(request.url);
  if (url.origin !== self.location.origin || url.pathname.startsWith('/api/')) return;
  if (request.mode === 'navigate') event.respondWith(navigation(request));
  else if (isAsset(url)) event.respondWith(cacheFirst(request));
  else if (SHELL_FILES.includes(url.pathname)) event.respondWith(networkFirst(request));
});
