/**
 * Adds a library's stylesheet when its renderer loads. The CSS is imported
 * with `?url` (an asset) rather than as a module, because Astro would
 * otherwise link every stylesheet reachable from the page's scripts, even
 * behind a dynamic import, and the list page would download the map's CSS.
 */
const loaded = new Map<string, Promise<void>>();

export function loadStylesheet(href: string): Promise<void> {
  let done = loaded.get(href);
  if (!done) {
    done = new Promise((resolve, reject) => {
      const link = document.createElement('link');
      link.rel = 'stylesheet';
      link.href = href;
      link.addEventListener('load', () => resolve());
      link.addEventListener('error', () => reject(new Error(`stylesheet ${href} did not load`)));
      document.head.append(link);
    });
    loaded.set(href, done);
  }
  return done;
}
