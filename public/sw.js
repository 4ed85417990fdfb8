// Offline cache for the built app (PRODUCT.md: works offline once loaded).
// Registered by src/ui/share/registerServiceWorker.ts in production builds only.
//
// - Install: fetch the page, cache it and every asset it names (./assets/…), so
//   the next visit needs no network even if this one was cut short; and every
//   file of asset-manifest.json (lazy chunks, the worker), so a part first used
//   offline is there too.
// - Pages (navigations, whatever their query: every link opens index.html):
//   the cached page at once, refreshed from the network in the background
//   (stale-while-revalidate), so a new release shows on the visit after.
// - Assets: cache first. Vite names them by content hash, so a cached file is
//   never stale; files first loaded later (the formula engine, the worker) are
//   cached when first used. The manifest and icons (public/) are cached at
//   install too, so the installed app opens offline with its icon.
// - A new release: when the background refresh brings a page that differs from
//   the cached one (and its assets are cached), every open page is told
//   ({ type: 'tokens-or-people:update' }) and offers to reload; a new version
//   of this file waits until a page asks it to take over ('skip-waiting').
// Plain JavaScript, no build step: Vite copies public/ as it is.
/* global self, caches, fetch, URL, Response */
'use strict';

const CACHE = 'tokens-or-people-v2';
const SCOPE = self.registration.scope;
const PAGE = new URL('./', SCOPE).href;
const ASSET = /(?:src|href)="(\.?\/?assets\/[^"?#]+)"/g;
/** public/ files the installed app needs offline: its manifest and icons. */
const STATIC = ['manifest.webmanifest', 'icon.svg', 'icon-192.png', 'icon-512.png'].map((f) => new URL(f, SCOPE).href);
const UPDATE = 'tokens-or-people:update';

async function cachePage(cache, response) {
  const html = await response.clone().text();
  await cache.put(PAGE, response);
  const named = [...html.matchAll(ASSET)].map((m) => new URL(m[1], SCOPE).href);
  return [...new Set([...named, ...(await manifest())])];
}

/** Every built asset, lazy chunks and the worker too (written by vite.config.ts). */
async function manifest() {
  try {
    const response = await fetch(new URL('./asset-manifest.json', SCOPE).href, { cache: 'no-cache' });
    if (!response.ok) return [];
    const files = await response.json();
    return Array.isArray(files) ? files.filter((f) => typeof f === 'string' && /^assets\/[\w.-]+$/.test(f)).map((f) => new URL(f, SCOPE).href) : [];
  } catch {
    return [];
  }
}

self.addEventListener('install', (event) => {
  event.waitUntil(
    (async () => {
      const cache = await caches.open(CACHE);
      const response = await fetch(PAGE, { cache: 'no-cache' });
      if (!response.ok) throw new Error(`page: HTTP ${response.status}`);
      await cache.addAll(await cachePage(cache, response));
      await cache.addAll(STATIC).catch(() => undefined);
      // The first worker takes over at once; a new version waits for a page to ask (the update prompt).
      if (!self.registration.active) await self.skipWaiting();
    })(),
  );
});

self.addEventListener('activate', (event) => {
  event.waitUntil(
    (async () => {
      for (const key of await caches.keys()) if (key !== CACHE && key.startsWith('tokens-or-people-')) await caches.delete(key);
      await self.clients.claim();
    })(),
  );
});

// The refresh of the page in flight, so a page that asks whether it is the
// latest release gets the answer after the refresh, not before.
let refreshing = Promise.resolve();

/** The entry script a page names (its release: Vite names it by content hash). */
const entryOf = (html) => /<script[^>]*type="module"[^>]*src="\.?\/?([^"]+)"/.exec(html)?.[1] ?? null;

self.addEventListener('message', (event) => {
  if (event.data === 'skip-waiting') {
    self.skipWaiting();
  } else if (event.data && event.data.type === 'tokens-or-people:check' && typeof event.data.page === 'string') {
    // A page asks whether the cached release is its own; if not, it offers to reload.
    event.waitUntil(
      (async () => {
        await refreshing;
        const cached = await (await caches.open(CACHE)).match(PAGE, { ignoreVary: true });
        const latest = cached ? entryOf(await cached.text()) : null;
        if (latest && latest !== event.data.page.replace(/^\.?\//, '')) event.source.postMessage({ type: UPDATE });
      })(),
    );
  }
});

async function tellPages() {
  for (const client of await self.clients.matchAll({ type: 'window' })) client.postMessage({ type: UPDATE });
}

async function page(event) {
  const { request } = event;
  const cache = await caches.open(CACHE);
  const cached = await cache.match(PAGE, { ignoreVary: true });
  const before = cached ? await cached.clone().text() : null;
  const fresh = fetch(request)
    .then(async (response) => {
      const type = response.headers.get('content-type') || '';
      if (response.ok && type.includes('text/html')) {
        const text = await response.clone().text();
        const assets = await cachePage(cache, response.clone());
        // The new release's assets, so it too opens offline.
        await Promise.all(assets.map(async (url) => (await cache.match(url, { ignoreVary: true })) || cache.add(url).catch(() => undefined)));
        // A new release is ready: the open pages offer to reload into it.
        if (before !== null && text !== before) await tellPages();
      }
      return response;
    })
    .catch(() => undefined);
  refreshing = fresh.then(() => undefined);
  event.waitUntil(fresh);
  if (cached) return cached;
  return (await fresh) || Response.error();
}

async function asset(request) {
  const cache = await caches.open(CACHE);
  // ignoreVary: module scripts are requested with an Origin header (crossorigin),
  // the install step cached them without one; a server's `Vary: Origin` must not
  // make the cached copy miss. The URL (content-hashed) names the file.
  const cached = await cache.match(request.url, { ignoreVary: true });
  if (cached) return cached;
  const response = await fetch(request);
  if (response.ok && response.type === 'basic') await cache.put(request, response.clone());
  return response;
}

self.addEventListener('fetch', (event) => {
  const { request } = event;
  if (request.method !== 'GET' || !request.url.startsWith(SCOPE)) return;
  if (request.mode === 'navigate') event.respondWith(page(event));
  else if (new URL(request.url).pathname.includes('/assets/') || STATIC.includes(request.url.split(/[?#]/)[0])) event.respondWith(asset(request));
});
