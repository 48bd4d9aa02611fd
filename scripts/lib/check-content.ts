/**
 * Everything `npm run check` validates, as one function over a content folder:
 * front matter (strict schemas: unknown fields too) and cross-collection rules
 * (load-library.ts), the body rules for every Markdown text (src/lib/body-rules.ts, the
 * same plugin the site's Markdown pipeline runs: entry bodies, mentor bios, digest records), links between pages, images and covers, and the
 * review dates. It returns problems; printing is report.ts's job. The build runs it
 * too before it renders anything (src/integrations/content-check.ts).
 */
import { existsSync, statSync } from 'node:fs';
import path from 'node:path';
import { loadLibrary, lineOfKey, type SourceFile } from './load-library.ts';
import { unannounced } from '../../src/lib/digest/unannounced.ts';
import { dueByMentor, type MentorDue } from '../../src/lib/due-entries.ts';
import type { Problem } from '../../src/schemas/problems.ts';
import { checkMarkdownBody, checkMdxBody, type BodyReferences } from '../../src/lib/body-rules.ts';
import { didYouMean } from '../../src/lib/suggest.ts';
import { expectedCount } from '../../src/schemas/fields.ts';
import { msg } from '../../src/i18n/messages.ts';
import { loadFeedback } from '../../src/lib/feedback/load.ts';

export type CheckOptions = {
  /** The project folder; file names in messages are relative to it. */
  rootDir: string;
  /** The content folder, relative to `rootDir`. */
  contentDir: string;
  /** Today, for history and review dates. */
  today: Date;
  /** The site's origin (SITE_URL), so absolute links to the site are checked too. */
  site?: string;
};

export type CheckResult = {
  errors: Problem[];
  /** Problems that do not fail the check, e.g. a link to a draft. */
  warnings: Problem[];
  /** Entries past their review date, grouped by mentor (warnings too). */
  stale: MentorDue[];
  counts: { entries: number; mentors: number };
};

const IMAGE_EXTENSIONS = ['.avif', '.gif', '.jpeg', '.jpg', '.png', '.svg', '.webp'];

/** Site routes whose last segment is an id; links to them are checked. */
const LINKED = { entries: 'name.linkedEntry', tags: 'name.linkedTag', goals: 'name.linkedGoal', mentors: 'name.linkedMentor', paths: 'name.linkedPath' } as const;
type Linked = keyof typeof LINKED;

/**
 * The collection and id a link points at, when it is a link into the site:
 * `/entries/tiktok/`, `/kb/entries/tiktok`, `https://intranet/kb/tags/privacy/#x`.
 */
