import { PassThrough } from 'node:stream';
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { main } from '../../../scripts/new.ts';
import { main as check } from '../../../scripts/check.ts';
import { cleanUp, project, run } from './harness.ts';

afterAll(cleanUp);

const FLAGS = ['--kind', 'app', '--title', 'Sprachnachrichten im Job', '--mentor', 'lena-hoffmann', '--tags', 'messenger,voice-messages', '--level', 'starter'];
const EN = { SITE_LOCALE: 'en' };
const entries = (root: string) => readdirSync(path.join(root, 'content/entries')).sort();

/** A stand-in for a terminal: `isTTY` says "ask me"; keys are typed by `drive`. */
function terminal() {
  return Object.assign(new PassThrough(), { isTTY: true });
}

const KEY = { end: 'END', enter: '\r', down: '\u001b[B', space: ' ', backspace: '\u007f' } as const;

/**
 * Runs `npm run new` in a stand-in terminal: each step waits until the screen shows
 * its text, then types its keys, as a person answering the prompts would.
 */
async function drive(argv: string[], root: string, steps: [waitFor: string, keys: string[]][], env: Record<string, string> = { SITE_LOCALE: 'en' }) {
  const stdin = terminal();
  let stdout = '';
  let stderr = '';
  const done = main(argv, { cwd: root, now: new Date('2026-06-01T09:30:00Z'), env, stdin, stdout: { write: (s: string) => (stdout += s) }, stderr: { write: (s: string) => (stderr += s) } });
  let seen = 0;
  for (const [waitFor, keys] of steps) {
    for (let i = 0; i < 200; i++) {
      const at = stdout.indexOf(waitFor, seen);
      if (at >= 0) { seen = at + waitFor.length; break; }
      await new Promise((r) => setTimeout(r, 25));
    }
    for (const key of keys) {
      if (key === KEY.end) { stdin.end(); continue; }
      stdin.write(key);
      await new Promise((r) => setTimeout(r, 30));
    }
  }
  const code = await done;
  // Prompts redraw with ANSI codes; the test reads the words.
  return { code, stdout: stdout.replace(/\u001b\[[0-9;?]*[A-Za-z]/g, ''), stderr, stdin };
}

describe('npm run new with flags', () => {
  it('writes a draft with the recommended sections and asks nothing', async () => {
    const root = project();
    const { code, stdout, stderr } = await run(main, [...FLAGS, '--lang', 'de'], { cwd: root, env: EN });
    expect(stderr).toBe('');
    expect(code).toBe(0);
    expect(stdout).toMatchInlineSnapshot(`
      "✔ Created content/entries/sprachnachrichten-im-job.mdx (draft: true)

      Next steps:
        1. Write the summary and the sections in content/entries/sprachnachrichten-im-job.mdx.
        2. Preview: npm run dev, then open http://localhost:4321/entries/sprachnachrichten-im-job/
        3. Validate: npm run check
        4. When it is ready, delete the line "draft: true" and open a pull request.
      "
    `);
    expect(readFileSync(path.join(root, 'content/entries/sprachnachrichten-im-job.mdx'), 'utf8')).toMatchInlineSnapshot(`
      "---
      title: "Sprachnachrichten im Job"
      summary: "Ein bis zwei Sätze: Was ist es, und warum sollten Führungskräfte es kennen?"
      kind: app
      lang: de
      mentors: [lena-hoffmann]
      published: 2026-06-01
      tags: [messenger, voice-messages]
      level: starter
      ring: rising
      draft: true
      ---

      ## Was ist das?

      Beschreibe in wenigen Absätzen, was es ist und wie es genutzt wird.

      ## Warum es für uns wichtig ist

      Was bedeutet das für unsere Kundenkommunikation, unser Recruiting oder unsere Zusammenarbeit?

      ## Selbst ausprobieren

      <TryIt>

      1. Erster Schritt, den deine Mentee selbst ausprobieren kann.
      2. Zweiter Schritt.

      </TryIt>

      ## Quellen

      Jede Zahl im Text braucht eine Quelle im Feld \`sources\`.
      "
    `);
  });

  it('writes an entry that passes npm run check', async () => {
    const root = project();
    await run(main, FLAGS, { cwd: root });
    const result = await run(check, [], { cwd: root, env: EN });
    expect(result.code).toBe(0);
    expect(result.stdout).toMatchInlineSnapshot(`
      "✔ 4 entries, 2 mentors checked, no errors
      "
    `);
  });

  it('makes the slug from the title: umlauts as ae/oe/ue, ß as ss', async () => {
    const root = project();
    await run(main, ['--kind', 'value', '--title', 'Größe zeigen: Über Fehler reden, Ärger teilen', '--mentor', 'noah-becker', '--tags', 'feedback', '--level', 'pro'], { cwd: root });
    expect(entries(root)).toContain('groesse-zeigen-ueber-fehler-reden-aerger-teilen.mdx');
  });

  it('writes English sections with --lang en', async () => {
    const root = project();
    await run(main, [...FLAGS, '--lang', 'en'], { cwd: root });
    const text = readFileSync(path.join(root, 'content/entries/sprachnachrichten-im-job.mdx'), 'utf8');
    expect(text).toContain('lang: en');
    expect(text.match(/^## .*/gm)).toEqual(['## What it is', '## Why it matters for us', '## Try it yourself', '## Sources']);
  });

  it('uses the site language when --lang is not given', async () => {
    const root = project();
    await run(main, FLAGS, { cwd: root, env: { SITE_LOCALE: 'en' } });
    expect(readFileSync(path.join(root, 'content/entries/sprachnachrichten-im-job.mdx'), 'utf8')).toContain('lang: en');
  });

  it('accepts several mentors', async () => {
    const root = project();
    await run(main, [...FLAGS.slice(0, 4), '--mentor', 'lena-hoffmann,noah-becker', ...FLAGS.slice(6)], { cwd: root });
    expect(readFileSync(path.join(root, 'content/entries/sprachnachrichten-im-job.mdx'), 'utf8')).toContain('mentors: [lena-hoffmann, noah-becker]');
  });
});

describe('npm run new refuses bad input: a clear message, exit 2, no file', () => {
  async function refused(argv: string[]) {
    const root = project();
    const before = entries(root);
    const result = await run(main, argv, { cwd: root, env: EN });
    expect(result.code).toBe(2);
    expect(result.stdout).toBe('');
    expect(entries(root)).toEqual(before);
    return result.stderr;
  }

  it('refuses a title whose slug exists', async () => {
    expect(await refused(['--kind', 'app', '--title', 'TikTok', '--mentor', 'lena-hoffmann', '--tags', 'short-video', '--level', 'starter'])).toMatchInlineSnapshot(`
      "--title: expected a title whose file name is free, found "TikTok": content/entries/tiktok.mdx already exists – choose another title or edit that entry
      "
    `);
  });

  it('names every wrong flag at once, with the allowed values', async () => {
    expect(await refused(['--kind', 'ap', '--title', 'Neu', '--mentor', 'lena', '--tags', 'mesenger', '--level', 'expert', '--lang', 'fr'])).toMatchInlineSnapshot(`
      "--kind: expected one of app, trend, value, found "ap" — did you mean "app"?
      --mentor: expected a mentor id from content/mentors/ (lena-hoffmann, noah-becker), found "lena" — did you mean "lena-hoffmann"?
      --tags: expected tag ids from content/tags.yaml (messenger, short-video, voice-messages, feedback), found "mesenger" — did you mean "messenger"?
      --level: expected one of starter, explorer, pro, found "expert"
      --lang: expected one of de, en, found "fr"
      "
    `);
  });

  it('refuses a title that is too short', async () => {
    expect(await refused([...FLAGS.slice(0, 2), '--title', 'Go', ...FLAGS.slice(4)])).toMatchInlineSnapshot(`
      "--title: expected at least 3 characters, found 2 characters
      "
    `);
  });

  it('refuses more than six tags', async () => {
    expect(await refused([...FLAGS.slice(0, 6), '--tags', 'a,b,c,d,e,f,g', ...FLAGS.slice(8)])).toMatchInlineSnapshot(`
      "--tags: expected 1–6 tag ids separated by commas, found 7
      "
    `);
  });

  it('names the missing flags when there is no terminal to ask in', async () => {
    expect(await refused(['--kind', 'app'])).toMatchInlineSnapshot(`
      "missing --title, --mentor, --tags, --level: expected every required flag (--kind, --title, --mentor, --tags, --level) when there is no terminal to ask in
      Example: npm run new -- --kind app --title "Sprachnachrichten" --mentor lena-hoffmann --tags messenger --level starter
      "
    `);
  });

  it('names an unknown flag', async () => {
    expect(await refused([...FLAGS, '--force'])).toMatchInlineSnapshot(`
      "unknown flag --force: expected one of --kind, --title, --mentor, --tags, --level, --lang, --help
      Run \`npm run new -- --help\` to see every flag.
      "
    `);
  });
});

describe('npm run new in a terminal', () => {
  it('asks for what is missing with selects, a search and a multi-select, re-asks a wrong title, and writes the entry', async () => {
    const root = project();
    const { code, stdout, stderr } = await drive([], root, [
      ['What is it about?', [KEY.enter]],
      ['Title:', ['X', KEY.enter]],
      ['expected at least 3 characters, found 1 character', [KEY.backspace, ...'Mein erster Eintrag', KEY.enter]],
      ['Who writes it?', [...'lena']],
      ['Lena Hoffmann (lena-hoffmann)', [KEY.enter]],
      ['Tags (1–6', [KEY.enter]],
      ['expected 1–6 tag ids separated by commas, found 0', [KEY.space, KEY.down, KEY.down, KEY.down, KEY.space, KEY.enter]],
      ['For which experience level?', [KEY.down, KEY.enter]],
    ]);
    expect(stderr).toBe('');
    expect(code).toBe(0);
    expect(stdout).toContain('Noah Becker (noah-becker) – no longer active');
    expect(stdout).toContain('✔ Created content/entries/mein-erster-eintrag.mdx (draft: true)');
    const text = readFileSync(path.join(root, 'content/entries/mein-erster-eintrag.mdx'), 'utf8');
    expect(text).toContain('kind: app');
    expect(text).toContain('mentors: [lena-hoffmann]');
    expect(text).toContain('tags: [messenger, feedback]');
    expect(text).toContain('level: explorer');
  });

  it('asks only for the flags that are missing, in German by default', async () => {
    const root = project();
    const { code, stdout } = await drive(FLAGS.slice(0, 8), root, [['Für welche Erfahrungsstufe?', [KEY.enter]]], {});
    expect(code).toBe(0);
    expect(stdout).not.toContain('Worum geht es?');
    expect(stdout).toContain('Einsteiger:in (starter)');
    expect(stdout).toContain('✔ content/entries/sprachnachrichten-im-job.mdx angelegt (draft: true, also versteckt)');
  });

  it('stops without writing when the input ends', async () => {
    const root = project();
    const { code, stderr } = await drive([], root, [['What is it about?', [KEY.enter]], ['Title:', [KEY.end]]]);
    expect(code).toBe(2);
    expect(stderr).toMatch(/^--title: expected an answer, found the end of the input – nothing was written\n$/);
    expect(entries(root)).toEqual(entries(project()));
  });
});
