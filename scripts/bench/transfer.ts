/**
 * What a page downloads, sorted into kinds and counted raw and gzip-compressed (each
 * file on its own, as an intranet server that gzips would send it). Pure.
 */
import { gzipSync } from 'node:zlib';

export type Kind = 'html' | 'css' | 'js' | 'wasm' | 'index' | 'fragment' | 'other';
export type Transfer = { url: string; kind: Kind; raw: number; gzip: number };
export type Bytes = { raw: number; gzip: number };
export type Totals = Record<Kind, Bytes> & { all: Bytes; requests: number; fragments: number };

/** Sorts a response by what it is: Pagefind's files by extension, the rest by the browser's resource type. */
export function kindOf(url: string, resourceType: string): Kind {
  const file = new URL(url).pathname;
  if (/\.pf_fragment$/.test(file)) return 'fragment';
  if (/\.pf_(index|meta|filter)$|pagefind-entry\.json$/.test(file)) return 'index';
  if (/\.wasm(\.[\w-]+)?$|\.pagefind$/.test(file)) return 'wasm';
  if (resourceType === 'document') return 'html';
  if (resourceType === 'stylesheet' || /\.css$/.test(file)) return 'css';
  if (resourceType === 'script' || /\.m?js$/.test(file)) return 'js';
  return 'other';
}

export function transfer(url: string, resourceType: string, body: Uint8Array): Transfer {
  return { url, kind: kindOf(url, resourceType), raw: body.byteLength, gzip: gzipSync(body).byteLength };
}

const zero = (): Bytes => ({ raw: 0, gzip: 0 });

export function totals(items: readonly Transfer[]): Totals {
  const out: Totals = { html: zero(), css: zero(), js: zero(), wasm: zero(), index: zero(), fragment: zero(), other: zero(), all: zero(), requests: items.length, fragments: 0 };
  for (const t of items) {
    out[t.kind].raw += t.raw;
    out[t.kind].gzip += t.gzip;
    out.all.raw += t.raw;
    out.all.gzip += t.gzip;
    if (t.kind === 'fragment') out.fragments += 1;
  }
  return out;
}

/** HTML, CSS and JavaScript: what the page-weight budget counts (images and fonts aside). */
export function pageWeight(t: Totals): Bytes {
  return { raw: t.html.raw + t.css.raw + t.js.raw, gzip: t.html.gzip + t.css.gzip + t.js.gzip };
}
