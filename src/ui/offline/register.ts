// Registers the offline service worker (dist/sw.js, written by src/build/offline.ts) in builds
// only: the dev server serves modules that change on every edit, and a worker there would serve
// stale ones. It tests the mode, not import.meta.env.PROD: a build made inside Vitest (the e2e
// tests) runs with NODE_ENV=test, which makes PROD false although the mode is 'production'. It waits for the page's load event and then for an idle moment,
// so it never delays the first paint or the first prompt. The URL is relative, as the build's
// base is './': the worker's scope is the folder the page is served from.

export function registerServiceWorker(): void {
  if (import.meta.env.MODE !== 'production' || !('serviceWorker' in navigator)) return;
  const register = (): void => {
    navigator.serviceWorker.register('./sw.js').catch(() => undefined);
  };
  const whenIdle = (): void => {
    if ('requestIdleCallback' in window) requestIdleCallback(register, { timeout: 3000 });
    else setTimeout(register, 0);
  };
  if (document.readyState === 'complete') whenIdle();
  else window.addEventListener('load', whenIdle, { once: true });
}
