/**
 * Shared Intl formatters. Creating an Intl object costs tens of
 * microseconds; a page of the directory formats dozens of days, dates and
 * language names, so with 10,000 entries creating them per call cost more
 * than rendering the pages. One object per locale and set of options.
 */
const formatters = new Map<string, Intl.DateTimeFormat | Intl.DisplayNames | Intl.NumberFormat>();

function cached<T extends Intl.DateTimeFormat | Intl.DisplayNames | Intl.NumberFormat>(kind: string, locale: string, options: object, create: () => T): T {
  const key = `${kind} ${locale} ${JSON.stringify(options)}`;
  let formatter = formatters.get(key) as T | undefined;
  if (!formatter) {
    formatter = create();
    formatters.set(key, formatter);
  }
  return formatter;
}

export function dateTimeFormat(locale: string, options: Intl.DateTimeFormatOptions): Intl.DateTimeFormat {
  return cached('date', locale, options, () => new Intl.DateTimeFormat(locale, options));
}

export function displayNames(locale: string, options: Intl.DisplayNamesOptions): Intl.DisplayNames {
  return cached('names', locale, options, () => new Intl.DisplayNames([locale], options));
}

export function numberFormat(locale: string, options: Intl.NumberFormatOptions): Intl.NumberFormat {
  return cached('number', locale, options, () => new Intl.NumberFormat(locale, options));
}
