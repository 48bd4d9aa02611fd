/**
 * Just enough HTML reading for the search index: where a built page's
 * `data-pagefind-body` element starts and ends, which language it declares, and the
 * text Pagefind will index from it. Astro writes well-formed HTML, so a tag scanner
 * that skips comments and raw-text elements suffices; no DOM is needed.
 */

const TOKEN = /<!--[\s\S]*?-->|<(script|style|template|textarea)\b[^>]*>[\s\S]*?<\/\1\s*>|<(\/?)([a-zA-Z][\w:-]*)((?:[^>"']|"[^"]*"|'[^']*')*)>/g;
const VOID = new Set(['area', 'base', 'br', 'col', 'embed', 'hr', 'img', 'input', 'link', 'meta', 'source', 'track', 'wbr']);
/** Elements whose text Pagefind leaves out of the index (its own list). */
const UNINDEXED = new Set(['head', 'noscript', 'label', 'form', 'svg', 'footer', 'nav', 'iframe']);
/** Elements that do not break a word: "Daten<em>schutz</em>" is one word. */
const INLINE = new Set(['a', 'abbr', 'b', 'bdo', 'cite', 'code', 'dfn', 'em', 'i', 'kbd', 'mark', 'q', 'samp', 'small', 'span', 'strong', 'sub', 'sup', 'time', 'var', 's', 'u']);

type Tag = { index: number; end: number; name: string; close: boolean; attrs: string; selfClosing: boolean };
/** A comment or raw-text element: no tag name, nothing to index (scripts and styles). */
type Raw = { index: number; end: number; name: undefined; comment: boolean };

/** Tags, comments and raw-text elements from `from` on; each call scans with its own regular expression. */
function* tokens(html: string, from = 0): Generator<Tag | Raw> {
  const re = new RegExp(TOKEN.source, 'g');
  re.lastIndex = from;
  for (let m = re.exec(html); m; m = re.exec(html)) {
    const end = m.index + m[0].length;
    if (!m[3]) {
      yield { index: m.index, end, name: undefined, comment: m[0].startsWith('<!--') };
      continue;
    }
    const name = m[3].toLowerCase();
    const attrs = m[4] ?? '';
    const tag: Tag = { index: m.index, end, name, close: m[2] === '/', attrs, selfClosing: VOID.has(name) || /\/\s*$/.test(attrs) };
    const resume: number | undefined = yield tag;
    if (resume !== undefined) re.lastIndex = resume;
  }
}

function* tags(html: string, from = 0): Generator<Tag> {
  for (const token of tokens(html, from)) if (token.name !== undefined) yield token;
}

const attributePatterns = new Map<string, RegExp>();

/** An attribute's value, `''` for a bare attribute, `undefined` when it is absent. */
export function attribute(attrs: string, name: string): string | undefined {
  let pattern = attributePatterns.get(name);
  if (!pattern) {
    pattern = new RegExp(`(?:^|\\s)${name}(?:\\s*=\\s*(?:"([^"]*)"|'([^']*)'|([^\\s"'>]+)))?(?=\\s|/|$)`, 'i');
    attributePatterns.set(name, pattern);
  }
  const m = pattern.exec(attrs);
  if (!m) return undefined;
  return decodeEntities(m[1] ?? m[2] ?? m[3] ?? '');
}

/** Where an element opened at `open` ends (after its closing tag), counting nested elements of the same name. */
function closingEnd(html: string, open: Tag): number {
  if (open.selfClosing) return open.end;
  let depth = 0;
  for (const tag of tags(html, open.end)) {
    if (tag.name !== open.name || tag.selfClosing) continue;
    if (!tag.close) depth++;
    else if (depth === 0) return tag.end;
    else depth--;
  }
  return html.length;
}

export type Region = {
  /** Offset of the opening tag. */
  start: number;
  /** Offset just after the closing tag. */
  end: number;
  /** The element's `data-index-lang`, else its `lang`, if it has one. */
  lang?: string;
};

/** Every element marked `data-pagefind-body`, in document order. */
export function indexedRegions(html: string): Region[] {
  const regions: Region[] = [];
  let after = 0;
  for (const tag of tags(html)) {
    if (tag.close || tag.index < after || attribute(tag.attrs, 'data-pagefind-body') === undefined) continue;
    const end = closingEnd(html, tag);
    regions.push({ start: tag.index, end, lang: attribute(tag.attrs, 'data-index-lang') || attribute(tag.attrs, 'lang') || undefined });
    after = end;
  }
  return regions;
}

/**
 * The language of a page for the index: its body element's `data-index-lang` (the
 * language of the content, where the page's own labels stay in the site's language),
 * else that element's `lang`, else the `<html lang>`.
 */
export function pageLanguage(html: string): string | undefined {
  const region = indexedRegions(html)[0];
  if (region?.lang) return region.lang.toLowerCase();
  const root = /<html\b([^>]*)>/i.exec(html);
  return root ? attribute(root[1] ?? '', 'lang')?.toLowerCase() || undefined : undefined;
}

const NAMED: Record<string, string> = { amp: '&', lt: '<', gt: '>', quot: '"', apos: "'", nbsp: ' ', shy: '' };

/** Decodes the entities Astro and Markdown emit: numeric ones and a few named ones. */
export function decodeEntities(text: string): string {
  return text.replace(/&(#x[0-9a-f]+|#\d+|[a-z]+);/gi, (whole, code: string) => {
    if (code[0] === '#') {
      const n = code[1] === 'x' || code[1] === 'X' ? parseInt(code.slice(2), 16) : parseInt(code.slice(1), 10);
      return Number.isFinite(n) ? String.fromCodePoint(n) : whole;
    }
    return NAMED[code.toLowerCase()] ?? whole;
  });
}

/**
 * The text of a slice of HTML as Pagefind indexes it: without elements marked
 * `data-pagefind-ignore` (or matching `skip`) and without those Pagefind always drops.
 */
export function textOf(html: string, skip: (tag: { name: string; attrs: string }) => boolean = () => false): string {
  let out = '';
  let cursor = 0;
  const scan = tokens(html);
  for (let step = scan.next(); !step.done; ) {
    const token = step.value;
    out += html.slice(cursor, token.index);
    cursor = token.end;
    let resume: number | undefined;
    if (token.name === undefined) {
      if (!token.comment) out += ' ';
    } else if (!token.close && (UNINDEXED.has(token.name) || attribute(token.attrs, 'data-pagefind-ignore') !== undefined || skip(token))) {
      cursor = resume = closingEnd(html, token);
      out += ' ';
    } else if (!INLINE.has(token.name)) {
      out += ' ';
    }
    step = scan.next(resume);
  }
  out += html.slice(cursor);
  return decodeEntities(out).replace(/\s+/g, ' ').trim();
}

/** The text Pagefind indexes from a page: all its `data-pagefind-body` elements. */
export function indexedText(html: string, skip?: (tag: { name: string; attrs: string }) => boolean): string {
  return indexedRegions(html).map((r) => textOf(html.slice(r.start, r.end), skip)).join(' ');
}

/** Cuts every element matching `match` out of the HTML, returning the new HTML and the cut elements' text. */
export function extractElements(html: string, match: (tag: { name: string; attrs: string }) => boolean): { html: string; texts: string[] } {
  const cuts: [number, number][] = [];
  let after = 0;
  for (const tag of tags(html)) {
    if (tag.close || tag.index < after || !match(tag)) continue;
    const end = closingEnd(html, tag);
    cuts.push([tag.index, end]);
    after = end;
  }
  const texts = cuts.map(([s, e]) => textOf(html.slice(s, e)));
  let out = html;
  for (const [s, e] of cuts.reverse()) out = out.slice(0, s) + out.slice(e);
  return { html: out, texts };
}

export { escapeHtml } from '../escape-html.ts';
