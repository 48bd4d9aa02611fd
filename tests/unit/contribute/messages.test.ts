/**
 * `npm run check` speaks the site's language: German by default, English with
 * SITE_LOCALE=en — the same problems, in the same shape (file, line, field,
 * expected, found, did you mean …?).
 */
import { afterAll, describe, expect, it } from 'vitest';
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
