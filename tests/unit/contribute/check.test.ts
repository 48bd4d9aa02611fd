import { afterAll, describe, expect, it } from 'vitest';
import { main } from '../../../scripts/check.ts';
import { msgIn } from '../../../src/i18n/messages.ts';
import { cleanUp, project, run } from './harness.ts';

afterAll(cleanUp);

// English messages (SITE_LOCALE=en): this file pins the English wording; messages.test.ts pins the German default.
const check = (overlays: string[] = [], argv: string[] = [], env = {}) => run(main, argv, { cwd: project(...overlays), env: { SITE_LOCALE: 'en', ...env } });

/** The report of a library with one bad fixture; the check must fail with exit 1 and nothing on stderr. */
async function failing(overlay: string): Promise<string> {
  const { code, stdout, stderr } = await check([overlay]);
  expect(stderr).toBe('');
  expect(code).toBe(1);
  return stdout;
}

describe('npm run check on a valid library', () => {
  it('passes with one summary line and exit 0', async () => {
    const { code, stdout } = await check();
    expect(code).toBe(0);
    expect(stdout).toMatchInlineSnapshot(`
      "✔ 3 entries, 2 mentors checked, no errors
      "
    `);
  });

  it('allows comments in curly braces', async () => {
    const { code, stdout } = await check(['body-comment-allowed']);
    expect(code).toBe(0);
    expect(stdout).toMatchInlineSnapshot(`
      "✔ 4 entries, 2 mentors checked, no errors
      "
    `);
  });
});

describe('front matter: file, line, field, found, expected', () => {
  it('names a missing required field', async () => {
    expect(await failing('fm-missing-field')).toMatchInlineSnapshot(`
      "content/entries/ohne-summary.mdx
        summary: expected text of 20–300 characters, found nothing (the field is required)

      ✖ 1 error in 1 file
      "
    `);
  });
  it('rejects an unknown kind and suggests the closest', async () => {
    expect(await failing('fm-unknown-kind')).toMatchInlineSnapshot(`
      "content/entries/falsche-art.mdx
        line 4, kind: expected one of app, trend, value, found "ap" — did you mean "app"?

      ✖ 1 error in 1 file
      "
    `);
  });
  it('rejects an unknown mentor and suggests the closest id', async () => {
    expect(await failing('fm-unknown-mentor')).toMatchInlineSnapshot(`
      "content/entries/falsche-mentorin.mdx
        line 5, mentors[0]: expected a mentor id from content/mentors/, found "lena" — did you mean "lena-hoffmann"?

      ✖ 1 error in 1 file
      "
    `);
  });
  it('rejects an unknown tag and suggests the closest id', async () => {
    expect(await failing('fm-unknown-tag')).toMatchInlineSnapshot(`
      "content/entries/falscher-tag.mdx
        line 7, tags[1]: expected a tag id from content/tags.yaml, found "mesenger" — did you mean "messenger"?

      ✖ 1 error in 1 file
      "
    `);
  });
  it('rejects a related entry that does not exist', async () => {
    expect(await failing('fm-related-unknown')).toMatchInlineSnapshot(`
      "content/entries/falsche-verwandte.mdx
        line 10, related[0]: expected an entry id from content/entries/, found "tiktk" — did you mean "tiktok"?

      ✖ 1 error in 1 file
      "
    `);
  });
  it('rejects a misspelt field instead of silently dropping it', async () => {
    expect(await failing('fm-unknown-field')).toMatchInlineSnapshot(`
      "content/entries/unbekanntes-feld.mdx
        line 10, drafts: expected only the fields title, summary, kind, lang, mentors, published, updated, review, tags, goals, level, ring, history, platforms, links, sources, cover, related, translationOf, featured, draft, found "drafts" — did you mean "draft"?

      ✖ 1 error in 1 file
      "
    `);
  });
  it('rejects a date in another format', async () => {
    expect(await failing('fm-bad-date')).toMatchInlineSnapshot(`
      "content/entries/falsches-datum.mdx
        line 6, published: expected a date written as YYYY-MM-DD, such as 2026-03-14, found "01.03.2026"

      ✖ 1 error in 1 file
      "
    `);
  });
  it('rejects updated before published', async () => {
    expect(await failing('fm-updated-before-published')).toMatchInlineSnapshot(`
      "content/entries/zeitreise.mdx
        line 10, updated: expected a day on or after published (2026-03-01), found 2026-02-01

      ✖ 1 error in 1 file
      "
    `);
  });
  it('reports a YAML syntax error with its line', async () => {
    expect(await failing('fm-yaml-syntax')).toMatchInlineSnapshot(`
      "content/entries/kaputtes-yaml.mdx
        line 8, (file): expected valid YAML, found a syntax error: Flow sequence in block collection must be sufficiently indented and end with a ]

      ✖ 1 error in 1 file
      "
    `);
  });
  it('reports a YAML alias without its anchor instead of crashing', async () => {
    expect(await failing('fm-yaml-alias')).toMatchInlineSnapshot(`
      "content/entries/mit-alias.mdx
        line 7, (file): expected valid YAML, found a syntax error: Unresolved alias (the anchor must be set before the alias): lieblings-tags

      ✖ 1 error in 1 file
      "
    `);
  });
  it('reports front matter that is a list instead of fields', async () => {
    expect(await failing('fm-not-a-mapping')).toMatchInlineSnapshot(`
      "content/entries/liste-statt-felder.mdx
        line 2, (file): expected fields written as "name: value" lines, found a list

      ✖ 1 error in 1 file
      "
    `);
  });
  it('reports a file without front matter', async () => {
    expect(await failing('fm-no-front-matter')).toMatchInlineSnapshot(`
      "content/entries/ohne-kopf.mdx
        line 1, (file): expected front matter between two "---" lines at the top, found none

      ✖ 1 error in 1 file
      "
    `);
  });
  it('reports a YAML error in tags.yaml once, without an echo in every entry', async () => {
    expect(await failing('tags-yaml-syntax')).toMatchInlineSnapshot(`
      "content/tags.yaml
        line 3, (file): expected valid YAML, found a syntax error: Flow map in block collection must be sufficiently indented and end with a }

      ✖ 1 error in 1 file
      "
    `);
  });
});

