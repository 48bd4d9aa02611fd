/**
 * Glossary terms are marked in the Sätteri pipeline exactly as the rehype plugin marks
 * them: same first occurrences, same popover markup, same hidden synonyms.
 */
import { markdownToHtml, mdxToJs, type MarkdownToHtmlResult, type MdxToJsResult } from 'satteri';
import { describe, expect, it } from 'vitest';
import { rehypeGlossary, type RehypeGlossaryOptions } from '../../../src/lib/glossary/rehype.ts';
import { satteriGlossary } from '../../../src/lib/satteri/glossary.ts';
import { hastOf, html, realGlossary } from '../glossary/support.ts';

const terms = realGlossary();
const options: RehypeGlossaryOptions = {
  terms: () => terms, locale: 'de', lang: 'de', more: 'Im Glossar ansehen', href: (id) => `/kb/glossary/#term-${id}`,
};
const plugin = satteriGlossary(options);
const fileURL = (file: string) => new URL(`file:///work/${file}`);

/** Body HTML from Sätteri with the plugin (smart quotes off: the unified helper has none). */
function satteriHtml(markdown: string, file = 'content/entries/x.mdx'): string {
  // Our plugins are synchronous, so Sätteri answers synchronously.
  const result = markdownToHtml(markdown, { hastPlugins: [plugin], fileURL: fileURL(file), features: { smartPunctuation: false } }) as MarkdownToHtmlResult;
  return result.html.trim();
}

/** Body HTML from the unified rehype plugin. */
function unifiedHtml(markdown: string, file = 'content/entries/x.mdx'): string {
  const tree = hastOf(markdown);
  rehypeGlossary(options)(tree, { path: `/work/${file}` });
  return html(tree);
}

const normalise = (s: string) => s.replace(/\n/g, '').replace(/ hidden=""/g, ' hidden');

describe('the Sätteri glossary plugin', () => {
  it.each([
    ['one term', 'Das Video war cringe.'],
    ['a term twice: only the first is marked', 'Cringe hier, cringe da.'],
    ['several terms in one text', 'Ich schicke lieber eine Sprachnachricht, ganz ohne FOMO.'],
    ['terms in several paragraphs and a list', 'Ein Wort über FOMO.\n\n- Sprachnachricht\n- noch mehr cringe'],
    ['terms in headings, links and code, which stay unmarked', '## Cringe\n\n[cringe](/x/) und `cringe` und dann cringe.'],
    ['a term inside emphasis', 'Das war *so cringe* heute.'],
    ['no term at all', 'Ein Text ohne Fachwörter.'],
  ])('marks %s like the rehype plugin', (_name, markdown) => {
    expect(normalise(satteriHtml(markdown))).toBe(normalise(unifiedHtml(markdown)));
  });

  it('adds the terms the glossary files under this entry to the synonyms', () => {
    const file = 'content/entries/tiktok.mdx';
    const out = satteriHtml('Ein Text ohne Fachwörter.', file);
    expect(normalise(out)).toBe(normalise(unifiedHtml('Ein Text ohne Fachwörter.', file)));
    expect(out).toContain('FYP · For You Page');
  });

  it('marks terms in the running text of MDX components', () => {
    const { code } = mdxToJs('<Callout title="Tipp">Das war cringe.</Callout>\n', {
      hastPlugins: [plugin], fileURL: fileURL('content/entries/x.mdx'),
      // What @astrojs/markdown-satteri passes for Astro.
      jsxImportSource: 'astro', elementAttributeNameCase: 'html',
    }) as MdxToJsResult;
    expect(code).toMatch(/_jsxs?\(Callout, \{[\s\S]*"data-glossary": "cringe"/);
    expect(code).toContain('popovertarget: "glossary-cringe"');
  });
});
