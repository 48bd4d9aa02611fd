/** Reading built pages for the index: the indexed element, its language and its text. */
import { describe, expect, it } from 'vitest';
import { attribute, decodeEntities, extractElements, indexedRegions, indexedText, pageLanguage, textOf } from '../../../src/lib/search/html.ts';

const page = (body: string, lang = 'de') => `<!doctype html><html lang="${lang}"><head><title>x</title><script>var a = "<div>";</script></head><body><nav>Menü</nav>${body}<footer>Fuß</footer></body></html>`;

describe('finding the indexed element', () => {
  it('finds the data-pagefind-body element with nested elements of the same name', () => {
    const html = page('<div data-pagefind-body><div><div>a</div></div><p>b</p></div><div>c</div>');
    const [region] = indexedRegions(html);
    expect(html.slice(region!.start, region!.end)).toBe('<div data-pagefind-body><div><div>a</div></div><p>b</p></div>');
  });
  it('finds none on a page without one', () => {
    expect(indexedRegions(page('<main><h1>Liste</h1></main>'))).toEqual([]);
  });
  it('is not fooled by tags inside comments and scripts', () => {
    const html = page('<article data-pagefind-body><!-- </article> --><script>document.write("</article>")</script><p>x</p></article>');
    const [region] = indexedRegions(html);
    expect(html.slice(region!.end - 14, region!.end)).toBe('<p>x</p></article>'.slice(-14));
    expect(textOf(html.slice(region!.start, region!.end))).toBe('x');
  });
});

describe('the language of a page', () => {
  it('is the content language the indexed element declares, over the page language', () => {
    expect(pageLanguage(page('<article data-pagefind-body data-index-lang="en"><p>Hi</p></article>'))).toBe('en');
    expect(pageLanguage(page('<article data-pagefind-body lang="EN-GB"><p>Hi</p></article>'))).toBe('en-gb');
  });
  it('falls back to the <html lang>', () => {
    expect(pageLanguage(page('<article data-pagefind-body><p>Hallo</p></article>'))).toBe('de');
  });
});

describe('the indexed text', () => {
  it('leaves out ignored elements and those Pagefind drops, keeps inline words joined', () => {
    const html = page(
      '<article data-pagefind-body><h1>Daten<em>schutz</em></h1><div data-pagefind-ignore><p>Badge</p></div><form><label>Feld</label></form>' +
        '<svg><text>Bild</text></svg><p>Geht&nbsp;vor &amp; bleibt &#8211; klar&#x21;</p></article>',
    );
    expect(indexedText(html)).toBe('Datenschutz Geht vor & bleibt – klar!');
  });
  it('can skip more elements on request', () => {
    const html = page('<article data-pagefind-body><p>Sichtbar</p><span data-x>Geheim</span></article>');
    expect(indexedText(html, (tag) => attribute(tag.attrs, 'data-x') !== undefined)).toBe('Sichtbar');
  });
});

describe('reading and cutting elements', () => {
  it('reads quoted, unquoted and bare attributes', () => {
    expect(attribute(' class="a b" data-pagefind-body lang=en title=\'x &amp; y\'', 'lang')).toBe('en');
    expect(attribute(' class="a b" data-pagefind-body lang=en', 'data-pagefind-body')).toBe('');
    expect(attribute(' title=\'x &amp; y\'', 'title')).toBe('x & y');
    expect(attribute(' data-lang="de"', 'lang')).toBeUndefined();
  });
  it('cuts matching elements out and returns their text', () => {
    const { html, texts } = extractElements('<p>A<span data-s hidden>Sprachi · Voice</span>B</p><span data-s>Aura</span>', (t) => attribute(t.attrs, 'data-s') !== undefined);
    expect(html).toBe('<p>AB</p>');
    expect(texts).toEqual(['Sprachi · Voice', 'Aura']);
  });
  it('decodes numeric and common named entities, and leaves unknown ones', () => {
    expect(decodeEntities('&lt;a&gt; &quot;b&quot; &#39;c&#39; &#x1F600; &unknown;')).toBe('<a> "b" \'c\' 😀 &unknown;');
  });
});