describe('entry body rules, found in the syntax tree', () => {
  it('rejects an import', async () => {
    expect(await failing('body-import')).toMatchInlineSnapshot(`
      "content/entries/mit-import.mdx
        line 14, body: [no-import-export] expected no import (the components TryIt, Callout, Quote, Video need no import), found "import Chart from '../../src/components…" — write the text as Markdown

      ✖ 1 error in 1 file
      "
    `);
  });
  it('rejects an export', async () => {
    expect(await failing('body-export')).toMatchInlineSnapshot(`
      "content/entries/mit-export.mdx
        line 14, body: [no-import-export] expected no export (the components TryIt, Callout, Quote, Video need no import), found "export const meta = { secret: true }" — write the text as Markdown

      ✖ 1 error in 1 file
      "
    `);
  });
  it('rejects a JavaScript expression', async () => {
    expect(await failing('body-expression')).toMatchInlineSnapshot(`
      "content/entries/mit-ausdruck.mdx
        line 14, body: [no-expression] expected no JavaScript in {…} (only comments such as {/* Notiz */}), found {new Date().getFullYear()} — write the text as plain Markdown

      ✖ 1 error in 1 file
      "
    `);
  });
  it('rejects an expression as an attribute value', async () => {
    expect(await failing('body-attribute-expression')).toMatchInlineSnapshot(`
      "content/entries/mit-attribut-ausdruck.mdx
        line 14, body: [no-expression] expected attribute values written as text in quotes, found title={"Hallo " + name} on <Callout>

      ✖ 1 error in 1 file
      "
    `);
  });
  it('rejects <script>', async () => {
    expect(await failing('body-script')).toMatchInlineSnapshot(`
      "content/entries/mit-skript.mdx
        line 14, body: [no-script] expected one of the components TryIt, Callout, Quote, Video or a plain text element such as <strong>, found the HTML element <script> — an entry must not run code; describe what to try in a <TryIt> block

      ✖ 1 error in 1 file
      "
    `);
  });
  it('rejects <iframe> and points at <Video>', async () => {
    expect(await failing('body-iframe')).toMatchInlineSnapshot(`
      "content/entries/mit-iframe.mdx
        line 14, body: [no-external-load] expected one of the components TryIt, Callout, Quote, Video or a plain text element such as <strong>, found the HTML element <iframe> — link to it, or use <Video url="https://…" title="…">, which loads nothing before the reader agrees

      ✖ 1 error in 1 file
      "
    `);
  });
  it('rejects an on* attribute', async () => {
    expect(await failing('body-event-handler')).toMatchInlineSnapshot(`
      "content/entries/mit-ereignis.mdx
        line 14, body: [no-event-handler] expected no event handler attribute (on…), found onmouseover on <span> — an entry must not run code

      ✖ 1 error in 1 file
      "
    `);
  });
  it('rejects a javascript: URL', async () => {
    expect(await failing('body-javascript-url')).toMatchInlineSnapshot(`
      "content/entries/mit-javascript-link.mdx
        line 14, body: [url-allowlist] expected a web address (https:// or http://), a mailto: address or a path on this site such as /entries/tiktok/ in a link, found the scheme "javascript:" in "javascript:alert(1)"

      ✖ 1 error in 1 file
      "
    `);
  });
  it('rejects a component outside the allowlist and suggests the closest', async () => {
    expect(await failing('body-component')).toMatchInlineSnapshot(`
      "content/entries/fremde-komponente.mdx
        line 14, body: [component-allowlist] expected one of the components TryIt, Callout, Quote, Video or a plain text element such as <strong>, found the component <Tryit> — did you mean "TryIt"?

      ✖ 1 error in 1 file
      "
    `);
  });
  it('rejects an HTML element outside the allowlist and says what to use instead', async () => {
    expect(await failing('body-html-element')).toMatchInlineSnapshot(`
      "content/entries/mit-bild-element.mdx
        line 14, body: [no-external-load] expected one of the components TryIt, Callout, Quote, Video or a plain text element such as <strong>, found the HTML element <img> — use a Markdown image ![what it shows](./bild.png) with the file stored next to the entry

      ✖ 1 error in 1 file
      "
    `);
  });
  it('reports an MDX syntax error with its line', async () => {
    expect(await failing('body-syntax')).toMatchInlineSnapshot(`
      "content/entries/kaputtes-mdx.mdx
        line 14, body: [mdx-syntax] expected valid MDX, found a syntax error: Expected a closing tag for \`<Callout>\`

      ✖ 1 error in 1 file
      "
    `);
  });
});

