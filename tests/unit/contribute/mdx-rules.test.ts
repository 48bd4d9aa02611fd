import { describe, expect, it } from 'vitest';
import { unified } from 'unified';
import remarkParse from 'remark-parse';
import remarkMdx from 'remark-mdx';
import { ALLOWED_COMPONENTS, ALLOWED_HTML, blankFrontMatter, bodyViolations, checkMdxFile, parseMdx } from '../../../src/lib/mdx-rules.ts';
import { BodyRuleError, remarkBodyRules } from '../../../src/lib/remark-body-rules.ts';

/** Rule and line of each violation in an MDX body. */
const rules = (mdx: string) => checkMdxFile(mdx).map((v) => `${v.line}:${v.column} ${v.rule}`);

describe('bodyViolations reads the syntax tree', () => {
  it.each([
    ['an import', "import X from './x.astro'", '1:1 no-import-export'],
    ['an export', 'export const a = 1', '1:1 no-import-export'],
    ['an expression in text', 'Es ist {2 + 2}.', '1:8 no-expression'],
    ['an expression on its own line', '{fetch("/x")}', '1:1 no-expression'],
    ['a spread attribute', '<Callout {...props}>x</Callout>', '1:10 no-expression'],
    ['an expression attribute value', '<Quote by={name}>x</Quote>', '1:8 no-expression'],
    ['<script>', '<script src="/x.js"></script>', '1:1 no-script'],
    ['<iframe>', '<iframe src="https://example.com"></iframe>', '1:1 no-iframe'],
    ['an on* attribute, any case', '<span onClick="x()">a</span>', '1:7 no-event-handler'],
    ['a javascript: link', '[a](javascript:alert(1))', '1:1 no-javascript-url'],
    ['a javascript: link with odd case and a tab', '<a href="JavaScript\t:x">a</a>', '1:4 no-javascript-url'],
    ['a javascript: link definition', '[a][x]\n\n[x]: javascript:void(0)', '3:1 no-javascript-url'],
    ['an unknown component', '<Chart data="x" />', '1:1 component-allowlist'],
    ['a member component', '<Foo.Bar />', '1:1 component-allowlist'],
    ['an HTML element that loads something', '<img src="/x.png" alt="x" />', '1:1 component-allowlist'],
    ['a <style> element', '<style>{"body{}"}</style>', '1:1 component-allowlist'],
  ])('finds %s', (_name, mdx, expected) => {
    expect(rules(mdx)).toContain(expected);
  });

  it.each([
    ['a comment in curly braces', '{/* Notiz fürs Review */}\n\nText {/* auch hier */}.'],
    ['an empty expression', 'Text {}.'],
    ['<script> inside a code block', '```html\n<script>alert(1)</script>\n```'],
    ['<script> inside inline code', 'Schreib nie `<script>` in einen Eintrag.'],
    ['a fragment', '<>Text</>'],
    ['every allowed component', ALLOWED_COMPONENTS.map((c) => `<${c} title="x">Text</${c}>`).join('\n\n')],
    ['every allowed HTML element', ALLOWED_HTML.map((e) => `<${e} class="x" title="y">a</${e}>`).join('\n\n')],
    ['http, mailto and site links', '[a](https://example.com) [b](mailto:a@example.com) [c](/entries/tiktok/)'],
    ['the word javascript in text', 'javascript: so heißt die Sprache.'],
  ])('allows %s', (_name, mdx) => {
    expect(rules(mdx)).toEqual([]);
  });

  it('reports every violation with its message, in reading order', () => {
    expect(checkMdxFile('<Callout onClick="a" title={b}>x</Callout>\n\n<Tryit />')).toMatchInlineSnapshot(`
      [
        {
          "column": 10,
          "line": 1,
          "message": "expected no event handler attribute (on…), found onClick on <Callout>",
          "rule": "no-event-handler",
        },
        {
          "column": 22,
          "line": 1,
          "message": "expected attribute values written as text in quotes, found title={b} on <Callout>",
          "rule": "no-expression",
        },
        {
          "column": 1,
          "line": 3,
          "message": "expected one of the components TryIt, Callout, Quote, Video or a plain text element such as <strong>, found the component <Tryit> — did you mean "TryIt"?",
          "rule": "component-allowlist",
        },
      ]
    `);
  });

  it('flags an expression as unsafe when the tree carries no parsed program', () => {
    const tree = parseMdx('{/* c */}').tree!;
    for (const node of tree.children) delete (node as { data?: unknown }).data;
    expect(bodyViolations(tree).map((v) => v.rule)).toEqual(['no-expression']);
  });
});

describe('lines are those of the file', () => {
  it('keeps line numbers when the front matter is blanked out', () => {
    const file = '---\ntitle: "x"\nkind: app\n---\n\n## Was\n\n<script />\n';
    expect(blankFrontMatter(file).split('\n')).toHaveLength(file.split('\n').length);
    expect(rules(file)).toEqual(['8:1 no-script']);
  });

  it('turns an MDX syntax error into a violation with its line', () => {
    expect(checkMdxFile('---\na: 1\n---\n\n<Callout>\n\nnie geschlossen')).toMatchInlineSnapshot(`
      [
        {
          "column": 1,
          "line": 5,
          "message": "expected valid MDX, found a syntax error: Expected a closing tag for \`<Callout>\`",
          "rule": "mdx-syntax",
        },
      ]
    `);
  });
});

describe('remarkBodyRules: the same rules in the build', () => {
  const build = (text: string) => {
    const file = { path: '/site/content/entries/x.mdx', cwd: '/site', value: text };
    const processor = unified().use(remarkParse).use(remarkMdx).use(remarkBodyRules);
    return () => processor.runSync(processor.parse(text), file);
  };

  it('stops the build with file, line, column and rule', () => {
    const run = build('---\ntitle: x\n---\n\nText\n\n<iframe src="https://example.com" />\n');
    expect(run).toThrow(BodyRuleError);
    expect(run).toThrowErrorMatchingInlineSnapshot(`
      [BodyRuleError: MDX body rules (DESIGN.md §4) broken in content/entries/x.mdx:
        content/entries/x.mdx:7:1 [no-iframe] expected no <iframe> element (use <Video url="…" title="…"> for videos), found <iframe>
      Run \`npm run check\` to see every problem in the content.]
    `);
  });

  it('lets a body that follows the rules through', () => {
    expect(build('{/* ok */}\n\n<TryIt>\n\n1. Los.\n\n</TryIt>\n')).not.toThrow();
  });
});
