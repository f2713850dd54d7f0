// Runs before Sveltia CMS on /admin/ (a classic script, no bundler): keeps
// the editor on this host and in French.
//
// Sveltia CMS fetches its interface strings from a CDN; the site serves the
// same file (copied from the npm package at build) and this sends the
// request there. Other requests to another host than this site and the
// forge (a forge's status page) are refused here, before the page's Content
// Security Policy would: none leaves the browser in local mode.
(() => {
  const PREFS = 'sveltia-cms.prefs';
  try {
    const prefs = JSON.parse(localStorage.getItem(PREFS) || '{}');
    if (!prefs.locale) localStorage.setItem(PREFS, JSON.stringify({ ...prefs, locale: 'fr' }));
  } catch {
    localStorage.setItem(PREFS, JSON.stringify({ locale: 'fr' }));
  }
  const LOCALES = /^https:\/\/unpkg\.com\/@sveltia\/cms@[^/]+\/locales\/([a-zA-Z-]+\.json)$/;
  // Its check for a newer version reads the version the site serves.
  const VERSION = /^https:\/\/unpkg\.com\/@sveltia\/cms\/package\.json$/;
  const here = new URL('./', document.currentScript.src);
  const forge = document.currentScript.dataset.forge;
  const allowed = (url) => url.startsWith(location.origin + '/') || url.startsWith('blob:') || url.startsWith('data:') || (forge && url.startsWith(forge + '/'));
  const fetchFromNetwork = window.fetch.bind(window);
  window.fetch = (input, init) => {
    const url = typeof input === 'string' ? input : input instanceof URL ? input.href : input.url;
    const locale = LOCALES.exec(url);
    // Without the caller's abort signal: the editor gives up after 5 s and falls back to
    // English, which a loaded laptop can exceed; the file comes from this site anyway.
    if (locale) return fetchFromNetwork(new URL(`locales/${locale[1]}`, here).href);
    if (VERSION.test(url)) return fetchFromNetwork(new URL('package.json', here).href, init);
    if (!allowed(new URL(url, location.href).href)) return Promise.reject(new TypeError(`Not sent: this site's editor talks to no other host (${url})`));
    return fetchFromNetwork(input, init);
  };
})();