describe('images, links and titles', () => {
  it('rejects a cover whose file is missing', async () => {
    expect(await failing('cover-missing-file')).toMatchInlineSnapshot(`
      "content/entries/ohne-bilddatei.mdx
        line 10, cover.src: expected an image file at content/entries/gibt-es-nicht.jpg, found nothing

      ✖ 1 error in 1 file
      "
    `);
  });
  it('rejects a cover with an empty alt text', async () => {
    expect(await failing('cover-empty-alt')).toMatchInlineSnapshot(`
      "content/entries/ohne-alt-text.mdx
        line 10, cover.alt: expected an alt text describing the image, found an empty text

      ✖ 1 error in 1 file
      "
    `);
  });
  it('rejects a cover from another server', async () => {
    expect(await failing('cover-remote')).toMatchInlineSnapshot(`
      "content/entries/fremdes-bild.mdx
        line 10, cover.src: expected an image file stored next to the file, such as ./cover.jpg (the site loads nothing from other servers), found "https://example.com/bild.jpg"

      ✖ 1 error in 1 file
      "
    `);
  });
  it('rejects an image in the body without alt text', async () => {
    expect(await failing('image-no-alt')).toMatchInlineSnapshot(`
      "content/entries/bild-ohne-alt.mdx
        line 14, body: expected an alt text describing the image, as in ![what it shows](./sprachnachrichten.png), found none

      ✖ 1 error in 1 file
      "
    `);
  });
  it('rejects an image in the body whose file is missing', async () => {
    expect(await failing('image-missing-file')).toMatchInlineSnapshot(`
      "content/entries/bild-fehlt.mdx
        line 14, body: expected an image file at content/entries/screenshot.png, found nothing

      ✖ 1 error in 1 file
      "
    `);
  });
  it('rejects a link to an entry that does not exist and suggests the closest', async () => {
    expect(await failing('link-broken')).toMatchInlineSnapshot(`
      "content/entries/kaputter-link.mdx
        line 14, body: expected a link to an existing entry, found "/entries/tiktk/" — did you mean "tiktok"?

      ✖ 1 error in 1 file
      "
    `);
  });
  it('rejects a broken entry link written with the base path', async () => {
    expect(await failing('link-with-base')).toMatchInlineSnapshot(`
      "content/entries/link-mit-basis.mdx
        line 14, body: expected a link to an existing entry, found "/kb/entries/discord/"

      ✖ 1 error in 1 file
      "
    `);
  });
  it('rejects a link to the .mdx file instead of the page', async () => {
    expect(await failing('link-to-file')).toMatchInlineSnapshot(`
      "content/entries/link-auf-datei.mdx
        line 14, body: expected a link to a page such as /entries/tiktok/, found a link to the file "./tiktok.mdx"

      ✖ 1 error in 1 file
      "
    `);
  });
  it('rejects two entries with the same title', async () => {
    expect(await failing('title-duplicate')).toMatchInlineSnapshot(`
      "content/entries/tiktok.mdx
        line 2, title: expected a title no other entry has, found "TikTok", also used by content/entries/tiktok-nochmal.mdx

      ✖ 1 error in 1 file
      "
    `);
  });
  it('rejects raw HTML in a mentor bio', async () => {
    expect(await failing('mentor-html')).toMatchInlineSnapshot(`
      "content/mentors/mia-schulze.md
        line 5, body: [no-raw-html] expected Markdown without HTML (not even comments), found "<img src="https://tracker.example.com/p…" — a bio or digest text holds paragraphs, *emphasis*, **bold**, lists and [links](https://…); write the rest as a sentence

      ✖ 1 error in 1 file
      "
    `);
  });
});

