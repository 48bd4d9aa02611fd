/**
 * The body rules (src/lib/body-rules.ts) as `npm run check` applies them
 * (`checkMdxBody`) and as the site's Markdown pipeline applies them (the Sätteri plugin
 * of astro.config.mjs): one plugin, one parser, so the two cannot disagree.
 */
import { markdownToHtml, mdxToJs } from 'satteri';
import { describe, expect, it } from 'vitest';
import { ALLOWED_COMPONENTS, ALLOWED_HTML, BodyRuleError, COMPONENT_ATTRIBUTES, checkMarkdownBody, checkMdxBody, placeOf, type BodyRule, type Violation } from '../../../src/lib/body-rules.ts';
import { satteriBodyRules } from '../../../src/lib/satteri/body-rules.ts';

const FILE = new URL('file:///site/content/entries/beispiel.mdx');

/** The violations the pipeline plugin stops the compile with (none when it compiles). */
function pipelineViolations(mdx: string): readonly Violation[] {
  try {
    mdxToJs(mdx, { hastPlugins: [satteriBodyRules({ cwd: '/site' })], fileURL: FILE, features: { gfm: true, smartPunctuation: true } });
    return [];
  } catch (error) {
    if (error instanceof BodyRuleError) return error.violations;
    throw error;
  }
}

const rules = (mdx: string) => checkMdxBody(mdx).violations.map((v) => v.rule);

const REFUSED: [string, string, BodyRule[]][] = [
  ['an import', "import X from './x.astro'", ['no-import-export']],
  ['an export', 'export const a = 1', ['no-import-export']],
  ['an expression in text', 'Es ist {2 + 2}.', ['no-expression']],
  ['an expression on its own line', '{fetch("/x")}', ['no-expression']],
  ['a dynamic import', '{import("/x.js")}', ['no-expression']],
  ['a template literal', 'Hallo {`${name}`}', ['no-expression']],
  ['code after a comment', '{/* a */ 1}', ['no-expression']],
  ['code between two comments', '{/* a */ fetch("/x") /* b */}', ['no-expression']],
  ['code after a line comment', '{// Notiz\nfetch("/x")}', ['no-expression']],
  ['a spread attribute', '<Callout {...props}>x</Callout>', ['no-expression']],
  ['an expression attribute value', '<Quote by={name}>x</Quote>', ['no-expression']],
  ['<script>', '<script src="/x.js"></script>', ['no-script']],
  ['<svg> carrying script', '<svg><script>alert(1)</script></svg>', ['no-script', 'no-script']],
  ['<iframe>', '<iframe src="https://example.com"></iframe>', ['no-external-load']],
  ['<img> from anywhere', '<img src="/x.png" alt="x" />', ['no-external-load']],
  ['a Markdown image from another server', '![Logo](https://cdn.example.com/logo.png)', ['no-external-load']],
  ['a <style> element', '<style>{"body{}"}</style>', ['no-external-load', 'no-expression']],
  ['<base>', '<base href="https://evil.example/" />', ['no-external-load']],
  ['<meta http-equiv>', '<meta httpEquiv="refresh" content="0;url=https://evil.example" />', ['no-external-load']],
  ['a form', '<form action="https://evil.example"><input /></form>', ['component-allowlist', 'component-allowlist']],
  ['an on* attribute, any case', '<span onClick="x()">a</span>', ['no-event-handler']],
  ['set:html', '<Callout set:html="<b>x</b>" />', ['no-raw-html']],
  ['dangerouslySetInnerHTML', '<div dangerouslySetInnerHTML="x" />', ['no-raw-html']],
  ['a style attribute', '<span style="background:url(https://evil.example/x)">a</span>', ['attribute-allowlist']],
  ['a javascript: link', '[a](javascript:alert(1))', ['url-allowlist']],
  ['a data: link', '[a](data:text/html,hallo)', ['url-allowlist']],
  ['a vbscript: attribute in capitals', '<a href="VBScript:msgbox(1)">a</a>', ['url-allowlist']],
  ['a scheme hidden by a character reference', '[a](java&#x73;cript:alert(1))', ['url-allowlist']],
  ['a scheme split by an encoded tab', '<a href="java&#x09;script:x">a</a>', ['url-allowlist']],
  ['a javascript: link definition', '[a][x]\n\n[x]: javascript:void(0)', ['url-allowlist']],
  ['a video that is not https', '<Video url="http://example.com/v" title="x" />', ['url-allowlist']],
  ['a video from a player the site does not allow', '<Video url="https://video.example.com/embed/abc123" title="x" />', ['url-allowlist']],
  ['a video on a look-alike of an allowed player', '<Video url="https://www.youtube-nocookie.com.evil.example/embed/abc123" title="x" />', ['url-allowlist']],
  ['an unknown component', '<Chart data="x" />', ['component-allowlist']],
  ['an unknown attribute on a component', '<TryIt titel="x">a</TryIt>', ['attribute-allowlist']],
  ['a syntax error', '<div>\n\nText', ['mdx-syntax']],
];

