/** The filter choices of the library index and the search page, labelled once (binding, not logic). */
import type { library } from '../content.ts';
import { facetCounts, type Facet } from '../lib/entries.ts';
import { KINDS, LANGS, LEVELS } from '../schemas/entry.ts';
import { langOf, type UI, type UIKey } from '../ui.ts';
import type { FilterOption } from './FilterGroup.astro';

type Lib = Awaited<ReturnType<typeof library>>;
export type FacetChoices = { facet: Facet; options: FilterOption[] }[];

/** Every value the library has for each facet, with its label in the UI language. */
export function facetChoices({ t, label }: UI, lib: Lib, langs: readonly string[] = LANGS): FacetChoices {
  return [
    { facet: 'kind', options: KINDS.map((k) => ({ value: k, label: t(`kind.${k}.plural`) })) },
    { facet: 'level', options: LEVELS.map((l) => ({ value: l, label: t(`level.${l}`) })) },
    { facet: 'tag', options: lib.tags.map((x) => ({ value: x.id, label: label(x) })) },
    { facet: 'goal', options: lib.goals.map((x) => ({ value: x.id, label: label(x) })) },
    { facet: 'mentor', options: lib.mentors.map((m) => ({ value: m.id, label: m.data.name })) },
    { facet: 'lang', options: langs.map((l) => ({ value: l, label: t(`lang.${l}` as UIKey) })) },
  ];
}

/** The library index's choices: only values some entry has, with their counts. */
export function facetOptions(ui: UI, lib: Lib): FacetChoices {
  return facetChoices(ui, lib).map(({ facet, options }) => {
    const counts = facetCounts(lib.entries, facet, langOf(undefined));
    return { facet, options: options.filter((o) => counts.has(o.value)).map((o) => ({ ...o, count: counts.get(o.value) })) };
  });
}
