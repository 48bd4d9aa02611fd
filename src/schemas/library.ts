/**
 * Rules across collections: every id an entry, path, digest or glossary term names
 * must exist. Runs on already-parsed data, so the site and the scripts share it.
 */
import type { Entry } from './entry.ts';
import type { Mentor } from './mentor.ts';
import type { TaxonomyItem } from './taxonomy.ts';
import type { LearningPath } from './path.ts';
import type { DigestRecord } from './digest.ts';
import type { GlossaryTerm } from './glossary.ts';
import type { Problem } from './problems.ts';
import { didYouMean } from '../lib/suggest.ts';
import { toIsoDay } from '../lib/dates.ts';
import { msg } from '../i18n/messages.ts';
import { expectedCount } from './fields.ts';

export type Loaded<T> = { id: string; file: string; data: T };

export type Library = {
  entries: Loaded<Entry>[];
  mentors: Loaded<Mentor>[];
  tags: Loaded<TaxonomyItem>[];
  goals: Loaded<TaxonomyItem>[];
  paths: Loaded<LearningPath>[];
  digests: Loaded<DigestRecord>[];
  glossary: Loaded<GlossaryTerm>[];
};

const day = toIsoDay;

/**
 * `contentDir` is the content folder as messages show it, e.g. `content` or `tests/fixtures/library`;
 * `defaultLang` the language of an entry without `lang` (the site's first UI language).
 */
export function validateLibrary(lib: Library, today: Date, contentDir = 'content', defaultLang = 'de'): Problem[] {
  const problems: Problem[] = [];
  const ids = {
    entry: lib.entries.map((e) => e.id),
    mentor: lib.mentors.map((m) => m.id),
    tag: lib.tags.map((t) => t.id),
    goal: lib.goals.map((g) => g.id),
  };
  const refKey = { entry: 'ref.entry', mentor: 'ref.mentor', tag: 'ref.tag', goal: 'ref.goal' } as const;
  const where: Record<keyof typeof ids, string> = {
    entry: `${contentDir}/entries/`,
    mentor: `${contentDir}/mentors/`,
    tag: `${contentDir}/tags.yaml`,
    goal: `${contentDir}/goals.yaml`,
  };
  const error = (file: string, field: string, message: string) => problems.push({ file, field, message, severity: 'error' });
  const ref = (file: string, field: string, value: string, kind: keyof typeof ids) => {
    if (!ids[kind].includes(value)) {
      error(file, field, `${expectedCount(msg('what.refId', { kind: msg(refKey[kind]), where: where[kind] }), JSON.stringify(value))}${didYouMean(value, ids[kind])}`);
    }
  };
  const refs = (file: string, field: string, values: readonly string[], kind: keyof typeof ids) =>
    values.forEach((value, i) => ref(file, `${field}[${i}]`, value, kind));
  const duplicates = (items: readonly Loaded<unknown>[], what: 'kind.tag' | 'kind.goal' | 'kind.glossary') => {
    const seen = new Set<string>();
    for (const item of items) {
      if (seen.has(item.id)) error(item.file, 'id', expectedCount(msg('what.idOnce', { what: msg(what) }), msg('found.again', { value: item.id })));
      seen.add(item.id);
    }
  };
  duplicates(lib.tags, 'kind.tag');
  duplicates(lib.goals, 'kind.goal');
  duplicates(lib.glossary, 'kind.glossary');

  const titles = new Map<string, string>();
  for (const { id, file, data } of lib.entries) {
    refs(file, 'mentors', data.mentors, 'mentor');
    refs(file, 'tags', data.tags, 'tag');
    refs(file, 'goals', data.goals, 'goal');
    refs(file, 'related', data.related, 'entry');
    data.related.forEach((r, i) => {
      if (r === id) error(file, `related[${i}]`, expectedCount(msg('what.otherEntries'), msg('found.itself', { id })));
    });
    data.history.forEach((step, i) => {
      if (step.date >= today) error(file, `history[${i}].date`, expectedCount(msg('what.dayBeforeToday', { day: day(today) }), day(step.date)));
    });
    const key = data.title.trim().toLowerCase();
    const other = titles.get(key);
    if (other) error(file, 'title', expectedCount(msg('what.uniqueTitle'), msg('found.titleUsed', { title: data.title, other })));
    else titles.set(key, file);
  }
  translationRules(lib, defaultLang, error, (file, field, value) => ref(file, field, value, 'entry'));
  for (const { file, data } of lib.mentors) refs(file, 'topics', data.topics, 'tag');
  for (const { file, data } of lib.paths) refs(file, 'entries', data.entries, 'entry');
  for (const { file, data } of lib.digests) refs(file, 'entries', data.entries, 'entry');
  for (const { file, data } of lib.glossary) refs(file, 'entries', data.entries, 'entry');
  return problems;
}

/**
 * `translationOf` names the original an entry translates: an entry that exists, is not
 * the entry itself, is no translation itself, and is written in another language; an
 * original has at most one translation per language.
 */
function translationRules(
  lib: Library,
  defaultLang: string,
  error: (file: string, field: string, message: string) => void,
  ref: (file: string, field: string, value: string) => void,
) {
  const byId = new Map(lib.entries.map((e) => [e.id, e]));
  const langOf = (e: Loaded<Entry>) => e.data.lang ?? defaultLang;
  const taken = new Map<string, string>();
  for (const entry of lib.entries) {
    const { id, file, data } = entry;
    const target = data.translationOf;
    if (target === undefined) continue;
    const original = byId.get(target);
    if (!original) {
      ref(file, 'translationOf', target);
      continue;
    }
    if (target === id) {
      error(file, 'translationOf', msg('tr.self', { id }));
      continue;
    }
    if (original.data.translationOf !== undefined) {
      error(file, 'translationOf', msg('tr.chain', { target, original: original.data.translationOf ?? '' }));
      continue;
    }
    if (langOf(original) === langOf(entry)) {
      error(file, 'translationOf', msg('tr.sameLang', { lang: langOf(entry), target, otherLang: langOf(original) }));
      continue;
    }
    const key = `${target}\u0000${langOf(entry)}`;
    const other = taken.get(key);
    if (other) error(file, 'translationOf', msg('tr.twice', { target, lang: langOf(entry), other }));
    else taken.set(key, file);
  }
}
