import { describe, expect, it } from 'vitest';
import { gzipSync } from 'node:zlib';
import { kindOf, pageWeight, totals, transfer } from '../../../scripts/bench/transfer.ts';

describe('what a download is', () => {
  it.each([
    ['http://x/entries/a/', 'document', 'html'],
    ['http://x/_astro/BaseLayout.css', 'stylesheet', 'css'],
    ['http://x/_astro/search.Bx1.js', 'script', 'js'],
    ['http://x/pagefind/pagefind.js', 'script', 'js'],
    ['http://x/pagefind/wasm.de.pagefind', 'fetch', 'wasm'],
    ['http://x/pagefind/pagefind-entry.json', 'fetch', 'index'],
    ['http://x/pagefind/de/pagefind.de_1a2b.pf_meta', 'fetch', 'index'],
    ['http://x/pagefind/index/de_3c4d.pf_index', 'fetch', 'index'],
    ['http://x/pagefind/filter/de_5e.pf_filter', 'fetch', 'index'],
    ['http://x/pagefind/fragment/de_6f.pf_fragment', 'fetch', 'fragment'],
    ['http://x/favicon.svg', 'other', 'other'],
  ])('%s (%s) is %s', (url, type, kind) => {
    expect(kindOf(url, type)).toBe(kind);
  });
});

describe('counting bytes', () => {
  const body = new TextEncoder().encode('<p>Hallo</p>'.repeat(200));

  it('counts each file raw and gzip-compressed on its own', () => {
    expect(transfer('http://x/', 'document', body)).toEqual({ url: 'http://x/', kind: 'html', raw: body.byteLength, gzip: gzipSync(body).byteLength });
  });

  it('adds up by kind, counts requests and result fragments, and weighs a page by its HTML, CSS and JS', () => {
    const t = totals([
      { url: 'a', kind: 'html', raw: 100, gzip: 40 },
      { url: 'b', kind: 'css', raw: 50, gzip: 10 },
      { url: 'c', kind: 'js', raw: 30, gzip: 20 },
      { url: 'd', kind: 'fragment', raw: 8, gzip: 9 },
      { url: 'e', kind: 'other', raw: 1000, gzip: 900 },
    ]);
    expect(t.all).toEqual({ raw: 1188, gzip: 979 });
    expect([t.requests, t.fragments]).toEqual([5, 1]);
    expect(pageWeight(t)).toEqual({ raw: 180, gzip: 70 });
  });
});
