/**
 * Small-group suppression, as properties: whatever the answers and whichever groupings
 * are published, no group under five answers can be read or derived from what is shown.
 * The derivation checks here are written independently of the module's own.
 */
import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { MIN_GROUP, figures, normaliseViews, suppress, type Answer, type Dimension, type Domain, type Group, type View } from '../../../src/lib/feedback/suppress.ts';
import { PUBLISHED_VIEWS } from '../../../src/lib/feedback/results.ts';

const DOMAIN: Domain = { role: ['mentee', 'mentor'], level: ['starter', 'explorer', 'pro'], goal: ['a', 'b', 'c', 'd'] };

const answersIn = (domain: Domain, max = 80) =>
  fc.array(
    fc.record({
      role: fc.constantFrom(...domain.role),
      level: fc.constantFrom(...domain.level),
      goal: fc.constantFrom(...domain.goal),
      rating: fc.integer({ min: 1, max: 5 }),
    }),
    { maxLength: max },
  );

/** Skewed data: a few crowded groups and many small ones, as real surveys have. */
const skewedAnswers = (domain: Domain) =>
  fc
    .array(fc.tuple(fc.constantFrom(...domain.role), fc.constantFrom(...domain.level), fc.constantFrom(...domain.goal), fc.integer({ min: 0, max: 12 }), fc.integer({ min: 1, max: 5 })), { maxLength: 12 })
    .map((groups) => groups.flatMap(([role, level, goal, n, rating]) => Array.from({ length: n }, (): Answer => ({ role, level, goal, rating }))));

const viewsArb = fc.subarray([[], ['role'], ['level'], ['goal'], ['role', 'level'], ['role', 'goal'], ['level', 'goal'], ['role', 'level', 'goal']] as View[], { minLength: 1 });

/** Base cells of the cube (role × level × goal), and a group's membership over them. */
function baseCells(domain: Domain) {
  const cells: Record<Dimension, string>[] = [];
  for (const role of domain.role) for (const level of domain.level) for (const goal of domain.goal) cells.push({ role, level, goal });
  return cells;
}
const membership = (group: Group, base: Record<Dimension, string>[]) => base.map((b): number => (group.view.every((d) => b[d] === group.key[d]) ? 1 : 0));

/** Rank by Gaussian elimination in floating point (0/1 matrices this small are exact enough). */
function rank(rows: number[][]): number {
  const m = rows.map((r) => [...r]);
  let r = 0;
  const cols = m[0]?.length ?? 0;
  for (let c = 0; c < cols && r < m.length; c++) {
    const p = m.findIndex((row, i) => i >= r && Math.abs(row[c]!) > 1e-9);
    if (p < 0) continue;
    [m[r], m[p]] = [m[p]!, m[r]!];
    for (let i = 0; i < m.length; i++) {
      if (i === r) continue;
      const f = m[i]![c]! / m[r]![c]!;
      if (f !== 0) m[i] = m[i]!.map((v, j) => v - f * m[r]![j]!);
    }
    r++;
  }
  return r;
}

/** Can a hidden group's count be computed from the shown counts by sums and differences? */
function derivable(hidden: Group, shown: Group[], base: Record<Dimension, string>[]): boolean {
  const rows = shown.map((g) => membership(g, base));
  return rank([...rows, membership(hidden, base)]) === rank(rows);
}

/**
 * Every group of every requested view is in the output once, with its true size: a
 * `suppress` that dropped groups (or miscounted them) would make the properties below
 * hold vacuously. The expected groups are counted here, not taken from the module.
 */
function expectEveryGroup(groups: Group[], answers: readonly Answer[], domain: Domain, views: readonly View[]) {
  const distinct = [...new Set(views.map((v) => [...v].sort().join('+')))].map((v) => (v ? (v.split('+') as Dimension[]) : []));
  const expected = distinct.reduce((n, view) => n + view.reduce((m, d) => m * domain[d].length, 1), 0);
  expect(groups).toHaveLength(expected);
  const ids = groups.map((g) => `${[...g.view].sort().join('+')}:${[...g.view].sort().map((d) => g.key[d]).join('/')}`);
  expect(new Set(ids).size).toBe(groups.length);
  for (const g of groups) expect(g.count).toBe(answers.filter((a) => g.view.every((d) => a[d] === g.key[d])).length);
}

