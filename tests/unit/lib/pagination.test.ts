import { describe, expect, it } from 'vitest';
import { laterPages, laterPagesOf, pageCount, pageItems, pageRoute, pagerItems, PAGE_SIZE } from '../../../src/lib/pagination.ts';

describe('pages of a list', () => {
  it('fills pages of PAGE_SIZE items; an empty list still has its first page', () => {
    expect(pageCount(0)).toBe(1);
    expect(pageCount(PAGE_SIZE)).toBe(1);
    expect(pageCount(PAGE_SIZE + 1)).toBe(2);
    expect(pageCount(5000)).toBe(Math.ceil(5000 / PAGE_SIZE));
  });
  it('gives each page its share, in order, the last one the rest', () => {
    const items = Array.from({ length: 50 }, (_, i) => i);
    expect(pageItems(items, 1, 24)).toEqual(items.slice(0, 24));
    expect(pageItems(items, 3, 24)).toEqual([48, 49]);
    expect(pageItems(items, 4, 24)).toEqual([]);
  });
  it('puts the first page at the list’s own address and the others under page/<n>/', () => {
    expect(pageRoute('tags/messenger/', 1)).toBe('tags/messenger/');
    expect(pageRoute('tags/messenger/', 2)).toBe('tags/messenger/page/2/');
    expect(laterPages(PAGE_SIZE * 2 + 1)).toEqual([2, 3]);
    expect(laterPages(3)).toEqual([]);
  });
});

describe('the pager', () => {
  it('shows every page of a short list', () => {
    expect(pagerItems(1, 1)).toEqual([1]);
    expect(pagerItems(2, 5)).toEqual([1, 2, 3, 4, 5]);
  });
  it('shows the ends, the current page and its neighbours, with gaps, never more than seven items', () => {
    expect(pagerItems(1, 209)).toEqual([1, 2, 3, 4, null, 209]);
    expect(pagerItems(100, 209)).toEqual([1, null, 99, 100, 101, null, 209]);
    expect(pagerItems(209, 209)).toEqual([1, null, 206, 207, 208, 209]);
    expect(pagerItems(5, 9)).toEqual([1, null, 4, 5, 6, null, 9]);
    for (let n = 1; n <= 40; n++) for (let c = 1; c <= n; c++) {
      const items = pagerItems(c, n);
      expect(items.length, `${c}/${n}`).toBeLessThanOrEqual(7);
      expect(items, `${c}/${n}`).toContain(c);
      const numbers = items.filter((x): x is number => x !== null);
      expect(numbers, `${c}/${n}`).toEqual([...numbers].sort((a, b) => a - b));
    }
  });
  it('shows a page rather than a gap of one page', () => {
    expect(pagerItems(4, 9)).toEqual([1, 2, 3, 4, 5, null, 9]);
  });
});

describe('laterPagesOf', () => {
  it('lists each group\'s pages after the first, with its entries, and nothing for a group that fits one page', () => {
    const groups = [{ id: 'ki' }, { id: 'klein' }, { id: 'leer' }];
    const entries: Record<string, number[]> = { ki: Array.from({ length: 5 }, (_, i) => i), klein: [1] };
    const paths = laterPagesOf(groups, (g) => entries[g.id], 2);
    expect(paths.map((p) => p.params)).toEqual([{ id: 'ki', page: '2' }, { id: 'ki', page: '3' }]);
    expect(paths[1]!.props).toEqual({ item: { id: 'ki' }, entries: [0, 1, 2, 3, 4], page: 3 });
  });
});

