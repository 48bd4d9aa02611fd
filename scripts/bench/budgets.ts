/**
 * Step 5: the budgets the library must hold (docs/performance.md, "Budgets"). Each one says
 * what it compares, what was measured and whether it holds; a budget whose size was
 * not part of the run is "not measured", never passed.
 */
import type { SizeResult } from './results.ts';
import { pageWeight, type Totals } from './transfer.ts';
import { fmtBytes, fmtMs, ratio } from './format.ts';

export const KB = 1024;

export type BudgetStatus = 'pass' | 'fail' | 'not measured';
export type Budget = { id: string; rule: string; measured: string; status: BudgetStatus };

const judge = (ok: boolean): BudgetStatus => (ok ? 'pass' : 'fail');

export function checkBudgets(sizes: readonly SizeResult[]): Budget[] {
  const at = (n: number) => sizes.find((s) => s.entries === n);
  const out: Budget[] = [];
  const none = (id: string, rule: string, why: string) => out.push({ id, rule, measured: why, status: 'not measured' });

  const buildVs = (n: number, other: 'starlight' | 'bare', limit: number) => {
    const id = `build-${n}-vs-${other}`;
    const rule = `build time at ${n} entries ≤ ${limit}× ${other === 'bare' ? 'the bare floor' : 'Starlight'}`;
    const s = at(n);
    const ours = s?.sites.ours?.build.ms;
    const theirs = s?.sites[other]?.build.ms;
    if (ours === undefined || theirs === undefined) return none(id, rule, `needs ours and ${other} at ${n} entries`);
    const cpu = [s?.sites.ours?.build.cpuMs, s?.sites[other]?.build.cpuMs];
    const cpuNote = cpu[0] !== undefined && cpu[1] !== undefined ? ` (CPU time ${fmtMs(cpu[0])} vs ${fmtMs(cpu[1])} = ${ratio(cpu[0], cpu[1])})` : '';
    out.push({ id, rule, measured: `${fmtMs(ours)} vs ${fmtMs(theirs)} = ${ratio(ours, theirs)}${cpuNote}`, status: judge(ours <= limit * theirs) });
  };
  buildVs(1000, 'starlight', 0.6);
  buildVs(1000, 'bare', 1.3);
  buildVs(3000, 'starlight', 0.3);

  {
    // The second UI renders pages, not content: it may cost at most half a build more.
    const id = 'two-uis-1000-vs-one';
    const rule = 'build time at 1,000 entries with two UI languages ≤ 1.5× with one';
    const two = at(1000)?.sites.ours?.build.ms;
    const one = at(1000)?.sites['ours-one']?.build.ms;
    if (two === undefined || one === undefined) none(id, rule, 'needs ours and ours-one at 1,000 entries');
    else out.push({ id, rule, measured: `${fmtMs(two)} vs ${fmtMs(one)} = ${ratio(two, one)}`, status: judge(two <= 1.5 * one) });
  }

  {
    const id = 'per-entry-5000-vs-1000';
    const rule = 'build time per entry at 5,000 entries ≤ 1.2× that at 1,000';
    const a = at(1000)?.sites.ours?.build.ms;
    const b = at(5000)?.sites.ours?.build.ms;
    if (a === undefined || b === undefined) none(id, rule, 'needs ours at 1,000 and 5,000 entries');
    else {
      const ca = at(1000)?.sites.ours?.build.cpuMs;
      const cb = at(5000)?.sites.ours?.build.cpuMs;
      const cpuNote = ca !== undefined && cb !== undefined ? ` (CPU time per entry ${fmtMs(cb / 5000)} vs ${fmtMs(ca / 1000)} = ${ratio(cb / 5000, ca / 1000)})` : '';
      out.push({ id, rule, measured: `${fmtMs(b / 5000)} vs ${fmtMs(a / 1000)} = ${ratio(b / 5000, a / 1000)}${cpuNote}`, status: judge(b / 5000 <= 1.2 * (a / 1000)) });
    }
  }

  {
    // Search must not make indexing much dearer than Pagefind on plain pages (issue 17).
    const id = 'index-1000-vs-bare';
    const rule = 'search indexing and after at 1,000 entries ≤ 1.2× the bare floor\'s';
    const s = at(1000);
    const ours = s?.sites.ours?.build.phases.index;
    const bare = s?.sites.bare?.build.phases.index;
    if (ours === undefined || bare === undefined) none(id, rule, 'needs ours and the bare floor at 1,000 entries');
    else {
      const alone = [s?.sites.ours?.pagefindAlone?.ms, s?.sites.bare?.pagefindAlone?.ms];
      const aloneNote = alone[0] !== undefined && alone[1] !== undefined ? ` (Pagefind alone ${fmtMs(alone[0])} vs ${fmtMs(alone[1])} = ${ratio(alone[0], alone[1])})` : '';
      out.push({ id, rule, measured: `${fmtMs(ours)} vs ${fmtMs(bare)} = ${ratio(ours, bare)}${aloneNote}`, status: judge(ours <= 1.2 * bare) });
    }
  }

  // Page weight holds at every size: report the heaviest sample across the run.
  type Sample = { n: number; page: Totals };
  const pages: Sample[] = sizes.flatMap((s) => (s.sites.ours?.page ? [{ n: s.entries, page: s.sites.ours.page }] : []));
  const heaviest = (pick: (p: Sample) => number) => pages.reduce<Sample | undefined>((m, p) => (!m || pick(p) > pick(m) ? p : m), undefined);
  {
    const id = 'page-weight';
    const rule = 'an entry page ≤ 25 KB gzip (HTML + CSS + JS, before images)';
    const w = (p: Sample) => pageWeight(p.page).gzip;
    const h = heaviest(w);
    if (!h) none(id, rule, 'needs the browser measurement');
    else out.push({ id, rule, measured: `${fmtBytes(w(h))} at ${h.n} entries (HTML ${fmtBytes(h.page.html.gzip)}, CSS ${fmtBytes(h.page.css.gzip)}, JS ${fmtBytes(h.page.js.gzip)})`, status: judge(w(h) <= 25 * KB) });
  }
  {
    const id = 'page-js';
    const rule = 'JavaScript on an entry page before search is used ≤ 10 KB gzip';
    const h = heaviest((p) => p.page.js.gzip);
    if (!h) none(id, rule, 'needs the browser measurement');
    else out.push({ id, rule, measured: `${fmtBytes(h.page.js.gzip)} at ${h.n} entries`, status: judge(h.page.js.gzip <= 10 * KB) });
  }
  {
    const id = 'first-search-5000';
    const rule = 'first search query at 5,000 entries downloads ≤ 1.05× the bare floor\'s Pagefind (gzip)';
    const s = at(5000);
    const ours = s?.sites.ours?.search?.all.gzip;
    const bare = s?.sites.bare?.search?.all.gzip;
    if (ours === undefined || bare === undefined) none(id, rule, 'needs ours and the bare floor searched at 5,000 entries');
    else out.push({ id, rule, measured: `${fmtBytes(ours)} vs ${fmtBytes(bare)} = ${ratio(ours, bare)}`, status: judge(ours <= 1.05 * bare) });
  }
  return out;
}

export const allHold = (budgets: readonly Budget[]) => budgets.every((b) => b.status !== 'fail');
