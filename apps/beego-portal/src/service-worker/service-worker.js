// Keeps the Beego portal usable in a home without signal. At install it stores every file of this
// build (listed by the build itself), so any page of the portal opens offline after the app was
// installed or any page was opened once, also a page never visited and also right after an update.
// The last answer to "who is signed in" is kept apart, so an update does not sign the student out
// offline; logged visits wait in the app's own outbox.
const VERSION = '__VERSION__';
const PRECACHE = `beego-precache-${VERSION}`;
const SESSION = 'beego-session-v1';
const BASE = '__BASE__';
const FILES = self.__PRECACHE__;
const ME = '/api/auth/me';

async function rememberMe(response) {
  const cache = await caches.open(SESSION);
  if (response.ok) await cache.put(ME, response.clone());
  else if (response.status === 401) await cache.delete(ME);
}

self.addEventListener('install', (event) => {
  self.skipWaiting();
  event.waitUntil(caches.open(PRECACHE).then((cache) => cache.addAll(FILES)));
});

self.addEventListener('activate', (event) => {
  event.waitUntil(
    (async () => {
      const keys = await caches.keys();
      await Promise.all(
        keys.filter((key) => key !== PRECACHE && key !== SESSION).map((key) => caches.delete(key)),
      );
      await self.clients.claim();
      // The page that installed this worker may have signed in before it took over: ask once.
      try {
        await rememberMe(await fetch(ME, { credentials: 'same-origin' }));
      } catch {
        // Offline at activation: the next answer is kept.
      }
    })(),
  );
});

async function navigation(request) {
  try {
    return await fetch(request);
  } catch (error) {
    const shell = await caches.match(BASE, { cacheName: PRECACHE });
    if (shell) return shell;
    throw error;
  }
}

async function precached(request) {
  const cached = await caches.match(request, { cacheName: PRECACHE });
  if (cached) return cached;
  const response = await fetch(request);
  if (response.ok) await (await caches.open(PRECACHE)).put(request, response.clone());
  return response;
}

async function me(request) {
  try {
    const response = await fetch(request);
    await rememberMe(response);
    return response;
  } catch (error) {
    const cached = await caches.match(ME, { cacheName: SESSION });
    if (cached) return cached;
    throw error;
  }
}

async function signIn(request) {
  const response = await fetch(request);
  // The login answers with who signed in: the same as "who is signed in" afterwards.
  if (response.ok) await rememberMe(response);
  return response;
}

self.addEventListener('fetch', (event) => {
  const { request } = event;
  const url = new URL(request.url);
  if (url.origin !== self.location.origin) return;
  if (request.method === 'POST' && url.pathname === '/api/auth/logout') {
    event.waitUntil(caches.open(SESSION).then((cache) => cache.delete(ME)));
    return;
  }
  if (request.method === 'POST' && url.pathname === '/api/auth/login') {
    event.respondWith(signIn(request));
    return;
  }
  if (request.method !== 'GET') return;
  if (request.mode === 'navigate' && url.pathname.startsWith(BASE.replace(/\/$/, ''))) {
    event.respondWith(navigation(request));
  } else if (url.pathname.startsWith(BASE)) {
    event.respondWith(precached(request));
  } else if (url.pathname === ME) {
    event.respondWith(me(request));
  }
});
