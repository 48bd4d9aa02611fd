/**
 * Turns built pages into what goes into the search index: which language's index a
 * page belongs to, and an indexed copy of its HTML that carries what readers never
 * see on the page — the parts of its German compounds and the glossary spellings of
 * its words, both as searchable metadata, so they neither show up in excerpts nor
 * change the page the reader gets.
 */
import { buildVocabulary, createSplitter } from './compounds.ts';
import { attribute, escapeAttribute, extractElements, indexedRegions, indexedText, pageLanguage } from './html.ts';

export type BuiltPage = {
  /** Site-relative URL without the base path, e.g. `/entries/tiktok/`. */
  url: string;
  html: string;
};

export type IndexedPage = {
  url: string;
  /** Primary language subtag, e.g. `de`: the index the page goes into. */
  language: string;
  /** The HTML to index. */
  content: string;
  /** Parts of the page's compounds the page does not contain as words. */
  parts: string[];
  /** Those of them the page uses often (in {@link FREQUENT} compounds or more). */
  frequentParts: string[];
  /** Spellings and synonyms from `[data-pagefind-synonyms]` elements. */
  synonyms: string[];
};

export type IndexOptions = {
  /** Language of a page that declares none. */
  defaultLanguage: string;
  /** Languages whose compounds are split; German only by default. */
  compoundLanguages?: readonly string[];
};

/**
 * Pagefind counts a metadata word once per page, however often the page uses it. So
 * that a page speaking of "Datenschutz" five times ranks above one that mentions it
 * once for "Schutz", parts used this often are listed in a second metadata field too.
 */
export const FREQUENT = 3;

const isSynonyms = (tag: { attrs: string }) => attribute(tag.attrs, 'data-pagefind-synonyms') !== undefined;

/** Hidden metadata elements, placed outside the indexed body so Pagefind reads them as metadata only. */
function metaElements(meta: Record<string, string>): string {
  return Object.entries(meta)
    .filter(([, value]) => value)
    .map(([key, value]) => `<span hidden data-pagefind-meta="${key}">${escapeAttribute(value)}</span>`)
    .join('');
}

function withMeta(html: string, meta: Record<string, string>): string {
  const elements = metaElements(meta);
  if (!elements) return html;
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
      const language = (pageLanguage(page.html) ?? options.defaultLanguage).split('-')[0]!.toLowerCase();
      return { url: page.url, html, language, text: indexedText(html), synonyms: texts.filter(Boolean) };
    });
  const splitter = createSplitter(buildVocabulary(read.map((page) => page.text)));
  return read.map(({ url, html, language, text, synonyms }) => {
    const counted = compoundLanguages.includes(language) ? splitter.partsOf(`${text} ${synonyms.join(' ')}`) : [];
    const parts = counted.map((p) => p.part);
    const frequentParts = counted.filter((p) => p.count >= FREQUENT).map((p) => p.part);
    return {
      url,
      language,
      content: withMeta(html, { parts: parts.join(' '), frequent_parts: frequentParts.join(' '), synonyms: synonyms.join(' · ') }),
      parts,
      frequentParts,
      synonyms,
    };
  });
}

/** The site-relative URL of a built HTML file: `entries/tiktok/index.html` → `/entries/tiktok/`. */
export function urlOfFile(relativePath: string): string {
  const slashed = relativePath.split(/[\\/]+/).join('/');
  const url = `/${slashed}`.replace(/(^|\/)index\.html$/, '$1');
  return url;
}
