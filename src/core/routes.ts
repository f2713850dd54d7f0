/**
 * The site's named pages in each language. Navigation, footer, language
 * switch and site map read from here so a renamed page changes in one place.
 * A route without an English path links English readers to the French page.
 */
import type { Language } from './schema/site.ts';

export interface Route {
  fr: string;
  en?: string;
}

export const routes = {
  home: { fr: '/', en: '/en/' },
  findHelp: { fr: '/ressources/', en: '/en/directory/' },
  /** Every help line in full: the page behind the help-now strip's "more" link. */
  helpNow: { fr: '/aide-immediate/', en: '/en/help-now/' },
  openData: { fr: '/donnees/' },
  learn: { fr: '/s-informer/', en: '/en/learn/' },
  sism: { fr: '/sism/' },
  agenda: { fr: '/agenda/' },
  press: { fr: '/presse/', en: '/en/press/' },
  clsm: { fr: '/le-clsm/', en: '/en/about/' },
  contact: { fr: '/contact/', en: '/en/contact/' },
  legal: { fr: '/mentions-legales/', en: '/en/legal-notice/' },
  accessibility: { fr: '/accessibilite/', en: '/en/accessibility/' },
  privacy: { fr: '/confidentialite/', en: '/en/privacy/' },
  siteMap: { fr: '/plan-du-site/', en: '/en/site-map/' },
  // Site search (issue #9)
  search: { fr: '/recherche/', en: '/en/search/' },
  // Information section (issue #6)
  brochures: { fr: '/s-informer/brochures/' },
  myths: { fr: '/s-informer/idees-recues/', en: '/en/learn/myths/' },
  glossary: { fr: '/s-informer/glossaire/' },
  news: { fr: '/actualites/' },
  observatory: { fr: '/le-clsm/observatoire/' },
  actionPlan: { fr: '/le-clsm/plan-d-action/' },
  governance: { fr: '/le-clsm/instances/' },
  reports: { fr: '/le-clsm/bilans/' },
  officialsTraining: { fr: '/le-clsm/formation-des-elus/' },
  complexSituations: { fr: '/le-clsm/situations-complexes/' },
} as const satisfies Record<string, Route>;

export type RouteName = keyof typeof routes;

/** A link target for `lang`, and the language of the page it leads to. */
export function routeFor(name: RouteName, lang: Language): { href: string; lang: Language } {
  const route: Route = routes[name];
  if (lang === 'en' && route.en) return { href: route.en, lang: 'en' };
  return { href: route.fr, lang: 'fr' };
}
