/**
 * Where a build's time goes, read from its log. Every line carries the time it arrived
 * (Astro's own timestamps have whole seconds only); Astro marks the phases with fixed
 * lines and prints each page with its render time.
 */
export type LogLine = { t: number; text: string };

export type Phases = {
  /** Start until `[content] Synced content`: loading the config and the content layer. */
  sync?: number;
  /** Until `generating static routes`: type generation and the Vite bundle (every MDX file compiled). */
  bundle?: number;
  /** Until the `✓ Completed in` after it: every page rendered to HTML. */
  render?: number;
  /**
   * From `generating optimized images` to the `✓ Completed in` after it: Astro's image
   * service converting the images pages use (none on a site without images: 0).
   */
  images?: number;
  /** The rest: `astro:build:done` hooks (our Pagefind integration, Starlight's) or the `pagefind` command. */
  index?: number;
  total: number;
};

export type PageTime = { route: string; ms: number };

const ANSI = /\x1b\[[0-9;]*m/g;
export const plain = (text: string) => text.replace(ANSI, '');

const at = (lines: readonly LogLine[], pattern: RegExp, from = 0) => {
  const i = lines.findIndex((l, k) => k >= from && pattern.test(plain(l.text)));
  return i < 0 ? undefined : i;
};

/** Phase durations in ms from lines timed against the build's start (t = 0) and its end. */
export function parsePhases(lines: readonly LogLine[], totalMs: number): Phases {
  const synced = at(lines, /\[content\] Synced content/);
  const routes = at(lines, /generating static routes/, synced ?? 0);
  const rendered = routes === undefined ? undefined : at(lines, /✓ Completed in/, routes + 1);
  const t = (i: number | undefined) => (i === undefined ? undefined : lines[i]!.t);
  const [a, b, c] = [t(synced), t(routes), t(rendered)];
  // Images are converted after the pages; their time is not the search index's.
  const imagesFrom = rendered === undefined ? undefined : at(lines, /generating optimized images/, rendered + 1);
  const imagesTo = imagesFrom === undefined ? undefined : at(lines, /✓ Completed in/, imagesFrom + 1);
  const images = imagesFrom === undefined ? (c === undefined ? undefined : 0) : imagesTo === undefined ? undefined : t(imagesTo)! - t(imagesFrom)!;
  const indexFrom = imagesTo === undefined ? c : t(imagesTo);
  return {
    sync: a,
    bundle: a !== undefined && b !== undefined ? b - a : undefined,
    render: b !== undefined && c !== undefined ? c - b : undefined,
    images,
    index: indexFrom !== undefined && (imagesFrom === undefined || imagesTo !== undefined) ? totalMs - indexFrom : undefined,
    total: totalMs,
  };
}

const PAGE = /[├└]─ (\S+) \(\+(\d+(?:\.\d+)?)(ms|s)\)/;

/** Each page Astro printed with its render time, e.g. `├─ /entries/x/index.html (+15ms)`. */
export function pageTimes(lines: readonly LogLine[]): PageTime[] {
  const out: PageTime[] = [];
  for (const line of lines) {
    const m = PAGE.exec(plain(line.text));
    if (m) out.push({ route: m[1]!, ms: Number(m[2]) * (m[3] === 's' ? 1000 : 1) });
  }
  return out;
}

export function slowestPages(pages: readonly PageTime[], count = 5): PageTime[] {
  return [...pages].sort((a, b) => b.ms - a.ms || a.route.localeCompare(b.route)).slice(0, count);
}

/** The first path segment: `/entries/x/index.html` → `entries`, `/rss.xml` → `rss.xml`. */
export function firstSegment(route: string): string {
  const segments = route.split('/').filter(Boolean);
  return segments.length > 1 ? segments[0]! : (segments[0] ?? '/').replace(/\.html$/, '');
}

/** Render time summed by route group (by default the first path segment), largest first. */
export function timeByRoute(pages: readonly PageTime[], groupOf: (route: string) => string = firstSegment): { group: string; pages: number; ms: number }[] {
  const groups = new Map<string, { pages: number; ms: number }>();
  for (const p of pages) {
    const group = groupOf(p.route);
    const g = groups.get(group) ?? { pages: 0, ms: 0 };
    groups.set(group, { pages: g.pages + 1, ms: g.ms + p.ms });
  }
  return [...groups].map(([group, g]) => ({ group, ...g })).sort((a, b) => b.ms - a.ms || a.group.localeCompare(b.group));
}

/** Lines that say something went wrong, for the error message of a failed build. */
export function errorLines(lines: readonly LogLine[], max = 30): string[] {
  return lines.map((l) => plain(l.text)).filter((t) => /error|failed|✘|\[ERROR\]/i.test(t)).slice(-max);
}
