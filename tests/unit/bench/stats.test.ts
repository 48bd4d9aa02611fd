import { describe, expect, it } from 'vitest';
import { median, medianOf, medianTotals, summariseRuns } from '../../../scripts/bench/stats.ts';
import { totals, transfer } from '../../../scripts/bench/transfer.ts';
import type { BuildRun } from '../../../scripts/bench/build.ts';

const run = (ms: number, sync?: number, peakBytes = 100): BuildRun => ({ ms, phases: { sync, total: ms }, pages: [], peakBytes, lines: [] });

describe('medians over runs', () => {
  it.each([
    [[3], 3],
    [[5, 1, 3], 3],
    [[4, 1, 3, 2], 2.5],
    [[10, 10, 1000], 10],
  ])('of %j is %d', (values, expected) => {
    expect(median(values)).toBe(expected);
  });

  it('refuses an empty list', () => {
    expect(() => median([])).toThrow('median of nothing');
  });

  it('skips runs without a value and gives undefined when none has one', () => {
    expect(medianOf([undefined, 4, 2])).toBe(3);
    expect(medianOf([undefined])).toBeUndefined();
  });

  it('summarises builds: time, phases and memory as medians, every run\'s time kept', () => {
    const s = summariseRuns([run(30_000, 2000, 900), run(10_000, 1000, 700), run(12_000, undefined, 800)]);
    expect(s).toMatchObject({ runs: 3, ms: 12_000, msAll: [30_000, 10_000, 12_000], peakBytes: 800 });
    expect(s.phases.sync).toBe(1500);
    expect(s.phases.render).toBeUndefined();
  });

  it('takes page weights figure by figure', () => {
    const page = (html: number) => totals([transfer('http://x/a/', 'document', new Uint8Array(html))]);
    const m = medianTotals([page(100), page(300), page(200)])!;
    expect(m.html.raw).toBe(200);
    expect(m.requests).toBe(1);
    expect(medianTotals([])).toBeUndefined();
  });
});
