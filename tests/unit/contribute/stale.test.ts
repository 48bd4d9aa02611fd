import { afterAll, describe, expect, it } from 'vitest';
import { main } from '../../../scripts/stale.ts';
import { msgIn } from '../../../src/i18n/messages.ts';
import { cleanUp, project, run } from './harness.ts';

afterAll(cleanUp);

const ENV = { SITE_URL: 'https://intranet.example.com', BASE_PATH: '/kb/', REPO_URL: 'https://git.example.com/comms/trend-library', REPO_HOST: 'github' };

describe('npm run stale', () => {
  it('prints the entries past their review date, grouped by mentor, as Markdown', async () => {
    const { code, stdout, stderr } = await run(main, [], { cwd: project('stale'), env: ENV });
    expect(code).toBe(0);
    expect(stderr).toBe('');
    expect(stdout).toMatchInlineSnapshot(`
      "# Einträge zur Überprüfung – Stand 01.06.2026

      1 Eintrag ist über dem Review-Datum. Bitte schaut euch eure Einträge an: Stimmt noch alles, auch der Ring? Dann \`updated\` und \`review\` anpassen und einen Pull Request öffnen. Passt ein Eintrag nicht mehr, sagt dem Programmteam Bescheid.

      ## Lena Hoffmann (@lena.hoffmann)

      - **[Snapchat](https://intranet.example.com/kb/entries/snapchat/)** – seit 327 Tagen überfällig (Review-Datum 09.07.2025) · [bearbeiten](https://git.example.com/comms/trend-library/edit/main/content/entries/snapchat.mdx)

      ## Noah Becker (nicht mehr aktiv – bitte neu zuordnen)

      - **[Snapchat](https://intranet.example.com/kb/entries/snapchat/)** – seit 327 Tagen überfällig (Review-Datum 09.07.2025) · [bearbeiten](https://git.example.com/comms/trend-library/edit/main/content/entries/snapchat.mdx)
      "
    `);
  });

  it('adds the entries due in the next days with --within', async () => {
    const { stdout } = await run(main, ['--within', '30'], { cwd: project('stale'), env: ENV });
    expect(stdout).toMatchInlineSnapshot(`
      "# Einträge zur Überprüfung – Stand 01.06.2026

      1 Eintrag ist über dem Review-Datum, 1 weiterer wird in den nächsten 30 Tagen fällig. Bitte schaut euch eure Einträge an: Stimmt noch alles, auch der Ring? Dann \`updated\` und \`review\` anpassen und einen Pull Request öffnen. Passt ein Eintrag nicht mehr, sagt dem Programmteam Bescheid.

      ## Lena Hoffmann (@lena.hoffmann)

      - **[Snapchat](https://intranet.example.com/kb/entries/snapchat/)** – seit 327 Tagen überfällig (Review-Datum 09.07.2025) · [bearbeiten](https://git.example.com/comms/trend-library/edit/main/content/entries/snapchat.mdx)
      - **[TikTok](https://intranet.example.com/kb/entries/tiktok/)** – fällig in 19 Tagen (am 20.06.2026) · [bearbeiten](https://git.example.com/comms/trend-library/edit/main/content/entries/tiktok.mdx)

      ## Noah Becker (nicht mehr aktiv – bitte neu zuordnen)

      - **[Snapchat](https://intranet.example.com/kb/entries/snapchat/)** – seit 327 Tagen überfällig (Review-Datum 09.07.2025) · [bearbeiten](https://git.example.com/comms/trend-library/edit/main/content/entries/snapchat.mdx)
      - **[TikTok](https://intranet.example.com/kb/entries/tiktok/)** – fällig in 19 Tagen (am 20.06.2026) · [bearbeiten](https://git.example.com/comms/trend-library/edit/main/content/entries/tiktok.mdx)
      "
    `);
  });

  it('writes English with --lang en', async () => {
    const { stdout } = await run(main, ['--within', '30', '--lang', 'en'], { cwd: project('stale'), env: ENV });
    expect(stdout).toMatchInlineSnapshot(`
      "# Entries to review – as of 2026-06-01

      1 entry is past the review date, 1 more is due in the next 30 days. Please have a look at your entries: is everything still right, the ring too? Then update \`updated\` and \`review\` and open a pull request. If an entry no longer fits, let the program team know.

      ## Lena Hoffmann (@lena.hoffmann)

      - **[Snapchat](https://intranet.example.com/kb/entries/snapchat/)** – overdue by 327 days (review date 2025-07-09) · [edit](https://git.example.com/comms/trend-library/edit/main/content/entries/snapchat.mdx)
      - **[TikTok](https://intranet.example.com/kb/entries/tiktok/)** – due in 19 days (on 2026-06-20) · [edit](https://git.example.com/comms/trend-library/edit/main/content/entries/tiktok.mdx)

      ## Noah Becker (no longer active – please reassign)

      - **[Snapchat](https://intranet.example.com/kb/entries/snapchat/)** – overdue by 327 days (review date 2025-07-09) · [edit](https://git.example.com/comms/trend-library/edit/main/content/entries/snapchat.mdx)
      - **[TikTok](https://intranet.example.com/kb/entries/tiktok/)** – due in 19 days (on 2026-06-20) · [edit](https://git.example.com/comms/trend-library/edit/main/content/entries/tiktok.mdx)
      "
    `);
  });

  it('says so when nothing is due', async () => {
    const { code, stdout } = await run(main, [], { cwd: project(), env: ENV });
    expect(code).toBe(0);
    expect(stdout).toMatchInlineSnapshot(`
      "# Einträge zur Überprüfung – Stand 01.06.2026

      Kein Eintrag ist über seinem Review-Datum.
      "
    `);
  });

  it('leaves drafts out', async () => {
    const { stdout } = await run(main, ['--within', '3650'], { cwd: project('link-to-draft'), env: ENV, now: new Date('2030-01-01T00:00:00Z') });
    expect(stdout).not.toContain('Ein Entwurf');
    expect(stdout).toContain('Sprachnachrichten statt Anrufe');
  });

  it('reports the entries that validate and notes the others on stderr', async () => {
    const { code, stdout, stderr } = await run(main, [], { cwd: project('stale', 'fm-unknown-kind'), env: ENV });
    expect(code).toBe(0);
    expect(stdout).toContain('Snapchat');
    expect(stderr).toMatchInlineSnapshot(`
      "Hinweis: Der Inhalt hat 1 Problem; Einträge, die die Prüfung nicht bestehen, fehlen in dieser Liste. \`npm run check\` zeigt die Einzelheiten.
      "
    `);
  });

  it.each([
    [['--within', 'soon'], '--within: expected a number of days from 0 to 3650, such as 30, found "soon"'],
    [['--within', '-5'], '--within: expected a value after it, found none'],
    [['--lang', 'fr'], '--lang: expected one of de, en, found "fr"'],
    [['--days', '30'], 'unknown flag --days: expected one of --within, --lang, --help'],
  ])('exits 2 on %j and names the flag', async (argv, message) => {
    const { code, stdout, stderr } = await run(main, argv, { cwd: project(), env: { SITE_LOCALE: 'en' } });
    expect(code).toBe(2);
    expect(stdout).toBe('');
    expect(stderr.split('\n')[0]).toBe(message);
  });

  it('lists every flag in --help', async () => {
    const { stdout } = await run(main, ['--help'], { cwd: project() });
    expect(stdout).toBe(msgIn('de', 'help.stale'));
    for (const lang of ['de', 'en'] as const) for (const flag of ['--within', '--lang', '--help']) expect(msgIn(lang, 'help.stale')).toContain(flag);
  });
});
