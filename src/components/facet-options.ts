/** Builds the filter options of the library index from the loaded library (binding, not logic). */
import type { library } from '../content.ts';
import { facetCounts, type Facet } from '../lib/entries.ts';
import { KINDS, LANGS, LEVELS } from '../schemas/entry.ts';
import { label, locale, t } from '../ui.ts';
import type { FilterOption } from './EntryFilters.astro';

type Lib = Awaited<ReturnType<typeof library>>;

export function facetOptions(lib: Lib): { facet: Facet; options: FilterOption[] }[] {
  const counts = (facet: Facet) => facetCounts(lib.entries, facet, locale);
  const options = (facet: Facet, values: readonly string[], name: (v: string) => string) => {
    const c = counts(facet);
    return values.filter((v) => c.has(v)).map((value) => ({ value, label: name(value), count: c.get(value) ?? 0 }));
  };
  return [
    { facet: 'kind', options: options('kind', KINDS, (v) => t(`kind.${v as (typeof KINDS)[number]}.plural`)) },
    { facet: 'level', options: options('level', LEVELS, (v) => t(`level.${v as (typeof LEVELS)[number]}`)) },
    { facet: 'tag', options: options('tag', lib.tags.map((x) => x.id), (v) => label(lib.tagById.get(v)!)) },
    { facet: 'goal', options: options('goal', lib.goals.map((x) => x.id), (v) => label(lib.goalById.get(v)!)) },
    { facet: 'mentor', options: options('mentor', lib.mentors.map((x) => x.id), (v) => lib.mentorById.get(v)!.data.name) },
    { facet: 'lang', options: options('lang', LANGS, (v) => t(`lang.${v as (typeof LANGS)[number]}`)) },
  ];
}