export function linkTarget(url: string, site?: string): { collection: Linked; id: string } | undefined {
  let rest = url.trim();
  if (site && rest.startsWith(site)) rest = rest.slice(site.length);
  if (!rest.startsWith('/') || rest.startsWith('//')) return undefined;
  const pathname = rest.replace(/[?#].*$/, '');
  const match = /\/(entries|tags|goals|mentors|paths)\/([^/]+)\/?$/.exec(pathname);
  if (!match) return undefined;
  return { collection: match[1] as Linked, id: decodeURIComponent(match[2]!) };
}

type Reference = { url: string; line: number; image?: { alt: string } };

/** Links and images of a body, as the body rules found them. */
const references = ({ links, images }: BodyReferences): Reference[] => [
  ...links,
  ...images.map(({ url, alt, line }) => ({ url, line, image: { alt } })),
];

const isObject = (v: unknown): v is Record<string, unknown> => typeof v === 'object' && v !== null && !Array.isArray(v) && !(v instanceof Date);

export function checkContent({ rootDir, contentDir, today, site }: CheckOptions): CheckResult {
  const { library, problems, sources } = loadLibrary(contentDir, today, rootDir);
  const prefix = path.relative(rootDir, path.resolve(rootDir, contentDir)) || '.';
  const all: Problem[] = [...problems];
  const error = (file: string, field: string, message: string, line?: number) => all.push({ file, field, message, line, severity: 'error' });
  const warn = (file: string, field: string, message: string, line?: number) => all.push({ file, field, message, line, severity: 'warning' });

  const inFolder = (folder: string) => [...sources.values()].filter((s) => s.file.startsWith(`${prefix}/${folder}/`));
  const entryFiles = inFolder('entries');
  const mentorFiles = inFolder('mentors');

  const tagsBroken = all.some((p) => p.file === `${prefix}/tags.yaml` && p.field === '');
  const ids: Record<Linked, string[]> = {
    entries: entryFiles.map((s) => s.id),
    mentors: mentorFiles.map((s) => s.id),
    tags: library.tags.map((t) => t.id),
    goals: library.goals.map((g) => g.id),
    paths: library.paths.map((p) => p.id),
  };
  const drafts = new Set(library.entries.filter((e) => e.data.draft).map((e) => e.id));

  for (const source of entryFiles) {
    const report = checkMdxBody(source.text);
    for (const v of report.violations) error(source.file, 'body', `[${v.rule}] ${v.message}`, v.line);
    const isDraft = drafts.has(source.id);
    for (const ref of references(report)) checkReference(source, ref, isDraft);
    checkCover(source);
  }

  function checkReference(source: SourceFile, { url, line, image }: Reference, isDraft: boolean) {
    if (image) {
      if (image.alt.trim() === '') error(source.file, 'body', expectedCount(msg('what.altText', { url }), msg('found.none')), line);
      if (/^[a-z][a-z0-9+.-]*:|^\/\//i.test(url)) {
        error(source.file, 'body', expectedCount(msg('what.localImage'), msg('found.remoteImage', { url })), line);
        return;
      }
      const file = url.startsWith('/') ? path.join(rootDir, 'public', url) : path.resolve(rootDir, path.dirname(source.file), decodeURI(url));
      if (!existsSync(file)) error(source.file, 'body', expectedCount(msg('what.imageAt', { file: path.relative(rootDir, file) }), msg('found.noneAtAll')), line);
      return;
    }
    if (/\.mdx?(?:[?#].*)?$/.test(url) && !/^[a-z][a-z0-9+.-]*:/i.test(url)) {
      const slug = path.basename(url.replace(/[?#].*$/, '')).replace(/\.mdx?$/, '');
      error(source.file, 'body', expectedCount(msg('what.pageLink', { slug }), msg('found.fileLink', { url })), line);
      return;
    }
    const target = linkTarget(url, site);
    // With tags.yaml unreadable every tag link would look broken; its syntax error is reported instead.
    if (!target || (target.collection === 'tags' && tagsBroken)) return;
    const known = ids[target.collection];
    const what = LINKED[target.collection];
    if (!known.includes(target.id)) {
      error(source.file, 'body', `${expectedCount(msg('what.existingLink', { what: msg(what) }), `"${url}"`)}${didYouMean(target.id, known)}`, line);
    } else if (target.collection === 'entries' && drafts.has(target.id) && !isDraft) {
      warn(source.file, 'body', expectedCount(msg('what.publishedLink'), msg('found.draftLink', { url })), line);
    }
  }

  function checkCover(source: SourceFile) {
    const cover = isObject(source.data) ? source.data.cover : undefined;
    if (!isObject(cover) || typeof cover.src !== 'string' || cover.src.trim() === '') return;
    const src = cover.src.trim();
    const line = lineOfKey(source, 'cover');
    // Addresses on other servers and other schemes are refused by the schema (localFile in src/schemas/fields.ts).
    if (/^[a-z][a-z0-9+.-]*:|^[/\\]/i.test(src)) return;
    const file = path.resolve(rootDir, path.dirname(source.file), src);
    const shown = path.relative(rootDir, file);
    if (!IMAGE_EXTENSIONS.includes(path.extname(file).toLowerCase())) {
      error(source.file, 'cover.src', expectedCount(msg('what.imageFile', { extensions: IMAGE_EXTENSIONS.join(', ') }), `"${src}"`), line);
    } else if (!existsSync(file) || !statSync(file).isFile()) {
      error(source.file, 'cover.src', expectedCount(msg('what.imageAt', { file: shown }), msg('found.noneAtAll')), line);
    }
  }

  // Mentor bios and digest records are plain Markdown: the same body rules, with the short allowlist of a text (no HTML at all).
  for (const source of [...mentorFiles, ...inFolder('digests')]) {
    for (const v of checkMarkdownBody(source.text).violations) error(source.file, 'body', `[${v.rule}] ${v.message}`, v.line);
  }

  // Entries dated on or before the last digest's end that no digest lists: the newsletter would never announce them.
  for (const u of unannounced(library.entries, library.digests, today)) warn(u.file, u.field, u.message);

  // Survey answers and questions (feedback/): checked by the loader the build's collection uses.
  all.push(...loadFeedback({ rootDir, contentDir }).problems);

  const reported = withLines(withoutEchoes(all, { sources, library, prefix }), sources);
  const byPlace = (a: Problem, b: Problem) => a.file.localeCompare(b.file) || (a.line ?? 0) - (b.line ?? 0);
  return {
    errors: reported.filter((p) => p.severity === 'error').sort(byPlace),
    warnings: reported.filter((p) => p.severity === 'warning').sort(byPlace),
    stale: dueByMentor(library, today),
    counts: { entries: entryFiles.length, mentors: mentorFiles.length },
  };
}

/**
 * One mistake, one message. When tags.yaml or goals.yaml cannot be read, every
 * tag or goal in every entry looks unknown; when an entry's front matter is
 * broken, every reference to it looks dangling. Those echoes are dropped: the
 * syntax or schema error that causes them is reported.
 */
function withoutEchoes(problems: Problem[], { sources, library, prefix }: { sources: Map<string, SourceFile>; library: { entries: { id: string }[] }; prefix: string }): Problem[] {
  const unreadable = (name: string) => problems.some((p) => p.file === `${prefix}/${name}` && p.field === '');
  const echoFields = [
    ...(unreadable('tags.yaml') ? [/^(tags|topics)\[\d+\]$/] : []),
    ...(unreadable('goals.yaml') ? [/^goals\[\d+\]$/] : []),
  ];
  const loaded = new Set(library.entries.map((e) => e.id));
  const invalidEntries = [...sources.values()].filter((s) => s.file.startsWith(`${prefix}/entries/`) && !loaded.has(s.id)).map((s) => s.id);
  return problems.filter((p) => {
    if (echoFields.some((re) => re.test(p.field))) return false;
    if (/(^|\.)(related|entries)\[\d+\]$/.test(p.field)) {
      const found = /(?:found|gefunden) "([^"]+)"/.exec(p.message)?.[1];
      if (found && invalidEntries.includes(found)) return false;
    }
    return true;
  });
}

/** Problems found after parsing (references, missing fields) get the line of their top-level field. */
function withLines(problems: Problem[], sources: Map<string, SourceFile>): Problem[] {
  return problems.map((p) => {
    if (p.line !== undefined || !p.field) return p;
    const source = sources.get(p.file);
    const top = p.field.split(/[.[]/)[0] ?? '';
    const line = source && top ? lineOfKey(source, top) : undefined;
    return line ? { ...p, line } : p;
  });
}
