/** What goes into the search index: which pages, stemmed in which language, with which hidden metadata. */
import { describe, expect, it } from 'vitest';
import { prepareForIndex, urlOfFile } from '../../../src/lib/search/index-pages.ts';

const html = (body: string, lang = 'de') => `<!doctype html><html lang="${lang}"><head><title>t</title></head><body><header>Suche</header>${body}</body></html>`;
const pages = [
  { url: '/', html: html('<main><h1>Start</h1><p>Datenschutz und mehr</p></main>') },
  { url: '/entries/datenschutz/', html: html('<article data-pagefind-body><h1>Datenschutz</h1><p>Daten selbst schützen: Selbstschutz. Eine Sprachnachricht in unserer Sprache.</p><span data-pagefind-synonyms hidden>Sprachi · Voice</span></article>') },
  { url: '/entries/voice/', html: html('<article data-pagefind-body data-index-lang="en"><h1>Voice messages</h1><p>Privacy matters.</p></article>') },
  { url: '/mentors/finn/', html: html('<div data-pagefind-body><h1>Finn</h1><p>Ich schreibe eine Nachricht, Nachrichten und Sprachnachrichten.</p></div>') },
];
const indexed = prepareForIndex(pages, { indexLanguage: 'de' });
const byUrl = (url: string) => indexed.find((p) => p.url === url)!;

describe('preparing built pages for the index', () => {
  it('takes only pages with a data-pagefind-body element', () => {
    expect(indexed.map((p) => p.url)).toEqual(['/entries/datenschutz/', '/entries/voice/', '/mentors/finn/']);
  });
  it('files each page under the language of its content, a page in another language than the index’s with a filter the search selects it by', () => {
    expect(indexed.map((p) => p.language)).toEqual(['de', 'en', 'de']);
    expect(byUrl('/entries/voice/').content).toContain('<span hidden data-pagefind-filter="stemming">en</span></body>');
    expect(byUrl('/mentors/finn/').content).not.toContain('data-pagefind-filter');
  });
  it('gives a page in another language than the index the stems of its words in its own language', () => {
    expect(byUrl('/entries/voice/').stems).toEqual(['matter', 'messag', 'privaci', 'voic']);
    expect(byUrl('/entries/voice/').content).toContain('<span hidden data-pagefind-meta="stems">matter messag privaci voic</span>');
    expect(byUrl('/entries/datenschutz/').stems).toEqual([]);
  });
  it('adds the later parts of German compounds as hidden metadata outside the indexed body', () => {
    const page = byUrl('/entries/datenschutz/');
    expect(page.parts).toEqual(['nachricht', 'schutz']);
    expect(page.content).toContain('<span hidden data-pagefind-meta="parts">nachricht schutz</span>');
    expect(page.content.indexOf('data-pagefind-meta="parts"')).toBeGreaterThan(page.content.indexOf('</article>'));
  });
  it('lists parts a page uses often again, in a field per doubling, so such pages rank higher', () => {
    const often = (times: number) =>
      prepareForIndex([{ url: '/a/', html: html(`<article data-pagefind-body><p>Daten selbst: ${'Datenschutz, '.repeat(times)} Selbstschutz.</p></article>`) }], { indexLanguage: 'de' })[0]!;
    expect(often(1).partCounts).toEqual({ schutz: 2 });
    expect(often(1).content).toContain('<span hidden data-pagefind-meta="parts">schutz</span><span hidden data-pagefind-meta="parts_2">schutz</span></body>');
    expect(often(7).content).toContain('<span hidden data-pagefind-meta="parts_8">schutz</span>');
    expect(often(2).content).not.toContain('parts_4');
  });
  it('splits no compounds of English pages', () => {
    expect(byUrl('/entries/voice/').parts).toEqual([]);
    expect(byUrl('/entries/voice/').content).not.toContain('data-pagefind-meta="parts"');
  });
  it('takes metadata words into account, so topics and names get stems and parts too', () => {
    const [page] = prepareForIndex(
      [{ url: '/e/', html: html('<article data-pagefind-body data-index-lang="en"><h1>Hi</h1><div hidden data-pagefind-ignore><span data-pagefind-meta="topics">Communities</span></div></article>') }],
      { indexLanguage: 'de' },
    );
    expect(page!.stems).toEqual(['communiti']);
  });
  it('moves glossary spellings out of the body into searchable metadata', () => {
    const page = byUrl('/entries/datenschutz/');
    expect(page.synonyms).toEqual(['Sprachi · Voice']);
    expect(page.content).not.toContain('data-pagefind-synonyms');
    expect(page.content).toContain('<span hidden data-pagefind-meta="synonyms">Sprachi · Voice</span>');
  });
  it('leaves the rest of the page as it was built', () => {
    expect(byUrl('/mentors/finn/').content).toBe(
      pages[3]!.html.replace('</body>', '<span hidden data-pagefind-meta="parts">sprache</span></body>'),
    );
  });
});

describe('the URL of a built file', () => {
  it.each([
    ['index.html', '/'],
    ['entries/tiktok/index.html', '/entries/tiktok/'],
    ['404.html', '/404.html'],
    ['entries\\tiktok\\index.html', '/entries/tiktok/'],
  ])('%s is %s', (file, url) => {
    expect(urlOfFile(file)).toBe(url);
  });
});
