import type { Facet } from './entries.ts';

/** Makes a value safe inside a CSS attribute selector and an id. */
const cssToken = (value: string) => value.replace(/[^a-z0-9-]/gi, '');

export function filterInputId(facet: Facet, value: string): string {
  return `f-${facet}-${cssToken(value)}`;
}

/**
 * CSS that hides the cards not matching a checked filter, so the library index
 * filters without JavaScript. One rule per facet value; facets combine with AND.
 */
export function filterCss(options: ReadonlyMap<Facet, readonly string[]>): string {
  const rules: string[] = [];
  for (const [facet, values] of options) {
    for (const value of values) {
      const v = cssToken(value);
      rules.push(`body:has(#${filterInputId(facet, value)}:checked) [data-entry-item]:not([data-${facet}~="${v}"]){display:none}`);
    }
  }
  return rules.join('\n');
}
