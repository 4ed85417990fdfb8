// Offline after the first visit (PRODUCT.md): public/sw.js caches the app.
// Only in production builds (the dev server's modules change on every edit),
// only over http(s) (not file://), with a scope relative to the page, so the
// app works from any folder of any static host.
//
// Updates: the worker refreshes the cached page in the background. When the
// cached release is newer than the one running (the page asks once loaded, and
// the worker tells open pages when a refresh brings one), or a new worker is
// waiting, updateReady() turns true and the page offers to reload
// (UpdatePrompt.tsx); applyUpdate() reloads into the new release.
const UPDATE = 'tokens-or-people:update';
const CHECK = 'tokens-or-people:check';

let ready = false;
let registration: ServiceWorkerRegistration | undefined;
const listeners = new Set<() => void>();

function announce() {
  if (ready) return;
  ready = true;
  for (const listener of [...listeners]) listener();
}

/** True once a new release is cached and waits for a reload. */
export const updateReady = () => ready;

export function subscribeUpdate(listener: () => void): () => void {
  listeners.add(listener);
  return () => listeners.delete(listener);
}

/** Reload into the new release: a waiting worker takes over first. */
export function applyUpdate() {
  const waiting = registration?.waiting;
  if (waiting && navigator.serviceWorker.controller) {
    navigator.serviceWorker.addEventListener('controllerchange', () => location.reload(), { once: true });
    waiting.postMessage('skip-waiting');
  } else {
    location.reload();
  }
}

/** The script this page runs: its release. */
const entryScript = () => document.querySelector('script[type="module"][src]')?.getAttribute('src') ?? '';

export function registerServiceWorker() {
  if (!import.meta.env.PROD || !('serviceWorker' in navigator)) return;
  if (location.protocol !== 'https:' && location.protocol !== 'http:') return;
  const sw = navigator.serviceWorker;
  sw.addEventListener('message', (event: MessageEvent) => {
    if ((event.data as { type?: string } | null)?.type === UPDATE) announce();
  });
  sw.startMessages();
  const register = () => {
    sw.register('./sw.js', { scope: './' })
      .then((reg) => {
        registration = reg;
        if (reg.waiting && sw.controller) announce();
        reg.addEventListener('updatefound', () => {
          const next = reg.installing;
          next?.addEventListener('statechange', () => {
            if (next.state === 'installed' && sw.controller) announce();
          });
        });
        // Is the cached release this page's? (The worker answers after its refresh.)
        sw.controller?.postMessage({ type: CHECK, page: entryScript() });
      })
      // A refused registration (private mode, a host without HTTPS) leaves the app as it is: online only.
      .catch(() => undefined);
  };
  if (document.readyState === 'complete') register();
  else window.addEventListener('load', register, { once: true });
}
