// Runs before Sveltia CMS on /admin/ (a classic script, no bundler): keeps
// the editor on this host and in French.
//
// Sveltia CMS fetches its interface strings from a CDN; the site serves the
// same file (copied from the npm package at build) and this sends the
// request there. Any other request to another host is refused by the page's
// Content Security Policy, so none leaves the browser in local mode.
(() => {
  const PREFS = 'sveltia-cms.prefs';
  try {
    const prefs = JSON.parse(localStorage.getItem(PREFS) || '{}');
    if (!prefs.locale) localStorage.setItem(PREFS, JSON.stringify({ ...prefs, locale: 'fr' }));
  } catch {
    localStorage.setItem(PREFS, JSON.stringify({ locale: 'fr' }));
  }
  const LOCALES = /^https:\/\/unpkg\.com\/@sveltia\/cms@[^/]+\/locales\/([a-zA-Z-]+\.json)$/;
  const here = new URL('./', document.currentScript.src);
  const fetchFromNetwork = window.fetch.bind(window);
  window.fetch = (input, init) => {
    const url = typeof input === 'string' ? input : input instanceof URL ? input.href : input.url;
    const locale = LOCALES.exec(url);
    return fetchFromNetwork(locale ? new URL(`locales/${locale[1]}`, here).href : input, init);
  };
})();
