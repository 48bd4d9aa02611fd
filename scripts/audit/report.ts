/**
 * The audit's goals and its table: one row per page with Lighthouse's performance,
 * accessibility and best-practices scores (0–100) and the cumulative layout shift,
 * each checked against its goal.
 */

export type PageScores = {
  /** What the row is called, e.g. "home" or "/entries/". */
  label: string;
  url: string;
  performance: number;
  accessibility: number;
  bestPractices: number;
  cls: number;
};

export const GOALS = { performance: 95, accessibility: 100, bestPractices: 95, cls: 0.05 } as const;

/** The goals a page misses, as readable phrases; none when it is all green. */
export function missedGoals(page: PageScores): string[] {
  const missed: string[] = [];
  if (page.performance < GOALS.performance) missed.push(`performance ${page.performance} < ${GOALS.performance}`);
  if (page.accessibility < GOALS.accessibility) missed.push(`accessibility ${page.accessibility} < ${GOALS.accessibility}`);
  if (page.bestPractices < GOALS.bestPractices) missed.push(`best practices ${page.bestPractices} < ${GOALS.bestPractices}`);
  if (page.cls > GOALS.cls) missed.push(`CLS ${page.cls.toFixed(3)} > ${GOALS.cls}`);
  return missed;
}

const mark = (ok: boolean) => (ok ? '✓' : '✗');

/** The table as Markdown, with ✓/✗ beside each figure and the goals in the header. */
export function scoresTable(pages: readonly PageScores[]): string {
  const header = `| page | performance (≥${GOALS.performance}) | accessibility (${GOALS.accessibility}) | best practices (≥${GOALS.bestPractices}) | CLS (≤${GOALS.cls}) |`;
  const rows = pages.map((p) =>
    `| ${p.label} | ${p.performance} ${mark(p.performance >= GOALS.performance)} | ${p.accessibility} ${mark(p.accessibility >= GOALS.accessibility)} | ` +
    `${p.bestPractices} ${mark(p.bestPractices >= GOALS.bestPractices)} | ${p.cls.toFixed(3)} ${mark(p.cls <= GOALS.cls)} |`,
  );
  return [header, '| --- | ---: | ---: | ---: | ---: |', ...rows].join('\n');
}