describe('warnings do not fail the check', () => {
  it('warns about a link to a draft', async () => {
    const { code, stdout } = await check(['link-to-draft']);
    expect(code).toBe(0);
    expect(stdout).toMatchInlineSnapshot(`
      "Warnings (they do not fail the check):

      content/entries/link-auf-entwurf.mdx
        line 14, body: expected a link to a published entry, found "/entries/entwurf/", which is a draft: the link leads nowhere until it is published

      ✔ 5 entries, 2 mentors checked, no errors, 1 warning
      "
    `);
  });

  it('warns about entries dated on or before the last digest that no digest lists: the newsletter would never announce them', async () => {
    // Digest #1 covers 2026-01-01 to 2026-04-30 and lists sprachnachrichten and tiktok. du-kultur (2025) predates
    // the newsletter, danach (2026-05-10) is for the next digest: neither is named.
    const { code, stdout } = await check(['before-last-digest']);
    expect(code).toBe(0);
    expect(stdout).toMatchInlineSnapshot(`
      "Warnings (they do not fail the check):

      content/entries/nachgereicht.mdx
        line 6, published: 2026-03-10 lies on or before the end of the last newsletter digest (#1, up to 2026-04-30), and no digest lists this entry, so no digest will announce it; expected a day after 2026-04-30, such as today (2026-06-01)

      content/entries/vorschlag-aus-dem-web.mdx
        line 6, published: 2026-01-01 lies on or before the end of the last newsletter digest (#1, up to 2026-04-30), and no digest lists this entry, so no digest will announce it; expected a day after 2026-04-30, such as today (2026-06-01)

      ✔ 6 entries, 2 mentors checked, no errors, 2 warnings
      "
    `);
  });

  it('lists entries past their review date, grouped by mentor', async () => {
    const { code, stdout } = await check(['stale']);
    expect(code).toBe(0);
    expect(stdout).toMatchInlineSnapshot(`
      "Past their review date (warnings), by mentor:
        Lena Hoffmann (lena-hoffmann)
          content/entries/snapchat.mdx “Snapchat”: review was due on 2025-07-09 (327 days ago)
        Noah Becker (noah-becker) – no longer active
          content/entries/snapchat.mdx “Snapchat”: review was due on 2025-07-09 (327 days ago)

      ✔ 4 entries, 2 mentors checked, no errors, 1 warning
      "
    `);
  });
});

