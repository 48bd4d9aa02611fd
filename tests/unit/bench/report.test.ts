import { describe, expect, it } from 'vitest';
import { budgetReport, comparison, machineReport, sizeReport } from '../../../scripts/bench/report.ts';
import { fmtBytes, fmtMs, ratio, table } from '../../../scripts/bench/format.ts';
import { checkBudgets } from '../../../scripts/bench/budgets.ts';
import { sizeResult } from './fixtures.ts';

const KB = 1024;

describe('figures as they read', () => {
  it.each([
    [undefined, '–'], [0.5, '0.50 ms'], [15, '15.0 ms'], [420, '420 ms'], [27_049, '27.0 s'],
  ])('%s ms reads %s', (ms, text) => {
    expect(fmtMs(ms)).toBe(text);
  });

  it.each([
    [undefined, '–'], [900, '900 B'], [2560, '2.5 KB'], [3 * 1024 * 1024, '3.0 MB'],
  ])('%s bytes read %s', (bytes, text) => {
    expect(fmtBytes(bytes)).toBe(text);
  });

  it('gives ratios with two decimals and a dash where a side is missing', () => {
    expect([ratio(15, 27), ratio(1, undefined), ratio(1, 0)]).toEqual(['0.56×', '–', '–']);
  });

  it('escapes pipes in table cells', () => {
    expect(table(['a', 'b'], [['x|y', '1']])).toBe('| a | b |\n| --- | ---: |\n| x\\|y | 1 |');
  });
});

describe('the report', () => {
  const size = sizeResult(1000, {
    ours: { ms: 15_000, html: 5 * KB, css: 9 * KB, js: 4 * KB, search: 100 * KB },
    starlight: { ms: 27_000, html: 12 * KB, css: 8 * KB, js: 10 * KB, search: 110 * KB },
    bare: { ms: 13_000, html: 2.5 * KB, search: 98 * KB },
  });

  it('puts ours beside Starlight and the bare floor, with ratios', () => {
    expect(comparison(size)).toMatchInlineSnapshot(`
      "|  | ours | Starlight | bare floor | ours / Starlight | ours / bare floor |
      | --- | ---: | ---: | ---: | ---: | ---: |
      | build time | 15.0 s | 27.0 s | 13.0 s | 0.56× | 1.15× |
      | per entry | 15.0 ms | 27.0 ms | 13.0 ms | 0.56× | 1.15× |
      | CPU time (user + sys) | 22.5 s | 40.5 s | 19.5 s | 0.56× | 1.15× |
      | · content sync | 3.0 s | 5.4 s | 2.6 s | 0.56× | 1.15× |
      | · bundling (Vite, MDX) | 6.0 s | 10.8 s | 5.2 s | 0.56× | 1.15× |
      | · page rendering | 4.5 s | 8.1 s | 3.9 s | 0.56× | 1.15× |
      | · image conversion | 0.00 ms | 0.00 ms | 0.00 ms | – | – |
      | · search indexing and after | 1.5 s | 2.7 s | 1.3 s | 0.56× | 1.15× |
      | peak memory (process tree) | 900.0 MB | 900.0 MB | 900.0 MB | 1.00× | 1.00× |
      | pages built | 2 | 2 | 2 | 1.00× | 1.00× |
      | dist size | 3.0 MB | 3.0 MB | 3.0 MB | 1.00× | 1.00× |
      | dist files | 150 | 150 | 150 | 1.00× | 1.00× |
      | Pagefind index size | 1.0 MB | 1.0 MB | 1.0 MB | 1.00× | 1.00× |
      | Pagefind index files | 120 | 120 | 120 | 1.00× | 1.00× |
      | entry page HTML + CSS + JS, gzip | 18.0 KB | 30.0 KB | 2.5 KB | 0.60× | 7.20× |
      | entry page JS before search, gzip | 4.0 KB | 10.0 KB | 0 B | 0.40× | – |
      | first search query downloads, gzip | 100.0 KB | 110.0 KB | 98.0 KB | 0.91× | 1.02× |"
    `);
  });

  it('adds each site\'s details: runs, page parts, the search\'s parts, slowest pages', () => {
    const text = sizeReport(size, 1);
    expect(text).toMatch(/^## 1,000 entries \(median of 1 run\)\n\nEntries of 420–690 words \(median 550\)\./);
    expect(text).toContain('- **ours** — runs: 15.0 s');
    expect(text).toContain('entry page (raw / gzip): HTML 20.0 KB / 5.0 KB, CSS 45.0 KB / 9.0 KB, JS 12.0 KB / 4.0 KB');
    expect(text).toContain('first search (test, raw / gzip): total 130.0 KB / 110.0 KB in 3 requests — code 30.0 KB / 10.0 KB, WebAssembly 57.0 KB / 57.0 KB, index 43.0 KB / 43.0 KB');
    expect(text).toContain('slowest pages: /entries/a/index.html 40.0 ms');
  });

  it('shows Pagefind alone only where it was run, with the ratio and every run', () => {
    expect(comparison(size)).not.toContain('Pagefind alone');
    const measured = structuredClone(size);
    measured.sites.ours!.pagefindAlone = { ms: 2600, cpuMs: 4000, msAll: [2500, 2600, 2900] };
    measured.sites.bare!.pagefindAlone = { ms: 2000, cpuMs: 3200, msAll: [2000, 1900, 2100] };
    const text = comparison(measured);
    expect(text).toContain('| Pagefind alone on the built pages | 2.6 s | – | 2.0 s | – | 1.30× |');
    expect(text).toContain('| · its CPU time (user + sys) | 4.0 s | – | 3.2 s | – | 1.25× |');
    expect(sizeReport(measured, 1)).toContain('- Pagefind alone: runs 2.5 s, 2.6 s, 2.9 s');
  });

  it('marks a failing budget so it stands out', () => {
    const slow = sizeResult(1000, { ours: { ms: 30_000 }, starlight: { ms: 27_000 }, bare: { ms: 13_000 } });
    expect(budgetReport(checkBudgets([slow])).split('\n').slice(0, 5).join('\n')).toMatchInlineSnapshot(`
      "## Budgets

      | budget | measured | status |
      | --- | ---: | ---: |
      | build time at 1000 entries ≤ 0.6× Starlight | 30.0 s vs 27.0 s = 1.11× (CPU time 45.0 s vs 40.5 s = 1.11×) | **FAILS** |"
    `);
  });

  it('names the machine and the versions', () => {
    const text = machineReport({ date: '2026-11-28', cores: 2, cpu: 'AMD EPYC', memoryBytes: 8 * 1024 ** 3, os: 'Linux 6.1', node: '24.21.0', versions: { Astro: '7.3.5', Pagefind: '1.6.0' }, load: [1, 0.5, 0.25] }, 'npm run bench -- --entries 1000');
    expect(text).toContain('Machine: 2 cores (AMD EPYC), 8192.0 MB memory, Linux 6.1; load average at start 1.00 / 0.50 / 0.25.');
    expect(text).toContain('Versions: Node 24.21.0, Astro 7.3.5, Pagefind 1.6.0.');
  });
});
