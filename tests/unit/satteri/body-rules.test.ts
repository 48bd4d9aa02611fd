/**
 * The body rules in the Sätteri pipeline (the processor astro.config.mjs uses) find
 * the same violations, with the same lines, columns and messages, as `npm run check`,
 * which reads the file with remark-mdx.
 */
import { mdxToJs } from 'satteri';
import { describe, expect, it } from 'vitest';
import { ALLOWED_COMPONENTS, ALLOWED_HTML, checkMdxFile, type Violation } from '../../../src/lib/mdx-rules.ts';
import { BodyRuleError } from '../../../src/lib/remark-body-rules.ts';
import { attributeOffsets, isCommentOnlyExpression, satteriBodyRules } from '../../../src/lib/satteri/body-rules.ts';

const plugin = satteriBodyRules({ cwd: '/site' });
const FILE = new URL('file:///site/content/entries/beispiel.mdx');

/** The violations the Sätteri plugin stops the compile with (none when it compiles). */
async function satteriViolations(mdx: string): Promise<readonly Violation[]> {
  try {
    await mdxToJs(mdx, { mdastPlugins: [plugin], fileURL: FILE });
    return [];
  } catch (error) {
    if (error instanceof BodyRuleError) return error.violations;
    throw error;
  }
}

const BODIES = [
  ["an import", "import X from './x.astro'"],
  ['an export', 'export const a = 1'],
  ['an expression in text', 'Es ist {2 + 2}.'],
  ['an expression on its own line', '{fetch("/x")}'],
  ['an expression after a comment', '{/* a */ 1}'],
  ['code between two comments', '{/* a */ fetch("/x") /* b */}'],
  ['a spread attribute', '<Callout {...props}>x</Callout>'],
  ['an expression attribute value', '<Quote by={name}>x</Quote>'],
  ['<script>', '<script src="/x.js"></script>'],
  ['<iframe>', '<iframe src="https://example.com"></iframe>'],
  ['an on* attribute, any case', '<span onClick="x()">a</span>'],
  ['an on* attribute on a later line of the tag', 'Text\n\n<div>\n  <span\n    title="a {b}"\n    onclick="x">a</span>\n</div>'],
  ['a javascript: link', '[a](javascript:alert(1))'],
  ['a javascript: attribute with odd case and a tab', '<a href="JavaScript\t:x">a</a>'],
  ['a javascript: link definition', '[a][x]\n\n[x]: javascript:void(0)'],
  ['an unknown component', '<Chart data="x" />'],
  ['a member component', '<Foo.Bar />'],
  ['an HTML element that loads something', '<img src="/x.png" alt="x" />'],
  ['a <style> element', '<style>{"body{}"}</style>'],
  ['several violations', '<Callout onClick="a" title={b}>x</Callout>\n\n<Tryit />'],
  ['a comment in curly braces', '{/* Notiz fürs Review */}\n\nText {/* auch hier */}.'],
  ['a line comment in curly braces', '{// Notiz\n}'],
  ['an empty expression', 'Text {}.'],
  ['<script> inside a code block', '```html\n<script>alert(1)</script>\n```'],
  ['<script> inside inline code', 'Schreib nie `<script>` in einen Eintrag.'],
  ['a fragment', '<>Text</>'],
  ['every allowed component', ALLOWED_COMPONENTS.map((c) => `<${c} title="x">Text</${c}>`).join('\n\n')],
  ['every allowed HTML element', ALLOWED_HTML.map((e) => `<${e} class="x" title="y">a</${e}>`).join('\n\n')],
  ['http, mailto and site links', '[a](https://example.com) [b](mailto:a@example.com) [c](/entries/tiktok/)'],
  ['a comment and an expression inside a component', '<Callout title="x">\n  {/* ok */}\n  Text {x}\n</Callout>'],
] as const;

describe('the Sätteri body-rules plugin', () => {
  it.each(BODIES)('agrees with npm run check on %s', async (_name, mdx) => {
    expect(await satteriViolations(mdx)).toEqual(checkMdxFile(mdx));
  });

  it('stops the compile with the project-relative file, the line in the file and the rule', async () => {
    const mdx = '---\ntitle: Beispiel\n---\n\nText.\n\n<script>alert(1)</script>\n';
    // Sätteri compiles synchronously when every plugin is synchronous, so the error may come either way.
    await expect((async () => mdxToJs(mdx, { mdastPlugins: [plugin], fileURL: FILE }))()).rejects.toThrowErrorMatchingInlineSnapshot(`
      [BodyRuleError: MDX body rules (DESIGN.md §4) broken in content/entries/beispiel.mdx:
        content/entries/beispiel.mdx:7:1 [no-script] expected no <script> element (an entry must not run code), found <script>
      Run \`npm run check\` to see every problem in the content.]
    `);
  });

  it('lets a clean body compile unchanged', async () => {
    const mdx = '# Titel\n\n<Callout title="Tipp">Text {/* Notiz */}</Callout>\n';
    const plain = await mdxToJs(mdx, { fileURL: FILE });
    const checked = await mdxToJs(mdx, { mdastPlugins: [plugin], fileURL: FILE });
    expect(checked.code).toBe(plain.code);
  });
});

describe('isCommentOnlyExpression', () => {
  it.each([
    ['', true], ['  \n ', true], ['/* Notiz */', true], ['// Notiz\n', true], ['/* a */ // b', true], ['/* a */\n/* b */', true],
    ['1', false], ['/* a */ 1', false], ['"/* a */"', false], ['/* a */ */', false], ['/* a */ alert(1) /* b */', false], ['/* offen', false], ['x // y', false],
  ])('reads %j as comment-only: %s', (value, expected) => {
    expect(isCommentOnlyExpression(value)).toBe(expected);
  });
});

describe('attributeOffsets', () => {
  it('finds where each attribute of an opening tag starts, whatever its kind of value', () => {
    const tag = '<Quote by="A {b}" cite={x("}")} {...rest} open\n  title=\'t\'>x</Quote>';
    expect(attributeOffsets(tag, 0)?.map((at) => tag.slice(at, at + 4))).toEqual(['by="', 'cite', '{...', 'open', "titl"]);
  });

  it('gives up on a tag it cannot read, so the rules point at the element', () => {
    expect(attributeOffsets('<Quote by="open', 0)).toBeUndefined();
    expect(attributeOffsets('<Quote by=bare>', 0)).toBeUndefined();
  });
});
