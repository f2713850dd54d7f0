/**
 * `{name}` placeholders replaced by `values`; unknown ones are left as they
 * are. The one way strings are filled: by `t()` on the server and by the
 * custom elements in the browser.
 */
export function fill(template: string, values: Readonly<Record<string, string | number>> = {}): string {
  return template.replace(/\{(\w+)\}/g, (whole, name: string) => (name in values ? String(values[name]) : whole));
}
