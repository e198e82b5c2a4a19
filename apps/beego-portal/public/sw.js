// Keeps the Beego portal usable in a home without signal: the app and its files come from the cache
// when the network is away, and so does the last answer to "who is signed in", so a student who
// reloads offline still sees today's visits (kept by the app) and can log a visit.
const CACHE = 'beego-offline-v1';
const SHELL = '/beego/';
const ME = '/api/auth/me';

self.addEventListener('install', (event) => {
  self.skipWaiting();
  event.waitUntil(caches.open(CACHE).then((cache) => cache.add(SHELL)));
});

self.addEventListener('activate', (event) => {
  event.waitUntil(
    caches
      .keys()
      .then((keys) => Promise.all(keys.filter((key) => key !== CACHE).map((key) => caches.delete(key))))
      .then(() => self.clients.claim()),
  );
});

async function networkFirst(request, key) {
  const cache = await caches.open(CACHE);
  try {
    const response = await fetch(request);
    if (response.ok) await cache.put(key, response.clone());
    else if (response.status === 401 && key === ME) await cache.delete(ME);
    return response;
  } catch (error) {
    const cached = await cache.match(key);
    if (cached) return cached;
    throw error;
  }
}

async function cacheFirst(request) {
  const cache = await caches.open(CACHE);
  const cached = await cache.match(request);
  if (cached) return cached;
  const response = await fetch(request);
  if (response.ok) await cache.put(request, response.clone());
  return response;
}

self.addEventListener('fetch', (event) => {
  const { request } = event;
  const url = new URL(request.url);
  if (url.origin !== self.location.origin) return;
  if (
    request.method === 'POST' &&
    (url.pathname === '/api/auth/logout' || url.pathname === '/api/auth/login')
  ) {
    event.waitUntil(caches.open(CACHE).then((cache) => cache.delete(ME)));
    return;
  }
  if (request.method !== 'GET') return;
  if (request.mode === 'navigate' && url.pathname.startsWith('/beego')) {
    event.respondWith(networkFirst(request, SHELL));
  } else if (url.pathname.startsWith('/beego/assets/')) {
    event.respondWith(cacheFirst(request));
  } else if (url.pathname === ME) {
    event.respondWith(networkFirst(request, ME));
  }
});