describe('one run, every problem', () => {
  it('lists all errors of all files, grouped by file, then one summary line', async () => {
    const { code, stdout } = await check(['fm-unknown-kind', 'body-script', 'link-broken', 'stale']);
    expect(code).toBe(1);
    expect(stdout).toMatchInlineSnapshot(`
      "content/entries/falsche-art.mdx
        line 4, kind: expected one of app, trend, value, found "ap" — did you mean "app"?

      content/entries/kaputter-link.mdx
        line 14, body: expected a link to an existing entry, found "/entries/tiktk/" — did you mean "tiktok"?

      content/entries/mit-skript.mdx
        line 14, body: [no-script] expected one of the components TryIt, Callout, Quote, Video or a plain text element such as <strong>, found the HTML element <script> — an entry must not run code; describe what to try in a <TryIt> block

      Past their review date (warnings), by mentor:
        Lena Hoffmann (lena-hoffmann)
          content/entries/snapchat.mdx “Snapchat”: review was due on 2025-07-09 (327 days ago)
        Noah Becker (noah-becker) – no longer active
          content/entries/snapchat.mdx “Snapchat”: review was due on 2025-07-09 (327 days ago)

      ✖ 3 errors in 3 files, 1 warning
      "
    `);
  });
});

describe('output for machines', () => {
  it('prints JSON with --format json', async () => {
    const { code, stdout } = await check(['fm-unknown-kind', 'stale'], ['--format', 'json']);
    expect(code).toBe(1);
    expect(JSON.parse(stdout)).toMatchInlineSnapshot(`
      {
        "counts": {
          "entries": 5,
          "errors": 1,
          "mentors": 2,
          "warnings": 1,
        },
        "errors": [
          {
            "field": "kind",
            "file": "content/entries/falsche-art.mdx",
            "line": 4,
            "message": "expected one of app, trend, value, found "ap" — did you mean "app"?",
            "severity": "error",
          },
        ],
        "ok": false,
        "stale": [
          {
            "active": true,
            "contact": "@lena.hoffmann",
            "entries": [
              {
                "days": 327,
                "file": "content/entries/snapchat.mdx",
                "id": "snapchat",
                "review": "2025-07-09",
                "state": "overdue",
                "title": "Snapchat",
              },
            ],
            "id": "lena-hoffmann",
            "name": "Lena Hoffmann",
          },
          {
            "active": false,
            "entries": [
              {
                "days": 327,
                "file": "content/entries/snapchat.mdx",
                "id": "snapchat",
                "review": "2025-07-09",
                "state": "overdue",
                "title": "Snapchat",
              },
            ],
            "id": "noah-becker",
            "name": "Noah Becker",
          },
        ],
        "summary": "✖ 1 error in 1 file, 1 warning",
        "warnings": [],
      }
    `);
  });

  it('adds GitHub annotations when it runs in GitHub Actions', async () => {
    const { stdout } = await check(['fm-unknown-kind', 'link-to-draft', 'stale'], [], { GITHUB_ACTIONS: 'true' });
    expect(stdout.split('\n').filter((l) => l.startsWith('::'))).toMatchInlineSnapshot(`
      [
        "::error file=content/entries/falsche-art.mdx,line=4,title=kind::expected one of app, trend, value, found "ap" — did you mean "app"?",
        "::warning file=content/entries/link-auf-entwurf.mdx,line=14,title=body::expected a link to a published entry, found "/entries/entwurf/", which is a draft: the link leads nowhere until it is published",
        "::warning file=content/entries/snapchat.mdx,title=review::review was due on 2025-07-09 (327 days ago) – please check the entry and update \`updated\` and \`review\`",
      ]
    `);
  });

  it('adds no annotations outside GitHub Actions', async () => {
    const { stdout } = await check(['fm-unknown-kind']);
    expect(stdout).not.toContain('::error');
  });

  it('prints the pull-request comment with --format markdown', async () => {
    const { code, stdout } = await check(['fm-unknown-kind', 'link-to-draft', 'stale'], ['--format', 'markdown']);
    expect(code).toBe(1);
    expect(stdout).toMatchInlineSnapshot(`
      "<!-- trend-library-check -->
      ### ✖ 1 error in 1 file, 2 warnings

      Please fix these before merging (run \`npm run check\` locally to see the same list):

      **\`content/entries/falsche-art.mdx\`**

      - line 4, \`kind\`: expected one of app, trend, value, found "ap" — did you mean "app"?

      <details><summary>Warnings</summary>

      **\`content/entries/link-auf-entwurf.mdx\`**

      - line 14, \`body\`: expected a link to a published entry, found "/entries/entwurf/", which is a draft: the link leads nowhere until it is published

      </details>

      <details><summary>Past their review date, by mentor</summary>

      - **Lena Hoffmann**
        - \`content/entries/snapchat.mdx\` “Snapchat”: review was due on 2025-07-09 (327 days ago)
      - **Noah Becker** (no longer active)
        - \`content/entries/snapchat.mdx\` “Snapchat”: review was due on 2025-07-09 (327 days ago)

      </details>
      "
    `);
  });
});

