/**
 * Every command a mentor or editor runs speaks the site's language: German by default,
 * English with SITE_LOCALE=en. Each command is run as the user runs it (a process of its
 * own, in a project folder, its environment without a language or with SITE_LOCALE=en),
 * on a real mistake; and the two halves of the message dictionary must match.
 */
import { spawnSync } from 'node:child_process';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import messages from '../../../src/i18n/strings/messages.ts';
import type { Message } from '../../../src/i18n/types.ts';
import { cleanUp, project } from './harness.ts';

afterAll(cleanUp);

const ROOT = path.resolve(import.meta.dirname, '../../..');

/** Runs `node scripts/<command>.ts …` in `cwd`, with no terminal and the language asked for (or none). */
function command(name: string, argv: string[], cwd: string, lang?: 'en' | 'de') {
  const env: NodeJS.ProcessEnv = { ...process.env, SOURCE_DATE_EPOCH: '1780272000' /* 2026-06-01 */ };
  delete env.SITE_LOCALE;
  delete env.SITE_LOCALES;
  if (lang) env.SITE_LOCALE = lang;
  const run = spawnSync(process.execPath, [path.join(ROOT, 'scripts', `${name}.ts`), ...argv], { cwd, env, encoding: 'utf8', stdio: ['ignore', 'pipe', 'pipe'] });
  return { code: run.status, out: `${run.stdout}${run.stderr}` };
}

type Case = { argv: string[]; overlay?: string; code: number; de: string; en: string };

/** One real mistake per command, and the sentence it must produce in each language. */
const CASES: Record<string, Case> = {
  check: {
    argv: [],
    overlay: 'fm-unknown-tag',
    code: 1,
    de: 'Zeile 7, tags[1]: erwartet eine Themen-ID aus content/tags.yaml, gefunden "mesenger" – meinten Sie „messenger“?',
    en: 'line 7, tags[1]: expected a tag id from content/tags.yaml, found "mesenger" — did you mean "messenger"?',
  },
  new: {
    argv: ['--kind', 'apps', '--title', 'Sprachnachrichten im Team', '--mentor', 'lena-hoffmann', '--tags', 'messenger', '--level', 'starter'],
    code: 2,
    de: '--kind: erwartet einen dieser Werte: app, trend, value, gefunden "apps" – meinten Sie „app“?',
    en: '--kind: expected one of app, trend, value, found "apps" — did you mean "app"?',
  },
  stale: {
    argv: ['--within', 'viele'],
    code: 2,
    de: '--within: erwartet eine Zahl von Tagen von 0 bis 3650, wie 30, gefunden „viele“',
    en: '--within: expected a number of days from 0 to 3650, such as 30, found "viele"',
  },
  digest: {
    argv: ['--dry-run'],
    overlay: 'fm-unknown-tag',
    code: 1,
    de: 'digest: der Inhalt hat 1 Problem; bitte zuerst beheben (npm run check):',
    en: 'digest: the content has 1 problem; fix it first (npm run check):',
  },
  report: {
    argv: ['--out', 'bericht'],
    overlay: 'fm-unknown-tag',
    code: 1,
    de: 'report: der Inhalt hat 1 Fehler; es wurde nichts geschrieben. `npm run check` zeigt die Einzelheiten.',
    en: 'report: the content has 1 error; nothing was written. Run `npm run check` for details.',
  },
};

describe('each command says it in German by default and in English with SITE_LOCALE=en', () => {
  for (const [name, c] of Object.entries(CASES)) {
    it(`npm run ${name}`, () => {
      const cwd = project(...(c.overlay ? [c.overlay] : []));
      const german = command(name, c.argv, cwd);
      expect(german.out).toContain(c.de);
      expect(german.code).toBe(c.code);
      const english = command(name, c.argv, cwd, 'en');
      expect(english.out).toContain(c.en);
      expect(english.code).toBe(c.code);
      // Nothing of the other language leaks in.
      expect(german.out).not.toMatch(/\b(expected|found)\b/);
      expect(english.out).not.toMatch(/\b(erwartet|gefunden)\b/);
    });
  }

  it('prints each --help in the same language', () => {
    const cwd = project();
    for (const name of Object.keys(CASES)) {
      const german = command(name, ['--help'], cwd);
      const english = command(name, ['--help'], cwd, 'en');
      expect([german.code, english.code]).toEqual([0, 0]);
      expect(german.out).toMatch(new RegExp(`^Aufruf: npm run ${name} `));
      expect(german.out).toContain('zeigt diese Hilfe');
      expect(english.out).toMatch(new RegExp(`^Usage: npm run ${name} `));
      expect(english.out).toContain('show this help');
      // The same flags in both.
      const flags = (text: string) => [...new Set(text.match(/--[a-z][\w-]*/g))].sort();
      expect(flags(german.out)).toEqual(flags(english.out));
    }
  });
});

describe('the message dictionary', () => {
  const placeholders = (m: Message) => [...new Set((typeof m === 'string' ? m : `${m.one} ${m.other}`).match(/\{\w+\}/g))].sort();
  const texts = (m: Message) => (typeof m === 'string' ? [m] : [m.one, m.other]);
  const de: Record<string, Message> = messages.de;
  const en: Record<string, Message> = messages.en;

  it('has every key in both languages', () => {
    expect(Object.keys(en).sort()).toEqual(Object.keys(de).sort());
  });

  it('gives both languages of a message the same placeholders and the same plural shape', () => {
    for (const key of Object.keys(de)) {
      expect({ key, placeholders: placeholders(en[key]!), plural: typeof en[key] }).toEqual({ key, placeholders: placeholders(de[key]!), plural: typeof de[key] });
    }
  });

  it('writes German in German and English in English, with German quotation marks around values', () => {
    for (const [key, message] of Object.entries(de)) {
      for (const text of texts(message).map((t) => t.replace(/\{\w+\}/g, ''))) {
        expect({ key, english: /\b(expected|found|did you mean)\b/.test(text) }).toEqual({ key, english: false });
        expect(text.trim(), key).not.toBe('');
      }
      for (const text of texts(message)) expect({ key, straightQuotes: /"\{\w+\}"/.test(text) }).toEqual({ key, straightQuotes: false });
    }
    for (const [key, message] of Object.entries(en)) {
      for (const text of texts(message).map((t) => t.replace(/\{\w+\}/g, ''))) {
        expect({ key, german: /\b(erwartet|gefunden|meinten)\b/.test(text) }).toEqual({ key, german: false });
      }
    }
  });
});
