/**
 * The one module that calls `getCollection`. It loads every collection once per
 * build, checks the rules across collections and hides drafts outside `astro dev`.
 * Pages ask it for what they show.
 */
import { readFileSync } from 'node:fs';
import { getCollection, render as renderEntry, type CollectionEntry } from 'astro:content';
import { BodyRuleError, checkMarkdownBody } from './lib/body-rules.ts';
import { validateLibrary, type Library } from './schemas/library.ts';
import { ContentError } from './schemas/problems.ts';
import { byNewest, groupBy, visible } from './lib/entries.ts';
import { today as readToday } from './today.ts';
import { byLevel } from './lib/levels.ts';
import { siteConfig } from '../site.config.ts';
import type { FeedbackData } from './lib/feedback/load.ts';
import { msg } from './i18n/messages.ts';

export type EntryItem = CollectionEntry<'entries'>;
export type MentorItem = CollectionEntry<'mentors'>;
export type TaxonomyEntry = CollectionEntry<'tags'> | CollectionEntry<'goals'>;
export type PathItem = CollectionEntry<'paths'>;

const file = (collection: string, entry: { id: string; filePath?: string }, fallback: string) =>
  entry.filePath ?? `${siteConfig.contentDir}/${collection}/${entry.id}${fallback}`;

async function load() {
  const [entries, mentors, tags, goals, paths, digests, glossary] = await Promise.all([
    getCollection('entries'),
    getCollection('mentors'),
    getCollection('tags'),
    getCollection('goals'),
    getCollection('paths'),
    getCollection('digests'),
    getCollection('glossary'),
  ]);
  const lib: Library = {
    entries: entries.map((e) => ({ id: e.id, file: file('entries', e, '.mdx'), data: e.data })),
    mentors: mentors.map((m) => ({ id: m.id, file: file('mentors', m, '.md'), data: m.data })),
    tags: tags.map((t) => ({ id: t.id, file: `${siteConfig.contentDir}/tags.yaml`, data: t.data })),
    goals: goals.map((g) => ({ id: g.id, file: `${siteConfig.contentDir}/goals.yaml`, data: g.data })),
    paths: paths.map((p) => ({ id: p.id, file: file('paths', p, '.yaml'), data: p.data })),
    digests: digests.map((d) => ({ id: d.id, file: file('digests', d, '.md'), data: d.data })),
    glossary: glossary.map((g) => ({ id: g.id, file: `${siteConfig.contentDir}/glossary.yaml`, data: g.data })),
  };
  // The build's "today" (src/today.ts) is read once here and handed to rules and pages as a parameter.
  const today = readToday();
  const problems = validateLibrary(lib, today, siteConfig.contentDir, siteConfig.locale);
  if (problems.length > 0) throw new ContentError(problems);

  const includeDrafts = import.meta.env.DEV;
  const published = visible(entries, includeDrafts).sort(byNewest);
  const publishedIds = new Set(published.map((e) => e.id));
  return {
    today,
    entries: published,
    bySlug: new Map(published.map((e) => [e.id, e])),
    mentors: [...mentors].sort((a, b) => a.data.name.localeCompare(b.data.name, 'de')),
    mentorById: new Map(mentors.map((m) => [m.id, m])),
    tags: [...tags].sort((a, b) => a.data.label[siteConfig.locale].localeCompare(b.data.label[siteConfig.locale], siteConfig.locale)),
    tagById: new Map(tags.map((t) => [t.id, t])),
    goals,
    goalById: new Map(goals.map((g) => [g.id, g])),
    // A path or digest that names a draft simply skips it in production.
    paths: paths
      .map((p) => ({ ...p, data: { ...p.data, entries: p.data.entries.filter((s) => publishedIds.has(s)) } }))
      .sort((a, b) => byLevel(a.data.level, b.data.level)),
    digests: [...digests].sort((a, b) => b.data.number - a.data.number),
    glossary: [...glossary].sort((a, b) => a.data.term.localeCompare(b.data.term, 'de')),
    byTag: groupBy(published, (e) => e.data.tags),
    byGoal: groupBy(published, (e) => e.data.goals),
    byMentor: groupBy(published, (e) => e.data.mentors),
    byKind: groupBy(published, (e) => [e.data.kind]),
  };
}

let cached: ReturnType<typeof load> | undefined;

/** Everything the pages need, loaded and checked once per build. */
export function library() {
  // The dev server reloads content on change, so it must not keep an old copy.
  if (import.meta.env.DEV || !cached) cached = load();
  return cached;
}

/** Entries referenced by slug, in the given order, skipping any that are not published. */
export async function entriesFor(slugs: readonly string[]) {
  const { bySlug } = await library();
  return slugs.map((s) => bySlug.get(s)).filter((e): e is EntryItem => e !== undefined);
}

/**
 * Renders an entry body, a mentor bio or a digest record. Astro's content loader
 * renders Markdown files (bios, digest records) while it loads them, and when the
 * body-rules plugin of the Markdown pipeline refuses one it only logs the failure and
 * keeps the text empty. A text that did not render is an error here: the same rules,
 * run once more on the file, name the file, line, rule and what to write instead.
 */
export async function render(entry: EntryItem | MentorItem | CollectionEntry<'digests'>) {
  if (entry.collection !== 'entries' && !entry.rendered && entry.body?.trim()) {
    const path = file(entry.collection, entry, '.md');
    const { violations } = checkMarkdownBody(readFileSync(path, 'utf8'));
    if (violations.length > 0) throw new BodyRuleError(path, violations, 'text');
    throw new Error(msg('build.renderFailed', { file: path }));
  }
  return renderEntry(entry);
}

/** The survey questions and answers of `content/feedback/` (validated by its loader), for `/program/`. */
export async function feedback(): Promise<FeedbackData> {
  const [item] = await getCollection('feedback');
  return (item?.data as FeedbackData | undefined) ?? { questions: [], periods: [], sample: false };
}
