/**
 * `npm run check` speaks the site's language: German by default, English with
 * SITE_LOCALE=en — the same problems, in the same shape (file, line, field,
 * expected, found, did you mean …?).
 */
import { afterAll, describe, expect, it } from 'vitest';
import { mkdirSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { main } from '../../../scripts/check.ts';
import { cleanUp, project, run } from './harness.ts';

afterAll(cleanUp);

const broken = () => project('fm-unknown-tag', 'fm-missing-field');

describe('npm run check on broken entries, in both languages', () => {
  it('says it in German by default', async () => {
    const { code, stdout } = await run(main, [], { cwd: broken() });
    expect(code).toBe(1);
    expect(stdout.split('\n\n').filter((block) => block.startsWith('content/')).join('\n\n')).toMatchInlineSnapshot(`
      "content/entries/falscher-tag.mdx
        Zeile 7, tags[1]: erwartet eine Themen-ID aus content/tags.yaml, gefunden "mesenger" – meinten Sie „messenger“?

      content/entries/ohne-summary.mdx
        summary: erwartet einen Text mit 20–300 Zeichen, gefunden nichts (das Feld ist Pflicht)"
    `);
    expect(stdout.trimEnd().split('\n').at(-1)).toMatchInlineSnapshot(`"✖ 2 Fehler in 2 Dateien"`);
  });

  it('says the same in English with SITE_LOCALE=en', async () => {
    const { code, stdout } = await run(main, [], { cwd: broken(), env: { SITE_LOCALE: 'en' } });
    expect(code).toBe(1);
    expect(stdout.split('\n\n').filter((block) => block.startsWith('content/')).join('\n\n')).toMatchInlineSnapshot(`
      "content/entries/falscher-tag.mdx
        line 7, tags[1]: expected a tag id from content/tags.yaml, found "mesenger" — did you mean "messenger"?

      content/entries/ohne-summary.mdx
        summary: expected text of 20–300 characters, found nothing (the field is required)"
    `);
    expect(stdout.trimEnd().split('\n').at(-1)).toMatchInlineSnapshot(`"✖ 2 errors in 2 files"`);
  });
});

describe('the body rules and the survey files, in both languages', () => {
  /** A script in an entry body, a survey quarter without its questions and a stray file next to it. */
  function brokenMore(): string {
    const root = project('body-script');
    mkdirSync(path.join(root, 'content/feedback'), { recursive: true });
    writeFileSync(path.join(root, 'content/feedback/2026-q1.csv'), 'period,role,goal,question,rating\n');
    writeFileSync(path.join(root, 'content/feedback/notizen.txt'), 'Namen der Befragten');
    return root;
  }

  it('says it in German by default', async () => {
    const { code, stdout } = await run(main, [], { cwd: brokenMore() });
    expect(code).toBe(1);
    expect(stdout).toContain('Zeile 14, body: [no-script] erwartet eine der Komponenten TryIt, Callout, Quote, Video oder ein einfaches Textelement wie <strong>, gefunden das HTML-Element <script> – ein Eintrag darf keinen Code ausführen; beschreibe in einem <TryIt>-Block, was man ausprobieren kann');
    expect(stdout).toContain('content/feedback/notizen.txt\n  (Datei): erwartet in diesem Ordner nur questions.yaml und Dateien, die nach einem Quartal benannt sind, wie 2026-q1.csv, gefunden „notizen.txt“');
    expect(stdout).toContain('content/feedback/questions.yaml\n  (Datei): erwartet diese Datei mit den Fragen der Umfrage neben den Antworten, gefunden nichts');
  });

  it('says the same in English with SITE_LOCALE=en', async () => {
    const { code, stdout } = await run(main, [], { cwd: brokenMore(), env: { SITE_LOCALE: 'en' } });
    expect(code).toBe(1);
    expect(stdout).toContain('line 14, body: [no-script] expected one of the components TryIt, Callout, Quote, Video or a plain text element such as <strong>, found the HTML element <script> — an entry must not run code; describe what to try in a <TryIt> block');
    expect(stdout).toContain('content/feedback/notizen.txt\n  (file): expected only questions.yaml and files named after a quarter such as 2026-q1.csv in this folder, found "notizen.txt"');
    expect(stdout).toContain('content/feedback/questions.yaml\n  (file): expected this file with the survey questions next to the answers, found nothing');
  });
});
