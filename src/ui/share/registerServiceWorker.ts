// Offline after the first visit (PRODUCT.md): public/sw.js caches the app.
// Only in production builds (the dev server's modules change on every edit),
// only over http(s) (not file://), with a scope relative to the page, so the
// app works from any folder of any static host.
export function registerServiceWorker() {
  if (!import.meta.env.PROD || !('serviceWorker' in navigator)) return;
  if (location.protocol !== 'https:' && location.protocol !== 'http:') return;
  const register = () => {
    // A refused registration (private mode, a host without HTTPS) leaves the app as it is: online only.
    navigator.serviceWorker.register('./sw.js', { scope: './' }).catch(() => undefined);
  };
  if (document.readyState === 'complete') register();
  else window.addEventListener('load', register, { once: true });
}
