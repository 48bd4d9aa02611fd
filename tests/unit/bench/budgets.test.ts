import { describe, expect, it } from 'vitest';
import { allHold, checkBudgets, type Budget } from '../../../scripts/bench/budgets.ts';
import { sizeResult } from './fixtures.ts';

const KB = 1024;
const status = (budgets: Budget[]) => Object.fromEntries(budgets.map((b) => [b.id, b.status]));

describe('performance budgets', () => {
  const holding = [
    sizeResult(1000, { ours: { ms: 15_000, html: 5 * KB, css: 9 * KB, js: 4 * KB, search: 100 * KB }, 'ours-one': { ms: 11_000 }, starlight: { ms: 27_000 }, bare: { ms: 13_000 } }),
    sizeResult(3000, { ours: { ms: 38_000 }, starlight: { ms: 135_000 } }),
    sizeResult(5000, { ours: { ms: 80_000, html: 5 * KB, css: 9 * KB, js: 4 * KB, search: 120 * KB }, bare: { ms: 60_000, search: 115 * KB } }),
  ];

  it('all hold for a library that meets them', () => {
    const budgets = checkBudgets(holding);
    expect(status(budgets)).toEqual({
      'build-1000-vs-starlight': 'pass',
      'build-1000-vs-bare': 'pass',
      'build-3000-vs-starlight': 'pass',
      'two-uis-1000-vs-one': 'pass',
      'per-entry-5000-vs-1000': 'pass',
      'index-1000-vs-bare': 'pass',
      'page-weight': 'pass',
      'page-js': 'pass',
      'first-search-5000': 'pass',
    });
    expect(allHold(budgets)).toBe(true);
  });

  it('say what was measured against what', () => {
    expect(checkBudgets(holding).map((b) => `${b.rule}: ${b.measured}`)).toMatchInlineSnapshot(`
      [
        "build time at 1000 entries ≤ 0.6× Starlight: 15.0 s vs 27.0 s = 0.56× (CPU time 22.5 s vs 40.5 s = 0.56×)",
        "build time at 1000 entries ≤ 1.3× the bare floor: 15.0 s vs 13.0 s = 1.15× (CPU time 22.5 s vs 19.5 s = 1.15×)",
        "build time at 3000 entries ≤ 0.3× Starlight: 38.0 s vs 135.0 s = 0.28× (CPU time 57.0 s vs 202.5 s = 0.28×)",
        "build time at 1,000 entries with two UI languages ≤ 1.5× with one: 15.0 s vs 11.0 s = 1.36×",
        "build time per entry at 5,000 entries ≤ 1.2× that at 1,000: 16.0 ms vs 15.0 ms = 1.07× (CPU time per entry 24.0 ms vs 22.5 ms = 1.07×)",
        "search indexing and after at 1,000 entries ≤ 1.2× the bare floor's: 1.5 s vs 1.3 s = 1.15×",
        "an entry page ≤ 25 KB gzip (HTML + CSS + JS, before images): 18.0 KB at 1000 entries (HTML 5.0 KB, CSS 9.0 KB, JS 4.0 KB)",
        "JavaScript on an entry page before search is used ≤ 10 KB gzip: 4.0 KB at 1000 entries",
        "first search query at 5,000 entries downloads ≤ 1.05× the bare floor's Pagefind (gzip): 120.0 KB vs 115.0 KB = 1.04×",
      ]
    `);
  });

  it('fail when ours is too slow, grows per entry, or pages are too heavy', () => {
    const budgets = checkBudgets([
      sizeResult(1000, { ours: { ms: 20_000, html: 10 * KB, css: 12 * KB, js: 11 * KB }, 'ours-one': { ms: 13_000 }, starlight: { ms: 27_000 }, bare: { ms: 13_000 } }),
      sizeResult(5000, { ours: { ms: 130_000, search: 200 * KB }, bare: { ms: 60_000, search: 115 * KB } }),
    ]);
    expect(status(budgets)).toMatchObject({
      'build-1000-vs-starlight': 'fail',
      'build-1000-vs-bare': 'fail',
      'two-uis-1000-vs-one': 'fail',
      'per-entry-5000-vs-1000': 'fail',
      'index-1000-vs-bare': 'fail',
      'page-weight': 'fail',
      'page-js': 'fail',
      'first-search-5000': 'fail',
    });
    expect(allHold(budgets)).toBe(false);
  });

  it('judge the index phase, and name Pagefind alone beside it where it was run', () => {
    const size = sizeResult(1000, { ours: { ms: 30_000 }, bare: { ms: 20_000 } });
    size.sites.ours!.pagefindAlone = { ms: 2600, msAll: [2600] };
    size.sites.bare!.pagefindAlone = { ms: 2200, msAll: [2200] };
    const index = checkBudgets([size]).find((b) => b.id === 'index-1000-vs-bare')!;
    expect(index).toMatchObject({ status: 'fail', measured: '3.0 s vs 2.0 s = 1.50× (Pagefind alone 2.6 s vs 2.2 s = 1.18×)' });
    const within = sizeResult(1000, { ours: { ms: 24_000 }, bare: { ms: 20_000 } });
    expect(checkBudgets([within]).find((b) => b.id === 'index-1000-vs-bare')!.status).toBe('pass');
  });

  it('hold the first search at 5,000 entries to 1.05× the floor\'s', () => {
    const first = (ours: number) => checkBudgets([sizeResult(5000, { ours: { ms: 80_000, search: ours * KB }, bare: { ms: 60_000, search: 100 * KB } })]).find((b) => b.id === 'first-search-5000')!.status;
    expect([first(105), first(106)]).toEqual(['pass', 'fail']);
  });

  it('count a size left out of the run as not measured, never as passed', () => {
    const budgets = checkBudgets([sizeResult(100, { ours: { ms: 5000 } })]);
    expect(new Set(budgets.map((b) => b.status))).toEqual(new Set(['not measured']));
    expect(budgets[0]!.measured).toBe('needs ours and starlight at 1000 entries');
    expect(allHold(budgets)).toBe(true);
  });
});
