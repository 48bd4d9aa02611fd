import { describe, expect, it } from 'vitest';
import { rehypeGlossary } from '../../../src/lib/glossary/rehype.ts';
import { parseGlossary } from '../../../src/lib/glossary/source.ts';
import { compileMatcher, firstOccurrences } from '../../../src/lib/glossary/match.ts';
import { formatProblems } from '../../../src/schemas/problems.ts';
import { hastOf, html, realGlossary } from './support.ts';

const terms = realGlossary();
const plugin = rehypeGlossary({
  terms: () => terms, locale: 'de', lang: 'de', more: 'Im Glossar ansehen', href: (id) => `/kb/glossary/#term-${id}`,
});
function run(mdx: string, file = 'content/entries/x.mdx') {
  const tree = hastOf(mdx);
  plugin(tree, { path: `/work/${file}` });
  return html(tree);
}

describe('the glossary rehype plugin', () => {
  it('turns the first occurrence into a button that opens the meaning in a popover and is described by it', () => {
    expect(run('Das Video war cringe.')).toMatchInlineSnapshot(`"<p>Das Video war <span class="glossary" data-glossary="cringe"><button type="button" class="glossary-term cursor-help underline decoration-dotted decoration-2 underline-offset-4 hover:decoration-solid" popovertarget="glossary-cringe" aria-describedby="glossary-cringe-meaning" style="anchor-name:--glossary-cringe">cringe</button><span id="glossary-cringe" popover="auto" lang="de" class="w-max max-w-[min(20rem,calc(100vw-2rem))] rounded-lg border border-slate-300 bg-white p-3 text-left text-sm leading-snug font-normal text-slate-900 not-italic shadow-lg dark:border-slate-600 dark:bg-slate-900 dark:text-slate-100 supports-[position-area:bottom]:m-0 supports-[position-area:bottom]:[inset:auto] supports-[position-area:bottom]:mt-1 supports-[position-area:bottom]:[position-area:bottom_span-right] supports-[position-area:bottom]:[position-try-fallbacks:flip-block,flip-inline]" style="position-anchor:--glossary-cringe" data-pagefind-ignore=""><strong class="block font-semibold">cringe</strong><span id="glossary-cringe-meaning" class="mt-1 block">Fremdscham; etwas ist so peinlich, dass man beim Zusehen mitleidet. Jugendwort des Jahres 2021.</span><a href="/kb/glossary/#term-cringe" class="mt-2 inline-block">Im Glossar ansehen</a></span></span>.</p><span data-pagefind-synonyms="" hidden>cringe · cringy · Cringe-Moment</span>"`);
  });

  it('gives the meaning in the site’s language', () => {
    const english = rehypeGlossary({ terms: () => terms, locale: 'en', lang: 'en', more: 'See it in the glossary', href: (id) => `/glossary/#term-${id}` });
    const tree = hastOf('So cringe.');
    english(tree, {});
    expect(html(tree)).toContain('>Second-hand embarrassment;');
    expect(html(tree)).toContain('lang="en"');
  });

  it('ends the body with every spelling of every term it found, for search', () => {
    const out = run('Ich schicke lieber eine Sprachnachricht, ganz ohne FOMO.');
    expect(out).toContain('<span data-pagefind-synonyms="" hidden>Sprachnachricht · Sprachi · Voice · Sprachmemo · FOMO · Fear of Missing Out</span>');
  });

  it('adds the terms the glossary files under this entry to the synonyms, even where the body does not use them', () => {
    const out = run('Ein Text ohne Fachwörter.', 'content/entries/tiktok.mdx');
    const synonyms = /data-pagefind-synonyms="" hidden>([^<]*)</.exec(out)?.[1] ?? '';
    expect(synonyms).toContain('FYP · For You Page · Für dich · ForYou · #fyp');
    expect(synonyms).toContain('Brainrot · Brain Rot');
  });

  it('adds nothing to a body without glossary terms', () => {
    expect(run('Ein Text ohne Fachwörter.')).toBe('<p>Ein Text ohne Fachwörter.</p>');
  });
});

describe('the project glossary', () => {
  it('has 45 terms that each find themselves and every one of their spellings', () => {
    expect(terms).toHaveLength(45);
    const matcher = compileMatcher(terms);
    const misses = terms.flatMap((t) => [t.term, ...t.aka].filter((s) => firstOccurrences(matcher, `Hier steht ${s} im Satz.`, new Set())[0]?.termId !== t.id).map((s) => `${t.id}: ${s}`));
    expect(misses).toEqual([]);
  });

  it('reports a broken glossary file with the file, the item and what is expected', () => {
    const { problems } = parseGlossary('- id: cringe\n  term: cringe\n  meaning: { de: Fremdscham }\n', 'content/glossary.yaml');
    expect(formatProblems(problems)).toMatchInlineSnapshot(`
      "content/glossary.yaml
        line 1, [0] (cringe).meaning.en: expected an English meaning, found nothing (the field is required)"
    `);
    expect(formatProblems(parseGlossary('cringe: [', 'content/glossary.yaml').problems)).toMatch(/^content\/glossary\.yaml\n {2}line 1, \(file\): expected valid YAML, found a syntax error/);
  });
});
