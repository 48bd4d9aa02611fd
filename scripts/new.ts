/**
 * `npm run new` — scaffolds `content/entries/<slug>.mdx` as a draft that already
 * validates. With every flag it asks nothing; in a terminal it asks for what is
 * missing. Nothing is written unless every value is right.
 */
import { existsSync, mkdirSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { Writable } from 'node:stream';
import { checkbox, input, search, select } from '@inquirer/prompts';
import { parseDocument } from 'yaml';
import { KINDS, LANGS, LEVELS, entrySchema } from '../src/schemas/entry.ts';
import { expected } from '../src/schemas/fields.ts';
import { problemsFromZod } from '../src/schemas/problems.ts';
import { entryTemplate } from '../src/lib/template.ts';
import { slugify } from '../src/lib/slug.ts';
import { didYouMean } from '../src/lib/suggest.ts';
import { startOfDay, toIsoDay } from '../src/lib/dates.ts';
import { checkMdxBody } from '../src/lib/body-rules.ts';
import { splitFrontMatter } from '../src/lib/front-matter.ts';
import { routes, withBase } from '../src/lib/url.ts';
import { objectOf } from '../src/lib/schema-shape.ts';
import { loadLibrary } from './lib/load-library.ts';
import { msg } from '../src/i18n/messages.ts';
import { EXIT, UsageError, parseFlags, runWhenMain, usageMessage, type Io, configFrom, useMessageLanguage } from './lib/cli.ts';

/** The command's help, in the site's language. */
export const help = (): string => msg('help.new');

const options = {
  kind: { type: 'string' },
  title: { type: 'string' },
  mentor: { type: 'string' },
  tags: { type: 'string' },
  level: { type: 'string' },
  lang: { type: 'string' },
  help: { type: 'boolean', short: 'h' },
} as const;

/** The flags a mentor must give (or answer) before anything is written. */
const REQUIRED = ['kind', 'title', 'mentor', 'tags', 'level'] as const;
type Required = (typeof REQUIRED)[number];

type Answers = { kind: (typeof KINDS)[number]; title: string; mentors: string[]; tags: string[]; level: (typeof LEVELS)[number]; lang: (typeof LANGS)[number] };

type Context = {
  mentors: { id: string; name: string; active: boolean }[];
  tags: string[];
  entriesDir: string;
  shownDir: string;
};

const list = (raw: string) => [...new Set(raw.split(/[,\s]+/).map((s) => s.trim()).filter(Boolean))];


/** Each flag's check: the accepted value, or a message naming what was found and what is expected. */
function validators(ctx: Context) {
  const oneOf = <T extends readonly string[]>(values: T) => (raw: string): T[number] => {
    if (!values.includes(raw)) throw new Error(expected(msg('what.oneOf', { values: values.join(', ') }), raw, didYouMean(raw, values)));
    return raw as T[number];
  };
  const ids = ctx.mentors.map((m) => m.id);
  return {
    kind: oneOf(KINDS),
    level: oneOf(LEVELS),
    lang: oneOf(LANGS),
    title(raw: string): string {
      const title = raw.trim();
      const parsed = objectOf(entrySchema()).shape.title!.safeParse(title);
      if (!parsed.success) throw new Error(problemsFromZod('', parsed.error)[0]!.message);
      const slug = slugify(title);
      if (!slug) throw new Error(expected(msg('new.what.titleLetters'), title));
      const file = path.join(ctx.entriesDir, `${slug}.mdx`);
      if (existsSync(file)) throw new Error(msg('new.titleTaken', { title, file: `${ctx.shownDir}/${slug}.mdx` }));
      return title;
    },
    mentor(raw: string): string[] {
      if (ids.length === 0) throw new Error(msg('new.noMentors', { dir: `${ctx.shownDir.replace(/entries$/, 'mentors')}/` }));
      const picked = list(raw).map((v) => (/^\d+$/.test(v) && ctx.mentors[Number(v) - 1] ? ctx.mentors[Number(v) - 1]!.id : v));
      if (picked.length === 0) throw new Error(expected(msg('new.what.mentor', { ids: ids.join(', ') }), ''));
      for (const id of picked) if (!ids.includes(id)) throw new Error(expected(msg('new.what.mentorFrom', { ids: ids.join(', ') }), id, didYouMean(id, ids)));
      return picked;
    },
    tags(raw: string): string[] {
      const picked = list(raw);
      if (picked.length < 1 || picked.length > 6) throw new Error(expected(msg('new.what.tagCount'), picked.length));
      for (const id of picked) if (!ctx.tags.includes(id)) throw new Error(expected(msg('new.what.tagsFrom', { tags: ctx.tags.join(', ') }), id, didYouMean(id, ctx.tags)));
      return picked;
    },
  };
}

type Validators = ReturnType<typeof validators>;

/**
 * Asks for each missing value with @inquirer/prompts (a well-kept prompt library:
 * arrow keys, type-to-filter, validation that re-asks in place): selects for kind and
 * level, a searchable mentor list, a multi-select for tags, a text field for the title
 * that says at once why a title does not work. Flags skip their question.
 */
async function ask(io: Io, missing: readonly Required[], ctx: Context, check: Validators): Promise<Partial<Record<Required, unknown>>> {
  // A fresh output stream per question: a prompt ends the stream it was given when it is done.
  const context = () => ({ input: io.stdin!, output: new Writable({ write: (chunk, _encoding, done) => { io.stdout.write(String(chunk)); done(); } }) });
  const reason = (run: () => unknown): true | string => {
    try {
      run();
      return true;
    } catch (e) {
      return (e as Error).message;
    }
  };
  const answers: Partial<Record<Required, unknown>> = {};
  const questions: Record<Required, () => Promise<unknown>> = {
    kind: () => select({ message: msg('new.ask.kind'), choices: KINDS.map((value) => ({ value, name: msg(`new.kind.${value}`) })) }, context()),
    title: async () => check.title(await input({ message: msg('new.ask.title'), validate: (raw) => reason(() => check.title(raw)) }, context())),
    mentor: async () => [
      await search<string>({
        message: msg('new.ask.mentor'),
        source: (term) => {
          const needle = (term ?? '').toLowerCase();
          return ctx.mentors
            .filter((m) => !needle || m.id.includes(needle) || m.name.toLowerCase().includes(needle))
            .map((m) => ({ value: m.id, name: `${m.name} (${m.id})${m.active ? '' : msg('check.inactive')}` }));
        },
      }, context()),
    ],
    tags: () =>
      checkbox<string>({
        message: msg('new.ask.tags'),
        choices: ctx.tags.map((value) => ({ value })),
        validate: (picked) => reason(() => check.tags(picked.map((c) => c.value).join(','))),
        pageSize: 12,
      }, context()),
    level: () => select({ message: msg('new.ask.level'), choices: LEVELS.map((value) => ({ value, name: msg(`new.level.${value}`) })) }, context()),
  };
  let flag: Required = missing[0]!;
  try {
    for (flag of missing) answers[flag] = await questions[flag]();
  } catch (e) {
    // Ctrl+C, or the input ended: nothing is written.
    if ((e as Error).name === 'ExitPromptError' || (e as Error).name === 'AbortPromptError') throw new UsageError(msg('new.aborted', { flag }));
    throw e;
  }
  return answers;
}

export async function main(argv: string[], io: Io): Promise<number> {
  useMessageLanguage(io.env);
  let answers: Answers;
  let config;
  let ctx: Context;
  try {
    const { values } = parseFlags(argv, options, 'new');
    if (values.help) {
      io.stdout.write(help());
      return EXIT.ok;
    }
    config = configFrom(io.env);
    // Reads what exists even when other files have problems: a new entry should not wait for them.
    const { library } = loadLibrary(config.contentDir, startOfDay(io.now), io.cwd);
    const shownDir = `${path.relative(io.cwd, path.resolve(io.cwd, config.contentDir)) || '.'}/entries`;
    ctx = {
      mentors: library.mentors.map((m) => ({ id: m.id, name: m.data.name, active: m.data.active })).sort((a, b) => a.id.localeCompare(b.id)),
      tags: library.tags.map((t) => t.id),
      entriesDir: path.resolve(io.cwd, config.contentDir, 'entries'),
      shownDir,
    };
    const check = validators(ctx);

    const given: Partial<Record<Required | 'lang', unknown>> = {};
    const errors: string[] = [];
    for (const flag of [...REQUIRED, 'lang'] as const) {
      const raw = values[flag];
      if (raw === undefined) continue;
      try {
        given[flag] = check[flag](raw);
      } catch (e) {
        errors.push(`--${flag}: ${(e as Error).message}`);
      }
    }
    if (errors.length) throw new UsageError(errors.join('\n'));

    const missing = REQUIRED.filter((f) => values[f] === undefined);
    if (missing.length) {
      if (!io.stdin?.isTTY) {
        throw new UsageError(
          `${msg('new.missing', { missing: missing.map((f) => `--${f}`).join(', '), required: REQUIRED.map((f) => `--${f}`).join(', ') })}\n` +
            `${msg('new.example')} npm run new -- --kind app --title "Sprachnachrichten" --mentor lena-hoffmann --tags messenger --level starter`,
        );
      }
      Object.assign(given, await ask(io, missing, ctx, check));
    }
    answers = {
      kind: given.kind as Answers['kind'],
      title: given.title as string,
      mentors: given.mentor as string[],
      tags: given.tags as string[],
      level: given.level as Answers['level'],
      lang: (given.lang as Answers['lang'] | undefined) ?? config.locale,
    };
  } catch (error) {
    io.stderr.write(`${usageMessage(error)}\n`);
    return EXIT.usage;
  }

  const slug = slugify(answers.title);
  const text = entryTemplate({ ...answers, published: toIsoDay(startOfDay(io.now)) });
  assertValid(text);
  const file = path.join(ctx.entriesDir, `${slug}.mdx`);
  mkdirSync(ctx.entriesDir, { recursive: true });
  try {
    // `wx`: never overwrite, even if the file appeared while we were asking.
    writeFileSync(file, text, { flag: 'wx' });
  } catch (e) {
    if ((e as NodeJS.ErrnoException).code !== 'EEXIST') throw e;
    io.stderr.write(`--title: ${msg('new.exists', { file: `${ctx.shownDir}/${slug}.mdx` })}\n`);
    return EXIT.usage;
  }
  const shown = `${ctx.shownDir}/${slug}.mdx`;
  io.stdout.write(`${msg('new.created', { file: shown, url: `http://localhost:4321${withBase(config.base, routes.entry(slug))}` })}\n`);
  return EXIT.ok;
}

/** The scaffold must pass the same rules as any entry; if not, that is a bug here, not the mentor's. */
function assertValid(text: string): void {
  const parsed = entrySchema().safeParse(parseDocument(splitFrontMatter(text)?.yaml ?? '').toJS());
  const body = checkMdxBody(text).violations;
  if (!parsed.success || body.length) {
    const problems = [...(parsed.success ? [] : problemsFromZod('template', parsed.error).map((p) => `${p.field}: ${p.message}`)), ...body.map((v) => `line ${v.line}: ${v.message}`)];
    throw new Error(`the entry template does not validate (src/lib/template.ts):\n${problems.join('\n')}`);
  }
}

runWhenMain(import.meta, main);