describe('small-group suppression', () => {
  it('never shows a group with fewer than five answers', () => {
    fc.assert(
      fc.property(fc.oneof(answersIn(DOMAIN), skewedAnswers(DOMAIN)), viewsArb, (answers, views) => {
        const groups = suppress(answers, DOMAIN, views);
        expectEveryGroup(groups, answers, DOMAIN, views);
        for (const g of groups) {
          if (!g.hidden) expect(g.count).toBeGreaterThanOrEqual(MIN_GROUP);
          if (g.count < MIN_GROUP) expect(g.hidden).toBe('small');
        }
      }),
      { numRuns: 300 },
    );
  });

  it('leaves no hidden group derivable from the shown groups by any sum or difference, across all views together', () => {
    const base = baseCells(DOMAIN);
    fc.assert(
      fc.property(fc.oneof(answersIn(DOMAIN), skewedAnswers(DOMAIN)), viewsArb, (answers, views) => {
        const groups = suppress(answers, DOMAIN, views);
        expectEveryGroup(groups, answers, DOMAIN, views);
        const shown = groups.filter((g) => !g.hidden);
        for (const h of groups.filter((g) => g.hidden)) expect(derivable(h, shown, base), JSON.stringify(h.key)).toBe(false);
      }),
      { numRuns: 300 },
    );
  });

  it('leaves at least five answers in the hidden parts of every shown group’s breakdown into any finer view (the rest is never a small group)', () => {
    fc.assert(
      fc.property(fc.oneof(answersIn(DOMAIN), skewedAnswers(DOMAIN)), viewsArb, (answers, views) => {
        const groups = suppress(answers, DOMAIN, views);
        expectEveryGroup(groups, answers, DOMAIN, views);
        for (const parent of groups.filter((g) => !g.hidden)) {
          for (const childView of normaliseViews(views).filter((v) => v.length > parent.view.length && parent.view.every((x) => v.includes(x)))) {
            const children = groups.filter((g) => g.view.length === childView.length && childView.every((x) => g.view.includes(x)) && parent.view.every((x) => g.key[x] === parent.key[x]));
            const hidden = children.filter((c) => c.hidden);
            if (hidden.length > 0) expect(hidden.reduce((n, c) => n + c.count, 0)).toBeGreaterThanOrEqual(MIN_GROUP);
          }
        }
      }),
      { numRuns: 300 },
    );
  });

  it('cannot be broken by an attacker who tries every possible answer count (non-negative whole numbers) on a small cube', () => {
    // Every assignment of counts to the 4 base cells that agrees with all shown counts:
    // each hidden group must be able to take at least two different sizes.
    const small: Domain = { role: ['mentee', 'mentor'], level: ['starter', 'pro'], goal: ['a'] };
    const base = baseCells(small);
    fc.assert(
      fc.property(answersIn(small, 15), viewsArb, (answers, views) => {
        const groups = suppress(answers, small, views);
        expectEveryGroup(groups, answers, small, views);
        const shown = groups.filter((g) => !g.hidden);
        const hidden = groups.filter((g) => g.hidden);
        if (hidden.length === 0) return;
        const total = answers.length;
        const seen = hidden.map(() => new Set<number>());
        const counts = [0, 0, 0, 0];
        const visit = (i: number, left: number) => {
          if (i === counts.length) {
            const size = (g: Group) => membership(g, base).reduce((n, m, j) => n + m * counts[j]!, 0);
            if (shown.every((g) => size(g) === g.count)) hidden.forEach((h, k) => seen[k]!.add(size(h)));
            return;
          }
          for (let n = 0; n <= left; n++) {
            counts[i] = n;
            visit(i + 1, left - n);
          }
        };
        // Without a shown total the attacker does not know it either: search well beyond the true size.
        visit(0, shown.some((g) => g.view.length === 0) ? total : Math.max(total * 2, MIN_GROUP * 2));
        hidden.forEach((h, k) => expect(seen[k]!.size, `${JSON.stringify(h.key)} in ${JSON.stringify(h.view)}`).toBeGreaterThanOrEqual(2));
      }),
      { numRuns: 150 },
    );
  });

  it('gives the same result for the same answers in any order', () => {
    fc.assert(
      fc.property(answersIn(DOMAIN).chain((a) => fc.tuple(fc.constant(a), fc.shuffledSubarray(a, { minLength: a.length, maxLength: a.length }))), ([a, shuffled]) => {
        expect(suppress(shuffled, DOMAIN, PUBLISHED_VIEWS)).toEqual(suppress(a, DOMAIN, PUBLISHED_VIEWS));
      }),
      { numRuns: 100 },
    );
  });

  it('hides the other role too when one role has fewer than five answers, so the total does not give it away', () => {
    const answers: Answer[] = [
      ...Array.from({ length: 9 }, (): Answer => ({ role: 'mentee', level: 'starter', goal: 'a', rating: 4 })),
      ...Array.from({ length: 3 }, (): Answer => ({ role: 'mentor', level: 'starter', goal: 'a', rating: 2 })),
    ];
    const groups = suppress(answers, DOMAIN, [[], ['role']]);
    const byRole = (role: string) => groups.find((g) => g.key.role === role)!;
    expect(figures(groups.find((g) => g.view.length === 0)!)).toMatchObject({ count: 12 });
    expect(byRole('mentor').hidden).toBe('small');
    expect(byRole('mentee').hidden).toBe('complement');
  });

  it('shows every group when all are large enough', () => {
    const answers: Answer[] = DOMAIN.role.flatMap((role) => Array.from({ length: 6 }, (): Answer => ({ role, level: 'pro', goal: 'a', rating: 5 })));
    const groups = suppress(answers, DOMAIN, [[], ['role']]);
    expect(groups.map((g) => [g.key.role ?? 'all', g.hidden, figures(g)?.mean])).toEqual([['all', false, 5], ['mentee', false, 5], ['mentor', false, 5]]);
  });

  it('treats views as sets of dimensions', () => {
    expect(normaliseViews([['level', 'role'], ['role', 'level'], []])).toEqual([['role', 'level'], []]);
  });
});
