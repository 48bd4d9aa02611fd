/**
 * Step 1 of the benchmark: compose a synthetic library of N entries from the sentence
 * bank. Pure: the same seed and sample taxonomy give the same entries, byte for byte.
 * Each entry is written three ways (our schema, stock Starlight, the bare floor) from
 * the same title, summary and body, so the three builds compare like with like.
 */
import { seeded, type Random } from './random.ts';
import { ANGLES, BULLETS, CONTEXTS, HEADINGS, RELATED_LINE, STEPS, SUMMARIES, TABLE_ROWS, TOPICS, WHAT, WHY, type Lang } from './prose.ts';
import { LEVELS, RINGS } from '../../src/schemas/entry.ts';
import { slugify } from '../../src/lib/slug.ts';
import { toIsoDay } from '../../src/lib/dates.ts';

export type Taxonomy = {
  mentors: string[];
  tags: string[];
  goals: { id: string; label: Record<Lang, string> }[];
};

export type SyntheticEntry = {
  slug: string;
  title: string;
  summary: string;
  lang: Lang;
  kind: 'app' | 'trend' | 'value';
  mentors: string[];
  published: string;
  updated?: string;
  tags: string[];
  goals: string[];
  level: (typeof LEVELS)[number];
  ring: (typeof RINGS)[number];
  history: { date: string; ring: (typeof RINGS)[number] }[];
  platforms: string[];
  links: { title: string; url: string }[];
  related: string[];
  featured: boolean;
  /** Markdown; internal links are written `/entries/<slug>/` and rewritten per site. */
  body: string;
  words: number;
};

export const WORDS = { min: 400, max: 700 } as const;
/** Every generated date lies before this day, so history dates are in the past on any later clock. */
const LAST_DAY = Date.UTC(2026, 5, 30);
const FIRST_DAY = Date.UTC(2023, 0, 1);
const DAY = 86_400_000;

const iso = (ms: number) => toIsoDay(new Date(ms));

/** Entry slugs are made as `npm run new` makes them. */
export { slugify };