describe('GitLab Code Quality report (--format codequality)', () => {
  it('lists each error as major and each warning and review as minor, at its file and line', async () => {
    const { code, stdout } = await check(['fm-unknown-kind', 'link-to-draft', 'stale'], ['--format', 'codequality']);
    expect(code).toBe(1);
    const issues = JSON.parse(stdout) as { description: string; check_name: string; fingerprint: string; severity: string; location: { path: string; lines: { begin: number } } }[];
    expect(issues.map(({ fingerprint, ...rest }) => rest)).toEqual([
      { description: 'kind: expected one of app, trend, value, found "ap" — did you mean "app"?', check_name: 'trend-library/kind', severity: 'major', location: { path: 'content/entries/falsche-art.mdx', lines: { begin: 4 } } },
      { description: 'body: expected a link to a published entry, found "/entries/entwurf/", which is a draft: the link leads nowhere until it is published', check_name: 'trend-library/body', severity: 'minor', location: { path: 'content/entries/link-auf-entwurf.mdx', lines: { begin: 14 } } },
      { description: 'review: review was due on 2025-07-09 (327 days ago) – please check the entry and update `updated` and `review`', check_name: 'trend-library/review', severity: 'minor', location: { path: 'content/entries/snapchat.mdx', lines: { begin: 1 } } },
    ]);
    // GitLab tells new problems from known ones by the fingerprint: unique per problem, the same on the next run.
    expect(new Set(issues.map((i) => i.fingerprint)).size).toBe(3);
    const again = JSON.parse((await check(['fm-unknown-kind', 'link-to-draft', 'stale'], ['--format', 'codequality'])).stdout) as { fingerprint: string }[];
    expect(again.map((i) => i.fingerprint)).toEqual(issues.map((i) => i.fingerprint));
  });

  it('is an empty list for a clean library', async () => {
    const { code, stdout } = await check([], ['--format', 'codequality']);
    expect(code).toBe(0);
    expect(JSON.parse(stdout)).toEqual([]);
  });
});

describe('usage', () => {
  it('lists every flag in --help', async () => {
    const { code, stdout } = await check([], ['--help']);
    expect(code).toBe(0);
    expect(stdout).toBe(msgIn('en', 'help.check'));
    for (const lang of ['de', 'en'] as const) for (const flag of ['--format', '--help']) expect(msgIn(lang, 'help.check')).toContain(flag);
  });

  it.each([
    [['--format', 'xml'], '--format: expected one of text, json, markdown, codequality, found "xml"'],
    [['--strict'], 'unknown flag --strict: expected one of --format, --help'],
    [['--format'], '--format: expected a value after it, found none'],
    [['--help=yes'], '--help: expected no value, found one'],
    [['content/entries'], 'expected flags only (such as --help), found content/entries'],
  ])('exits 2 on %j and names the flag', async (argv, message) => {
    const { code, stdout, stderr } = await check([], argv);
    expect(code).toBe(2);
    expect(stdout).toBe('');
    expect(stderr.split('\n')[0]).toBe(message);
  });

  it('exits 2 on a bad setting in the environment', async () => {
    // A language that is none of the site's: the messages stay German, the default.
    const { code, stderr } = await check([], [], { SITE_LOCALE: 'fr' });
    expect(code).toBe(2);
    expect(stderr).toMatchInlineSnapshot(`
      "Ungültige Konfiguration:
        SITE_LOCALE: erwartet de oder en, gefunden "fr"
      "
    `);
  });
});
