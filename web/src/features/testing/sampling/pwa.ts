import { preloadScanner } from './scanner';

/**
 * Makes the sampling page work without the network: registers the service worker (which keeps the app
 * shell), hands it the code this page already loaded so that it is cached too, and asks the browser to
 * keep the phone's database even when storage runs short. Only the sampling page does this.
 */
export async function prepareOffline(): Promise<void> {
  void navigator.storage?.persist?.().catch(() => false);
  const preloading = preloadScanner();
  // Service workers need https (or localhost); the dev server has no built assets to keep.
  if (!import.meta.env.PROD || !('serviceWorker' in navigator)) return;
  try {
    await navigator.serviceWorker.register('/sw.js', { scope: '/' });
    const registration = await navigator.serviceWorker.ready;
    await preloading;
    const loaded = performance
      .getEntriesByType('resource')
      .map((entry) => entry.name)
      .filter((url) => url.startsWith(`${location.origin}/assets/`));
    registration.active?.postMessage({ type: 'cache', urls: loaded });
  } catch {
    // No offline shell (e.g. plain http on a LAN address): the page works while it stays open.
  }
}
