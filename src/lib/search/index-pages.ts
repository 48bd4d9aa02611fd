/**
 * Turns built pages into what goes into the search index: an indexed copy of each
 * page's HTML that carries what readers never see on the page, as searchable
 * metadata (so it neither shows up in excerpts nor changes the page the reader gets):
 * - the parts of its German compounds ("schutz" for "Datenschutz");
 * - the glossary spellings of its words ("Sprachi");
 * - for a page not in the index's language, the stems of its words in its own
 *   language, and a `stemming` filter naming that language, so the browser can search
 *   it with a query stemmed the same way (see `stem.ts`). Pages in the index's language
 *   carry no such filter: the filter index then lists only the others, and stays small.
 */
import { buildVocabulary, createSplitter } from './compounds.ts';
import { attribute, escapeHtml, extractElements, indexedRegions, indexedText, pageLanguage } from './html.ts';
import { stemsOf } from './stem.ts';

export type BuiltPage = {
  /** Site-relative URL without the base path, e.g. `/entries/tiktok/`. */
  url: string;
  html: string;
};

export type IndexedPage = {
  url: string;
  /** Primary language subtag of the page's content, e.g. `en`: the stemmer it is searched with. */
  language: string;
  /** The HTML to index. */
  content: string;
  /** Parts of the page's compounds the page does not contain as words. */
  parts: string[];
  /** How often the page uses compounds with each part. */
  partCounts: Record<string, number>;
  /** Spellings and synonyms from `[data-pagefind-synonyms]` elements. */
  synonyms: string[];
  /** Stems of its words in its own language, for a page not in the index's language. */
  stems: string[];
};

export type IndexOptions = {
  /** The language the index is stemmed in (the site's); also that of a page that declares none. */
  indexLanguage: string;
  /** Languages whose compounds are split; German only by default. */
  compoundLanguages?: readonly string[];
};

/**
 * Pagefind counts a metadata word once per page, however often the page uses it. So
 * that a page speaking of "Datenschutz" six times ranks above one that mentions it
 * once for "Schutz", a part used at least 2, 4 or 8 times is listed again in the
 * fields `parts_2`, `parts_4`, `parts_8`: each adds to the score, like a term
 * frequency that grows with the logarithm of the count.
 */
export const PART_TIERS = [2, 4, 8] as const;

const isSynonyms = (tag: { attrs: string }) => attribute(tag.attrs, 'data-pagefind-synonyms') !== undefined;
const isMeta = (tag: { attrs: string }) => attribute(tag.attrs, 'data-pagefind-meta') !== undefined;

/**
 * Hidden metadata and filter elements, placed outside the indexed body so Pagefind
 * reads them as metadata and filters only.
 */
function withSearchData(html: string, meta: Record<string, string>, filters: Record<string, string>): string {
  const elements = [
    ...Object.entries(meta).filter(([, v]) => v).map(([key, value]) => `<span hidden data-pagefind-meta="${key}">${escapeHtml(value)}</span>`),
    ...Object.entries(filters).map(([key, value]) => `<span hidden data-pagefind-filter="${key}">${escapeHtml(value)}</span>`),
  ].join('');
  const close = html.lastIndexOf('</body>');
  return close < 0 ? html + elements : html.slice(0, close) + elements + html.slice(close);
}

/**
 * The pages to index — those with a `data-pagefind-body` element — each with its
 * language and indexed copy. The compound vocabulary is every indexed page's text.
 */
export function prepareForIndex(pages: readonly BuiltPage[], options: IndexOptions): IndexedPage[] {
  const compoundLanguages = options.compoundLanguages ?? ['de'];
  const read = pages
    .filter((page) => indexedRegions(page.html).length > 0)
    .map((page) => {
      const { html, texts } = extractElements(page.html, isSynonyms);
      const language = (pageLanguage(page.html) ?? options.indexLanguage).split('-')[0]!.toLowerCase();
      // Metadata words (topics, mentors) are searchable too, so they get stems and parts as well.
      const meta = extractElements(html, isMeta).texts.join(' ');
      return { url: page.url, html, language, text: indexedText(html), meta, synonyms: texts.filter(Boolean) };
    });
  const splitter = createSplitter(buildVocabulary(read.map((page) => page.text)));
  return read.map(({ url, html, language, text, meta: metaText, synonyms }) => {
    const own = `${text} ${metaText} ${synonyms.join(' ')}`;
    const counted = compoundLanguages.includes(language) ? splitter.partsOf(own) : [];
    const parts = counted.map((p) => p.part);
    const tiers = Object.fromEntries(PART_TIERS.map((n) => [`parts_${n}`, counted.filter((p) => p.count >= n).map((p) => p.part).join(' ')]));
    const stems = language === options.indexLanguage ? [] : stemsOf(own, language);
    const meta = { parts: parts.join(' '), ...tiers, synonyms: synonyms.join(' · '), stems: stems.join(' ') };
    const partCounts = Object.fromEntries(counted.map((p) => [p.part, p.count]));
    const filters: Record<string, string> = language === options.indexLanguage ? {} : { stemming: language };
    return { url, language, content: withSearchData(html, meta, filters), parts, partCounts, synonyms, stems };
  });
}

/** The site-relative URL of a built HTML file: `entries/tiktok/index.html` → `/entries/tiktok/`. */
export function urlOfFile(relativePath: string): string {
  const slashed = relativePath.split(/[\\/]+/).join('/');
  const url = `/${slashed}`.replace(/(^|\/)index\.html$/, '$1');
  return url;
}
