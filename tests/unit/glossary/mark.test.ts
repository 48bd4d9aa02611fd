/**
 * Glossary terms in entry bodies, marked by the Sätteri plugin of the site's Markdown
 * pipeline (src/lib/satteri/glossary.ts) on the tree it renders.
 */
import { markdownToHtml, mdxToJs, type MarkdownToHtmlResult, type MdxToJsResult } from 'satteri';
import { describe, expect, it } from 'vitest';
import { satteriGlossary, type GlossaryPluginOptions } from '../../../src/lib/satteri/glossary.ts';
import { readYamlList } from '../../../scripts/lib/load-library.ts';
import { glossarySchema, type GlossaryTerm } from '../../../src/schemas/glossary.ts';

const term = (id: string, spelling: string, aka: string[] = [], entries: string[] = []): GlossaryTerm =>
  ({ id, term: spelling, aka, meaning: { de: `Bedeutung von ${spelling}`, en: `Meaning of ${spelling}` }, entries }) as GlossaryTerm;

const small = [term('cringe', 'cringe', ['cringy']), term('story', 'Story', ['Stories'], ['instagram-stories'])];
const options = (terms: readonly GlossaryTerm[]): GlossaryPluginOptions => ({
  terms: () => terms, locale: 'de', lang: 'de', more: 'Im Glossar ansehen', href: (id) => `/kb/glossary/#term-${id}`,
});
const fileURL = (slug: string) => new URL(`file:///work/content/entries/${slug}.mdx`);

/** Body HTML with the plugin; our plugins are synchronous, so Sätteri answers synchronously. */
function render(markdown: string, slug = 'x', terms: readonly GlossaryTerm[] = small): string {
  const result = markdownToHtml(markdown, { hastPlugins: [satteriGlossary(options(terms))], fileURL: fileURL(slug), features: { smartPunctuation: false } }) as MarkdownToHtmlResult;
  return result.html;
}
/** The words marked, in order. */
const marked = (html: string) => [...html.matchAll(/<button[^>]*>([^<]*)<\/button>/g)].map((m) => m[1]);

describe('marking glossary terms in an entry body', () => {
  it('marks the first occurrence of each term in the whole body, not one per paragraph', () => {
    const html = render('Eine Story ist cringe.\n\nNoch eine Story, wieder cringy.');
    expect(marked(html)).toEqual(['Story', 'cringe']);
    expect(html).toContain('data-glossary="story"');
    expect(html).toContain('<p>Noch eine Story, wieder cringy.</p>');
  });

  it.each([
    ['a link', '[Die Story](/entries/instagram-stories/) erklärt es. Eine Story verschwindet.'],
    ['a heading', '## Was ist eine Story?\n\nEine Story verschwindet.'],
    ['inline code', 'Der Befehl `Story` und eine Story verschwindet.'],
    ['a code block', '```\nStory\n```\n\nEine Story verschwindet.'],
  ])('leaves the term alone inside %s and marks the next occurrence in running text', (_, markdown) => {
    const html = render(markdown);
    expect(marked(html)).toEqual(['Story']);
    expect(html).toMatch(/<button[^>]*>Story<\/button>[\s\S]*?<\/span><\/span> verschwindet/);
  });

  it('marks terms split by emphasis once each', () => {
    expect(marked(render('**Stories** sind nie *cringe*, eine Story auch nicht.'))).toEqual(['Stories', 'cringe']);
  });

  it('explains the term in a popover with its meaning and a link to the glossary', () => {
    const html = render('Das war cringe.');
    expect(html).toContain('popovertarget="glossary-cringe"');
    expect(html).toContain('Bedeutung von cringe');
    expect(html).toContain('href="/kb/glossary/#term-cringe"');
  });

  it('changes nothing in a body without glossary terms', () => {
    expect(render('Nichts zu erklären.')).toBe('<p>Nichts zu erklären.</p>\n');
  });

  it('marks terms in the running text of MDX components', () => {
    const { code } = mdxToJs('<Callout title="Tipp">Das war cringe.</Callout>\n', {
      hastPlugins: [satteriGlossary(options(small))], fileURL: fileURL('x'),
      // What @astrojs/markdown-satteri passes for Astro.
      jsxImportSource: 'astro', elementAttributeNameCase: 'html',
    }) as MdxToJsResult;
    expect(code).toMatch(/_jsxs?\(Callout, \{[\s\S]*"data-glossary": "cringe"/);
  });

  it('works with the real glossary: "Für dich" on the TikTok entry', () => {
    const { items, problems } = readYamlList('content', 'glossary.yaml', glossarySchema);
    expect(problems).toEqual([]);
    const html = render('Auf der Für dich-Seite landet, was gefällt.', 'tiktok', items.map((i) => i.data));
    expect(html).toContain('data-glossary="fyp"');
  });
});
