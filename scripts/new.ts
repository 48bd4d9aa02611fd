/**
 * `npm run new` — scaffolds `content/entries/<slug>.mdx` as a draft that already
 * validates. With every flag it asks nothing; in a terminal it asks for what is
 * missing. Nothing is written unless every value is right.
 */
import { existsSync, mkdirSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { createInterface } from 'node:readline/promises';
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
import { EXIT, UsageError, parseFlags, runWhenMain, usageMessage, type Io, configFrom, useMessageLanguage } from './lib/cli.ts';

export const HELP = `Usage: npm run new [-- flags]

Creates content/entries/<slug>.mdx as a draft (draft: true) with front matter
that validates and the recommended sections to fill in. The slug comes from
the title (ä → ae, ö → oe, ü → ue, ß → ss). In a terminal, missing flags are
asked for; without a terminal every required flag must be given.

Flags:
  --kind <app|trend|value>         what the entry is about (required)
  --title <text>                   the entry's title, 3–90 characters (required)
  --mentor <id>[,<id>]             your id from content/mentors/ (required)
  --tags <id,id,…>                 1–6 tag ids from content/tags.yaml (required)
  --level <starter|explorer|pro>   the executive's experience level (required)
  --lang <de|en>                   language of the entry (default: the site's)
  -h, --help                       show this help

Example:
  npm run new -- --kind app --title "Sprachnachrichten" --mentor lena-hoffmann --tags messenger,voice-messages --level starter
`;

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
    if (!values.includes(raw)) throw new Error(expected(`one of ${values.join(', ')}`, raw, didYouMean(raw, values)));
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
      if (!slug) throw new Error(expected('a title with letters or digits', title));
      const file = path.join(ctx.entriesDir, `${slug}.mdx`);
      if (existsSync(file)) throw new Error(`expected a title whose file name is free, found "${title}": ${ctx.shownDir}/${slug}.mdx already exists – choose another title or edit that entry`);
      return title;
    },
    mentor(raw: string): string[] {
      if (ids.length === 0) throw new Error(`expected mentor profiles in ${ctx.shownDir.replace(/entries$/, 'mentors')}/, found none – add your profile first (see CONTRIBUTING.md)`);
      const picked = list(raw).map((v) => (/^\d+$/.test(v) && ctx.mentors[Number(v) - 1] ? ctx.mentors[Number(v) - 1]!.id : v));
      if (picked.length === 0) throw new Error(expected(`a mentor id (${ids.join(', ')})`, ''));
      for (const id of picked) if (!ids.includes(id)) throw new Error(expected(`a mentor id from content/mentors/ (${ids.join(', ')})`, id, didYouMean(id, ids)));
      return picked;
    },
    tags(raw: string): string[] {
      const picked = list(raw);
      if (picked.length < 1 || picked.length > 6) throw new Error(expected('1–6 tag ids separated by commas', picked.length));
      for (const id of picked) if (!ctx.tags.includes(id)) throw new Error(expected(`tag ids from content/tags.yaml (${ctx.tags.join(', ')})`, id, didYouMean(id, ctx.tags)));
      return picked;
    },
  };
}

type Validators = ReturnType<typeof validators>;

/** Asks for each missing value until the answer is right; the input ending stops with a usage error. */
async function ask(io: Io, missing: readonly Required[], ctx: Context, check: Validators): Promise<Partial<Record<Required, unknown>>> {
  const rl = createInterface({ input: io.stdin!, terminal: false });
  const lines = rl[Symbol.asyncIterator]();
  const answers: Partial<Record<Required, unknown>> = {};
  const prompts: Record<Required, string> = {
    kind: `Kind (${KINDS.join(', ')}): `,
    title: 'Title: ',
    mentor: `Mentor — your id or number:\n${ctx.mentors.map((m, i) => `  ${i + 1}) ${m.id} (${m.name}${m.active ? '' : ', no longer active'})`).join('\n')}\nMentor: `,
    tags: `Tags — 1–6 ids separated by commas, from: ${ctx.tags.join(', ')}\nTags: `,
    level: `Level (${LEVELS.join(', ')}): `,
  };
  try {
    for (const flag of missing) {
      let prompt = prompts[flag];
      for (;;) {
        io.stdout.write(prompt);
        const next = await lines.next();
        if (next.done) throw new UsageError(`--${flag}: expected an answer, found the end of the input – nothing was written`);
        try {
          answers[flag] = check[flag](String(next.value));
          break;
        } catch (e) {
          io.stdout.write(`  ✖ ${(e as Error).message}\n`);
          prompt = prompt.split('\n').at(-1)!;
        }
      }
    }
  } finally {
    rl.close();
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
      io.stdout.write(HELP);
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
          `missing ${missing.map((f) => `--${f}`).join(', ')}: expected every required flag (${REQUIRED.map((f) => `--${f}`).join(', ')}) when there is no terminal to ask in\n` +
            'Example: npm run new -- --kind app --title "Sprachnachrichten" --mentor lena-hoffmann --tags messenger --level starter',
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
    io.stderr.write(`--title: ${ctx.shownDir}/${slug}.mdx already exists – nothing was written\n`);
    return EXIT.usage;
  }
  const shown = `${ctx.shownDir}/${slug}.mdx`;
  io.stdout.write(`✔ Created ${shown} (draft: true)

Next steps:
  1. Write the summary and the sections in ${shown}.
  2. Preview: npm run dev, then open http://localhost:4321${withBase(config.base, routes.entry(slug))}
  3. Validate: npm run check
  4. When it is ready, delete the line "draft: true" and open a pull request.
`);
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
