/**
 * Small-group suppression for survey answers. The answers of one question in one period
 * form a cube over role × level × goal; the page and the report show some of its
 * groupings ("views": all answers, by role, by level, …). A group with fewer than
 * `threshold` answers is hidden (primary suppression). Then more groups are hidden
 * (complementary suppression) until
 *
 *  1. no hidden group's count follows from the shown counts by any linear combination
 *     (sums and differences across all views: exact, checked by rank), and
 *  2. wherever a shown group is broken down by further dimensions (any finer view), the
 *     hidden parts together hold at least `threshold` answers (so "the rest" is never a
 *     small group, and never provably empty).
 *
 * Means and shares are computed from the same groups, so what protects the counts
 * protects them too. Pure and deterministic: the same answers in any order give the
 * same result.
 */
import { Span } from './span.ts';

export const DIMENSIONS = ['role', 'level', 'goal'] as const;
export type Dimension = (typeof DIMENSIONS)[number];
/** A grouping: `[]` is all answers, `['role', 'level']` each role at each level. */
export type View = readonly Dimension[];
export type Domain = Record<Dimension, readonly string[]>;
export type Answer = Record<Dimension, string> & { rating: number };

/** Fewer answers than this are never shown. */
export const MIN_GROUP = 5;

export type Group = {
  view: View;
  /** The group's value per dimension of its view, e.g. `{ role: 'mentee' }`. */
  key: Partial<Record<Dimension, string>>;
  count: number;
  /** Sum of ratings, for the mean. */
  sum: number;
  /** Answers rated 4 or 5. */
  favourable: number;
  /** `small`: under the threshold; `complement`: hidden so that a small group cannot be derived. */
  hidden: false | 'small' | 'complement';
};

type Cell = Group & { members: number[]; order: number };

const sameView = (a: View, b: View) => a.length === b.length && a.every((d) => b.includes(d));

/** The views in canonical dimension order, without duplicates. */
export function normaliseViews(views: readonly View[]): View[] {
  const out: View[] = [];
  for (const v of views) {
    const sorted = DIMENSIONS.filter((d) => v.includes(d));
    if (!out.some((o) => sameView(o, sorted))) out.push(sorted);
  }
  return out;
}

function product(view: View, domain: Domain): Partial<Record<Dimension, string>>[] {
  return view.reduce<Partial<Record<Dimension, string>>[]>((keys, d) => keys.flatMap((k) => domain[d].map((v) => ({ ...k, [d]: v }))), [{}]);
}

export function suppress(answers: readonly Answer[], domain: Domain, views: readonly View[], threshold = MIN_GROUP): Group[] {
  const base = product(DIMENSIONS, domain);
  const baseIndex = new Map(base.map((k, i) => [DIMENSIONS.map((d) => k[d]).join('\u0000'), i]));
  const counts = base.map(() => ({ count: 0, sum: 0, favourable: 0 }));
  for (const a of answers) {
    const i = baseIndex.get(DIMENSIONS.map((d) => a[d]).join('\u0000'));
    if (i === undefined) throw new Error(`answer outside the domain: ${JSON.stringify(a)}`);
    counts[i]!.count += 1;
    counts[i]!.sum += a.rating;
    if (a.rating >= 4) counts[i]!.favourable += 1;
  }

  const normalised = normaliseViews(views);
  const cells: Cell[] = [];
  for (const view of normalised) {
    for (const key of product(view, domain)) {
      const members = base.map((b) => (view.every((d) => b[d] === key[d]) ? 1 : 0));
      const total = { count: 0, sum: 0, favourable: 0 };
      members.forEach((m, i) => {
        if (!m) return;
        total.count += counts[i]!.count;
        total.sum += counts[i]!.sum;
        total.favourable += counts[i]!.favourable;
      });
      cells.push({ view, key, ...total, members, order: cells.length, hidden: total.count < threshold ? 'small' : false });
    }
  }

  // Smallest first, then in view order: the cheapest complement that does the job.
  const byCost = (a: Cell, b: Cell) => a.count - b.count || a.order - b.order;
  const hide = (c: Cell) => { c.hidden = 'complement'; };
  const shown = () => cells.filter((c) => !c.hidden);

  for (;;) {
    const line = lineViolation(cells, normalised, threshold);
    if (line) {
      hide(line);
      continue;
    }
    const visible = shown();
    const span = new Span(visible.map((c) => c.members));
    const exposed = cells.find((c) => c.hidden && span.contains(c.members));
    if (!exposed) break;
    const candidates = visible.sort(byCost);
    const breaking = candidates.find((c) => !new Span(visible.filter((o) => o !== c).map((o) => o.members)).contains(exposed.members));
    hide(breaking ?? candidates.find((c) => overlaps(c, exposed)) ?? candidates[0]!);
  }

  return cells.map(({ view, key, count, sum, favourable, hidden }) => ({ view, key, count, sum, favourable, hidden }));
}

const overlaps = (a: Cell, b: Cell) => a.members.some((m, i) => m && b.members[i]);

/**
 * A shown group whose breakdown in a finer view hides parts that together hold
 * fewer than `threshold` answers: returns the shown part to hide next, else undefined.
 */
function lineViolation(cells: Cell[], views: View[], threshold: number): Cell | undefined {
  for (const parent of cells) {
    if (parent.hidden) continue;
    for (const childView of views) {
      if (childView.length <= parent.view.length || !parent.view.every((d) => childView.includes(d))) continue;
      const children = cells.filter((c) => sameView(c.view, childView) && parent.view.every((d) => c.key[d] === parent.key[d]));
      const hidden = children.filter((c) => c.hidden);
      if (hidden.length === 0) continue;
      if (hidden.reduce((n, c) => n + c.count, 0) >= threshold) continue;
      const next = children.filter((c) => !c.hidden).sort((a, b) => a.count - b.count || a.order - b.order)[0];
      if (next) return next;
    }
  }
  return undefined;
}

/** The shown figures of a group; undefined when it is hidden. */
export function figures(group: Group): { count: number; mean: number; favourableShare: number } | undefined {
  if (group.hidden) return undefined;
  return { count: group.count, mean: group.sum / group.count, favourableShare: group.favourable / group.count };
}
