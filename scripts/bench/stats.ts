/** Medians over runs: one slow run (a busy machine) moves the mean, not the median. */
import type { BuildRun } from './build.ts';
import type { Phases } from './phases.ts';
import type { Totals } from './transfer.ts';

export function median(values: readonly number[]): number {
  if (values.length === 0) throw new Error('median of nothing');
  const s = [...values].sort((a, b) => a - b);
  const mid = Math.floor(s.length / 2);
  return s.length % 2 === 1 ? s[mid]! : (s[mid - 1]! + s[mid]!) / 2;
}

/** Median of the values that exist; undefined when no run had one. */
export function medianOf(values: readonly (number | undefined)[]): number | undefined {
  const present = values.filter((v): v is number => v !== undefined);
  return present.length > 0 ? median(present) : undefined;
}

export type BuildSummary = { runs: number; ms: number; msAll: number[]; cpuMs?: number; phases: Phases; peakBytes: number };

export function summariseRuns(runs: readonly BuildRun[]): BuildSummary {
  const phase = (k: keyof Phases) => medianOf(runs.map((r) => r.phases[k]));
  return {
    runs: runs.length,
    ms: median(runs.map((r) => r.ms)),
    msAll: runs.map((r) => r.ms),
    cpuMs: medianOf(runs.map((r) => r.cpuMs)),
    phases: { sync: phase('sync'), bundle: phase('bundle'), render: phase('render'), images: phase('images'), index: phase('index'), total: median(runs.map((r) => r.ms)) },
    peakBytes: median(runs.map((r) => r.peakBytes)),
  };
}

/** Page weights of several sample pages: the median of each figure. */
export function medianTotals(list: readonly Totals[]): Totals | undefined {
  const first = list[0];
  if (!first) return undefined;
  const out = structuredClone(first);
  for (const key of Object.keys(first) as (keyof Totals)[]) {
    const v = first[key];
    if (typeof v === 'number') (out[key] as number) = median(list.map((t) => t[key] as number));
    else for (const part of ['raw', 'gzip'] as const) (out[key] as { raw: number; gzip: number })[part] = median(list.map((t) => (t[key] as { raw: number; gzip: number })[part]));
  }
  return out;
}