const ALLOWED: [string, string][] = [
  ['a comment in curly braces', '{/* Notiz fürs Review */}\n\nText {/* auch hier */}.'],
  ['a line comment in curly braces', '{// Notiz\n}'],
  ['an empty expression', 'Text {}.'],
  ['<script> inside a code block', '```html\n<script>alert(1)</script>\n```'],
  ['<script> inside inline code', 'Schreib nie `<script>` in einen Eintrag.'],
  ['a fragment', '<>Text</>'],
  ['every allowed component with every attribute it reads', ALLOWED_COMPONENTS.map((c) => `<${c} ${COMPONENT_ATTRIBUTES[c].map((a) => `${a}="${a === 'url' ? 'https://www.youtube-nocookie.com/embed/abc' : 'x'}"`).join(' ')}>Text</${c}>`).join('\n\n')],
  ['every allowed HTML element', ALLOWED_HTML.map((e) => `<${e} title="y">a</${e}>`).join('\n\n')],
  ['http, mailto, site and relative links', '[a](https://example.com) [b](mailto:a@example.com) [c](/entries/tiktok/) [d](#abschnitt)'],
  ['a local image', '![Ein Screenshot](./bild.png)'],
  ['a two-click video', '<Video url="https://www.youtube-nocookie.com/embed/abc123" title="Wie Reels funktionieren" />'],
];

describe('the body rules', () => {
  it.each(REFUSED)('refuse %s, in npm run check and in the pipeline alike', (_name, mdx, expected) => {
    expect(rules(mdx)).toEqual(expected);
    if (expected[0] !== 'mdx-syntax') expect(pipelineViolations(mdx)).toEqual(checkMdxBody(mdx).violations);
  });

  it.each(ALLOWED)('allow %s', (_name, mdx) => {
    expect(checkMdxBody(mdx).violations).toEqual([]);
    expect(pipelineViolations(mdx)).toEqual([]);
  });

  it('names the line of each violation as it is in the file, front matter included', () => {
    const text = '---\ntitle: x\n---\n\nText.\n\n<span onclick="x">a</span>\n';
    expect(checkMdxBody(text).violations).toMatchObject([{ rule: 'no-event-handler', line: 7, column: 1 }]);
  });

  it('says what was found and what to write instead', () => {
    const [v] = checkMdxBody('![Logo](https://cdn.example.com/logo.png)').violations;
    expect(v!.message).toMatchInlineSnapshot(`"expected an image to load from this site, found "https://cdn.example.com/logo.png" on another server — store the file next to the entry and write ![what it shows](./bild.png)"`);
  });

  it('reports the links and images of a body for the link checks', () => {
    const report = checkMdxBody('[a](/entries/tiktok/) und <a href="/tags/privacy/">b</a>\n\n![Bild](./bild.png)');
    expect(report.links).toEqual([{ url: '/entries/tiktok/', line: 1 }]);
    expect(report.images).toEqual([{ url: './bild.png', alt: 'Bild', line: 3 }]);
  });

  it('stops the build with the file, line, rule and a pointer to the guide', () => {
    const error = new BodyRuleError('content/entries/beispiel.mdx', checkMdxBody('Text {1}').violations);
    expect(error.message).toMatchInlineSnapshot(`
      "The entry body of content/entries/beispiel.mdx breaks the body rules:
        content/entries/beispiel.mdx:1:6 [no-expression] expected no JavaScript in {…} (only comments such as {/* Notiz */}), found {1} — write the text as plain Markdown
      What a body may contain: CONTRIBUTING.md, section „Was im Text erlaubt ist“ (English: “What the text may contain”). Run \`npm run check\` to see every problem in the content."
    `);
  });

  it('hold for plain Markdown files too: a mentor bio may not link to javascript: or show an image at all', () => {
    const bio = '---\nname: Pia\n---\n\nMehr [hier](javascript:alert(1)), ![Foto](https://evil.example/p.png), [ok](https://example.com).';
    expect(checkMarkdownBody(bio).violations.map((v) => [v.rule, v.line])).toEqual([['url-allowlist', 5], ['text-allowlist', 5]]);
  });
});

