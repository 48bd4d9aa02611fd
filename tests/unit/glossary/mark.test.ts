import { describe, expect, it } from 'vitest';
import type { ElementContent } from 'hast';
import { compileMatcher } from '../../../src/lib/glossary/match.ts';
import { markGlossaryTerms } from '../../../src/lib/glossary/mark.ts';
import { hastOf, html } from './support.ts';

const matcher = compileMatcher([
  { id: 'cringe', term: 'cringe', aka: ['cringy'] },
  { id: 'story', term: 'Story', aka: ['Stories'] },
]);
const render = (m: { termId: string; text: string }): ElementContent => ({ type: 'element', tagName: 'mark', properties: { dataTerm: m.termId }, children: [{ type: 'text', value: m.text }] });
function mark(mdx: string) {
  const tree = hastOf(mdx);
  const found = markGlossaryTerms(tree, matcher, render);
  return { found, html: html(tree) };
}

describe('marking glossary terms in an entry body', () => {
  it('marks the first occurrence of each term in the whole body, not one per paragraph', () => {
    const { found, html: out } = mark('Eine Story ist cringe.\n\nNoch eine Story, wieder cringy.');
    expect(found).toEqual(['story', 'cringe']);
    expect(out).toBe('<p>Eine <mark data-term="story">Story</mark> ist <mark data-term="cringe">cringe</mark>.</p>\n<p>Noch eine Story, wieder cringy.</p>');
  });

  it.each([
    ['a link', '[Die Story](/entries/instagram-stories/) erklärt es. Eine Story verschwindet.'],
    ['a heading', '## Was ist eine Story?\n\nEine Story verschwindet.'],
    ['inline code', 'Der Befehl `Story` und eine Story verschwindet.'],
    ['a code block', '```\nStory\n```\n\nEine Story verschwindet.'],
    ['an abbr', 'Eine <abbr title="x">Story</abbr> und eine Story verschwindet.'],
    ['a dfn', 'Eine <dfn>Story</dfn> und eine Story verschwindet.'],
  ])('leaves the term alone inside %s and marks the next occurrence in running text', (_, mdx) => {
    const { found, html: out } = mark(mdx);
    expect(found).toEqual(['story']);
    expect(out.match(/<mark[^>]*>Story<\/mark> verschwindet/)).not.toBeNull();
    expect(out.match(/<mark/g)).toHaveLength(1);
  });

  it('marks terms inside the components mentors use, such as <TryIt> and <Callout>', () => {
    const { found, html: out } = mark('<Callout type="tip">\n\nPoste eine Story.\n\n</Callout>');
    expect(found).toEqual(['story']);
    expect(out).toContain('<Callout><p>Poste eine <mark data-term="story">Story</mark>.</p></Callout>');
  });

  it('reads text split by emphasis as separate pieces and still marks each term once', () => {
    const { found, html: out } = mark('**Stories** sind nie *cringe*, eine Story auch nicht.');
    expect(found).toEqual(['story', 'cringe']);
    expect(out).toBe('<p><strong><mark data-term="story">Stories</mark></strong> sind nie <em><mark data-term="cringe">cringe</mark></em>, eine Story auch nicht.</p>');
  });

  it('changes nothing in a body without glossary terms', () => {
    const { found, html: out } = mark('Nichts zu erklären.');
    expect(found).toEqual([]);
    expect(out).toBe('<p>Nichts zu erklären.</p>');
  });
});