export function countWords(markdown: string): number {
  return markdown.replace(/[#|*\-[\]()>]|\d+\./g, ' ').split(/\s+/).filter((w) => /[\p{L}\p{N}]/u.test(w)).length;
}

function fill(template: string, vars: Record<string, string>): string {
  return template.replace(/\{(\w+)\}/g, (_, key: string) => vars[key] ?? `{${key}}`);
}

const capitalise = (s: string) => s.charAt(0).toUpperCase() + s.slice(1);

/** Distinct (topic, context, angle) triples in a seeded order: unique titles without retries. */
function titleCombos(rng: Random, n: number): { topic: number; context: number; angle: number }[] {
  const contexts = CONTEXTS.de.length;
  const angles = ANGLES.de.length + 1; // +1: no angle prefix
  const total = TOPICS.length * contexts * angles;
  if (n > total) throw new Error(`--entries: expected at most ${total} entries (distinct titles the sentence bank can make), found ${n}`);
  // A walk with a step coprime to the total visits each combination once, in a scattered order.
  let step = Math.floor(total * 0.618);
  while (gcd(step, total) !== 1) step++;
  const start = rng.int(0, total - 1);
  return Array.from({ length: n }, (_, i) => {
    const k = (start + i * step) % total;
    return { topic: k % TOPICS.length, context: Math.floor(k / TOPICS.length) % contexts, angle: Math.floor(k / (TOPICS.length * contexts)) };
  });
}

function gcd(a: number, b: number): number {
  return b === 0 ? a : gcd(b, a % b);
}

/** Sentences drawn without replacement, so an entry repeats itself only once a pool is used up. */
function deck(rng: Random, pool: readonly string[], vars: Record<string, string>): () => string {
  let cards: string[] = [];
  return () => {
    if (cards.length === 0) cards = rng.shuffle(pool);
    return capitalise(fill(cards.pop()!, vars));
  };
}

type Parts = { lang: Lang; vars: Record<string, string>; rng: Random };

/** The body: headings, paragraphs, a list, a table, steps and links, grown to the target word count. */
function composeBody({ lang, vars, rng }: Parts, target: number, relatedLinks: { title: string; href: string }[], links: { title: string; url: string }[]): string {
  const h = HEADINGS[lang];
  const what = deck(rng, WHAT[lang], vars);
  const why = deck(rng, WHY[lang], vars);
  const whatParas = [[what(), what(), what()], [what(), what()]];
  const whyParas = [[why(), why(), why()], [why(), why()]];
  const bullets = rng.sample(BULLETS[lang], 4);
  const rows = rng.sample(TABLE_ROWS[lang], 4);
  const steps = rng.sample(STEPS[lang], 5);
  const render = () =>
    [
      `## ${h.what}`, '', ...whatParas.flatMap((p) => [p.join(' '), '']),
      `## ${h.why}`, '', whyParas[0]!.join(' '), '',
      ...bullets.map((b) => `- ${b}`), '',
      ...whyParas.slice(1).flatMap((p) => [p.join(' '), '']),
      ...relatedLinks.map((r) => fill(RELATED_LINE[lang], r)).flatMap((l) => [l, '']),
      `## ${h.glance}`, '',
      `| ${h.question} | ${h.answer} |`, '| --- | --- |',
      ...rows.map(([q, a]) => `| ${q} | ${a} |`), '',
      `## ${h.tryIt}`, '',
      ...steps.map((s, i) => `${i + 1}. ${fill(s, vars)}`), '',
      `## ${h.more}`, '',
      ...links.map((l) => `- [${l.title}](${l.url})`), '',
    ].join('\n');
  // Grow the prose, one sentence at a time and alternating sections, until the entry reaches its length.
  for (let i = 0; countWords(render()) < target && i < 60; i++) {
    const paras = i % 2 === 0 ? whatParas : whyParas;
    const last = paras.at(-1)!;
    if (last.length >= 5) paras.push([]);
    paras.at(-1)!.push(i % 2 === 0 ? what() : why());
  }
  return render();
}

export type GenerateOptions = { entries: number; seed: number; taxonomy: Taxonomy };

export function generateLibrary({ entries: n, seed, taxonomy }: GenerateOptions): SyntheticEntry[] {
  const rng = seeded(seed);
  const combos = titleCombos(rng, n);
  const heads = combos.map(({ topic, context, angle }) => {
    const lang: Lang = rng.chance(0.3) ? 'en' : 'de';
    const t = TOPICS[topic]!;
    const name = t[lang];
    const where = CONTEXTS[lang][context]!;
    const prefix = angle < ANGLES[lang].length ? `${ANGLES[lang][angle]}: ` : '';
    const title = `${prefix}${capitalise(name)} ${where}`;
    return { topic: t, lang, title, where };
  });
  const slugs = uniqueSlugs(heads.map((h) => h.title));

  return heads.map((head, i) => {
    const { topic, lang, title, where } = head;
    const goals = rng.sample(taxonomy.goals, rng.int(0, 2));
    const goalLabel = (goals[0] ?? rng.pick(taxonomy.goals)).label[lang];
    const vars = { topic: topic[lang], Topic: capitalise(topic[lang]), context: where, goal: goalLabel };
    const published = FIRST_DAY + rng.int(0, Math.floor((LAST_DAY - FIRST_DAY) / DAY) - 60) * DAY;
    const updated = rng.chance(0.3) ? Math.min(LAST_DAY, published + rng.int(10, 300) * DAY) : undefined;
    const extraTags = rng.sample(taxonomy.tags.filter((t) => !topic.tags.includes(t)), rng.int(0, 2));
    const related = rng.chance(0.6) ? rng.sample(slugs.filter((_, j) => j !== i), rng.int(1, 3)) : [];
    const ring = rng.pick(RINGS);
    const history = rng.chance(0.25) ? [{ date: iso(published - rng.int(100, 600) * DAY), ring: rng.pick(RINGS.filter((r) => r !== ring)) }] : [];
    const relatedLinks = related.slice(0, 1).map((s) => ({ title: heads[slugs.indexOf(s)]!.title, href: `/entries/${s}/` }));
    const target = rng.int(WORDS.min + 20, WORDS.max - 40);
    const body = composeBody({ lang, vars, rng }, target, relatedLinks, topic.links);
    return {
      slug: slugs[i]!,
      title,
      summary: fill(rng.pick(SUMMARIES[lang]), vars),
      lang,
      kind: topic.kind,
      mentors: rng.sample(taxonomy.mentors, rng.chance(0.2) ? 2 : 1),
      published: iso(published),
      ...(updated ? { updated: iso(updated) } : {}),
      tags: [...topic.tags, ...extraTags].slice(0, 6),
      goals: goals.map((g) => g.id),
      level: rng.pick(LEVELS),
      ring,
      history,
      platforms: topic.platforms ?? [],
      links: topic.links,
      related,
      featured: rng.chance(0.01),
      body,
      words: countWords(body),
    };
  });
}

function uniqueSlugs(titles: string[]): string[] {
  const seen = new Map<string, number>();
  return titles.map((t) => {
    const base = slugify(t);
    const count = seen.get(base) ?? 0;
    seen.set(base, count + 1);
    return count === 0 ? base : `${base}-${count + 1}`;
  });
}

const q = (s: string) => JSON.stringify(s);
const list = (items: readonly string[]) => `[${items.join(', ')}]`;

/** Our entry file: every field the schema knows, as a mentor would write it. */
export function toOursMdx(e: SyntheticEntry): string {
  const lines = [
    '---',
    `title: ${q(e.title)}`,
    `summary: ${q(e.summary)}`,
    `kind: ${e.kind}`,
    `lang: ${e.lang}`,
    `mentors: ${list(e.mentors)}`,
    `published: ${e.published}`,
    ...(e.updated ? [`updated: ${e.updated}`] : []),
    `tags: ${list(e.tags)}`,
    ...(e.goals.length ? [`goals: ${list(e.goals)}`] : []),
    `level: ${e.level}`,
    `ring: ${e.ring}`,
    ...(e.history.length ? ['history:', ...e.history.map((h) => `  - { date: ${h.date}, ring: ${h.ring} }`)] : []),
    ...(e.platforms.length ? [`platforms: ${list(e.platforms)}`] : []),
    ...(e.links.length ? ['links:', ...e.links.map((l) => `  - { title: ${q(l.title)}, url: ${q(l.url)} }`)] : []),
    ...(e.related.length ? [`related: ${list(e.related)}`] : []),
    ...(e.featured ? ['featured: true'] : []),
    '---',
    '',
  ];
  return `${lines.join('\n')}\n${e.body}`;
}

/** Stock Starlight: title and description; its pages live at `/<slug>/`. */
export function toStarlightMdx(e: SyntheticEntry): string {
  return `---\ntitle: ${q(e.title)}\ndescription: ${q(e.summary)}\n---\n\n${e.body.replaceAll('](/entries/', '](/')}`;
}

/** The bare floor: title, summary and language, same routes as ours. */
export function toBareMdx(e: SyntheticEntry): string {
  return `---\ntitle: ${q(e.title)}\nsummary: ${q(e.summary)}\nlang: ${e.lang}\n---\n\n${e.body}`;
}

/** Learning paths keep their texts and level but point at synthetic entries of that level. */
export function pathEntries(entries: readonly SyntheticEntry[], level: string, count = 6): string[] {
  return entries.filter((e) => e.level === level).slice(0, count).map((e) => e.slug);
}

/** Glossary terms point at up to two synthetic entries (chosen by the term's position). */
export function glossaryEntries(entries: readonly SyntheticEntry[], index: number): string[] {
  if (entries.length === 0 || index % 3 === 2) return [];
  const a = entries[(index * 37) % entries.length]!.slug;
  const b = entries[(index * 53 + 11) % entries.length]!.slug;
  return a === b ? [a] : [a, b];
}