const BIO_FILE = new URL('file:///site/content/mentors/pia.md');

/** The violations the pipeline plugin stops a Markdown (bio, digest record) compile with. */
function textPipelineViolations(markdown: string): readonly Violation[] {
  try {
    markdownToHtml(markdown, { hastPlugins: [satteriBodyRules({ cwd: '/site' })], fileURL: BIO_FILE, features: { gfm: true, smartPunctuation: true } });
    return [];
  } catch (error) {
    if (error instanceof BodyRuleError) return error.violations;
    throw error;
  }
}

const TEXT_REFUSED: [string, string, BodyRule[]][] = [
  ['raw HTML between two comments on one line', '<!-- x --><img src=x onerror=alert(1)><!-- y -->', ['no-raw-html']],
  ['a script between two comments', 'Hallo\n\n<!-- a --><script>alert(1)</script><!-- b -->', ['no-raw-html']],
  ['a comment alone', 'Text <!-- Notiz --> weiter.', ['no-raw-html']],
  ['inline HTML', 'Ich bin <b onclick="x()">fett</b>.', ['no-raw-html', 'no-raw-html']],
  ['an HTML block', '<div>\nText\n</div>', ['no-raw-html']],
  ['a heading', '## Über mich', ['text-allowlist']],
  ['an image from this site', '![Ich](./ich.png)', ['text-allowlist']],
  ['a code block, once', '```js\nlet a = 1;\n```', ['text-allowlist']],
  ['a table', '| a |\n|---|\n| b |', ['text-allowlist']],
  ['a javascript: reference link', '[Klick][r]\n\n[r]: javascript:alert(1)', ['url-allowlist']],
];

const TEXT_ALLOWED: [string, string][] = [
  ['paragraphs, emphasis, lists and links', 'Ich bin *Pia* und **mag** ~~nichts~~ alles.\n\n- eins\n- [zwei](https://example.com)\n\n1. drei\n2. <mailto:pia@example.com>\n\nZeile  \nneu mit `Code`.'],
  ['HTML shown as code', 'Schreib nie `<script>` in einen Text.'],
  ['escaped angle brackets', 'Kleiner als \\<b> ist kein HTML.'],
];

describe('the body rules for a bio or digest text (Markdown, place "text")', () => {
  it.each(TEXT_REFUSED)('refuse %s, in npm run check and in the pipeline alike', (_name, markdown, expected) => {
    expect(checkMarkdownBody(markdown).violations.map((v) => v.rule)).toEqual(expected);
    expect(textPipelineViolations(markdown).map((v) => v.rule)).toEqual(expected);
  });

  it.each(TEXT_ALLOWED)('allow %s', (_name, markdown) => {
    expect(checkMarkdownBody(markdown).violations).toEqual([]);
    expect(textPipelineViolations(markdown)).toEqual([]);
  });

  it('refuse a comment-wrapped image whole, naming the line of the file and what to write instead', () => {
    const [v, ...rest] = checkMarkdownBody('---\nname: Eve\n---\nText.\n\n<!-- x --><img src=x onerror=alert(1)><!-- y -->\n').violations;
    expect(rest).toEqual([]);
    expect(v).toMatchObject({ rule: 'no-raw-html', line: 6 });
    expect(v!.message).toContain('found "<!-- x --><img src=x onerror=alert(1)><…" — a bio or digest text holds paragraphs');
  });

  it('give Markdown in the content folder the text allowlist, an .mdx file the entry allowlist, the project’s own pages link checks', () => {
    expect(placeOf(new URL('file:///site/content/mentors/pia.md'))).toBe('text');
    expect(placeOf(new URL('file:///site/content/entries/a.mdx'))).toBe('entry');
    expect(placeOf(undefined)).toBe('text');
    const content = new URL('file:///site/content/');
    expect(placeOf(new URL('file:///site/content/digests/3.md'), content)).toBe('text');
    expect(placeOf(new URL('file:///site/CONTRIBUTING.md'), content)).toBe('page');
  });
});
