/**
 * The audit's goals and its table: one row per page with Lighthouse's performance,
 * accessibility and best-practices scores (0–100), the total blocking time, the
 * cumulative layout shift and the page's HTML (raw and gzip), each checked against
 * its goal. A generated library (`--entries N`) has goals of its own: the page must
 * keep its speed as the library grows.
 */

export type PageScores = {
  /** What the row is called, e.g. "home" or "/entries/". */
  label: string;
  url: string;
  performance: number;
  accessibility: number;
  bestPractices: number;
  cls: number;
  /** Total blocking time in ms. */
  tbt: number;
  /** The page's HTML file, bytes raw and gzip-compressed (zlib's default level). */
  html: { raw: number; gzip: number };
  /** The HTML must stay under this many gzip bytes (the library page's first view). */
  htmlGzipMax?: number;
  /** Why Lighthouse could not audit the page (every run failed); the scores are then 0. */
  failure?: string;
};

export type Goals = { performance: number; accessibility: number; bestPractices: number; cls: number; tbt: number };

/** The goals on the sample library. */
export const GOALS: Goals = { performance: 95, accessibility: 100, bestPractices: 95, cls: 0.05, tbt: 200 };

/** The first view of /entries/ at any size. */
export const LIBRARY_HTML_GZIP_MAX = 100 * 1024;

/** The goals on a generated library of `entries` entries: performance ≥ 95 up to 1,000, ≥ 90 beyond; no layout shift at all. */
export function goalsFor(entries?: number): Goals {
  if (entries === undefined) return GOALS;
  return { ...GOALS, performance: entries > 1000 ? 90 : 95, cls: 0 };
}

/** CLS as the table shows it, to three decimals: a shift below 0.0005 is none. */
const rounded = (cls: number) => Math.round(cls * 1000) / 1000;

const kb = (bytes: number) => `${(bytes / 1024).toFixed(1)} KB`;

/** The goals a page misses, as readable phrases; none when it is all green. */
export function missedGoals(page: PageScores, goals: Goals = GOALS): string[] {
  const missed: string[] = [];
  if (page.failure) missed.push(`Lighthouse failed: ${page.failure}`);
  if (page.performance < goals.performance) missed.push(`performance ${page.performance} < ${goals.performance}`);
  if (page.accessibility < goals.accessibility) missed.push(`accessibility ${page.accessibility} < ${goals.accessibility}`);
  if (page.bestPractices < goals.bestPractices) missed.push(`best practices ${page.bestPractices} < ${goals.bestPractices}`);
  if (page.tbt > goals.tbt) missed.push(`total blocking time ${Math.round(page.tbt)} ms > ${goals.tbt} ms`);
  if (rounded(page.cls) > goals.cls) missed.push(`CLS ${page.cls.toFixed(3)} > ${goals.cls}`);
  if (page.htmlGzipMax !== undefined && page.html.gzip > page.htmlGzipMax) missed.push(`HTML ${kb(page.html.gzip)} gzip > ${kb(page.htmlGzipMax)}`);
  return missed;
}

const mark = (ok: boolean) => (ok ? '✓' : '✗');

/** The table as Markdown, with ✓/✗ beside each figure and the goals in the header. */
export function scoresTable(pages: readonly PageScores[], goals: Goals = GOALS): string {
  const header = `| page | performance (≥${goals.performance}) | accessibility (${goals.accessibility}) | best practices (≥${goals.bestPractices}) | TBT (≤${goals.tbt} ms) | CLS (≤${goals.cls}) | HTML raw | HTML gzip |`;
  const rows = pages.map((p) =>
    `| ${p.label} | ${p.performance} ${mark(p.performance >= goals.performance)} | ${p.accessibility} ${mark(p.accessibility >= goals.accessibility)} | ` +
    `${p.bestPractices} ${mark(p.bestPractices >= goals.bestPractices)} | ${Number.isNaN(p.tbt) ? '–' : `${Math.round(p.tbt)} ms`} ${mark(p.tbt <= goals.tbt)} | ${Number.isNaN(p.cls) ? '–' : p.cls.toFixed(3)} ${mark(rounded(p.cls) <= goals.cls)} | ` +
    `${kb(p.html.raw)} | ${kb(p.html.gzip)}${p.htmlGzipMax === undefined ? '' : ` ${mark(p.html.gzip <= p.htmlGzipMax)}`} |`,
  );
  return [header, '| --- | ---: | ---: | ---: | ---: | ---: | ---: | ---: |', ...rows].join('\n');
}

/** Render time of the routes the audit looks at, from the build's log: "| /entries/ | 1.10 s |". */
export function renderTable(routes: readonly { label: string; ms: number | undefined }[], phase: number | undefined): string {
  const s = (ms: number | undefined) => (ms === undefined ? '–' : `${(ms / 1000).toFixed(2)} s`);
  return ['| build | render time |', '| --- | ---: |', `| render phase (every page) | ${s(phase)} |`, ...routes.map((r) => `| ${r.label} | ${s(r.ms)} |`)].join('\n');
}
