import { describe, expect, it } from 'vitest';
import { errorLines, firstSegment, pageTimes, parsePhases, plain, slowestPages, timeByRoute, type LogLine } from '../../../scripts/bench/phases.ts';

/** An Astro 7 build log as it arrives, each line with the ms since the build started. */
const log: LogLine[] = [
  [800, '01:07:34 [content] Syncing content'],
  [2100, '01:07:34 [content] Synced content'],
  [3000, '01:07:34 [types] Generated 873ms'],
  [3100, '01:07:34 [build] Building static entrypoints...'],
  [9000, '01:07:35 [vite] ✓ built in 1.15s'],
  [9400, '\x1b[32m generating static routes \x1b[39m'],
  [9500, '01:07:35   ├─ /entries/tiktok/index.html (+15ms) '],
  [9600, '01:07:35   ├─ /entries/signal/index.html (+1.2s) '],
  [9700, '01:07:35   ├─ /tags/ai/index.html (+78ms) '],
  [9800, '01:07:35   └─ /index.html (+4ms) '],
  [12000, '01:07:35 ✓ Completed in 2.6s.'],
  [12100, '01:07:35 [build] ✓ Completed in 3.38s.'],
  [15000, '01:07:38 [pagefind] indexed 2 bundles in 2.8s'],
  [15100, '01:07:38 [build] Complete!'],
].map(([t, text]) => ({ t: t as number, text: text as string }));

describe('build phases read from the log', () => {
  it('splits the build into content sync, bundling, rendering and indexing', () => {
    expect(parsePhases(log, 15500)).toEqual({ sync: 2100, bundle: 7300, render: 2600, images: 0, index: 3500, total: 15500 });
  });

  it("counts Astro's image conversion after the pages as a phase of its own, not as indexing", () => {
    const withImages: LogLine[] = [
      ...log.slice(0, 11),
      { t: 12050, text: '\x1b[32m generating optimized images \x1b[39m' },
      { t: 12400, text: '01:07:36   ▶ /_astro/1-uebersicht.jifFEaO6.webp (before: 59kB, after: 22kB) (+947ms) (1/1)' },
      { t: 13050, text: '01:07:36 ✓ Completed in 1.0s.' },
      { t: 13100, text: '01:07:36 [build] ✓ Completed in 3.38s.' },
      ...log.slice(12),
    ];
    expect(parsePhases(withImages, 15500)).toEqual({ sync: 2100, bundle: 7300, render: 2600, images: 1000, index: 2450, total: 15500 });
  });

  it('leaves out what the log does not show, such as a build that stopped early', () => {
    expect(parsePhases(log.slice(0, 3), 3200)).toEqual({ sync: 2100, bundle: undefined, render: undefined, images: undefined, index: undefined, total: 3200 });
  });

  it('strips terminal colours', () => {
    expect(plain('\x1b[32m generating static routes \x1b[39m')).toBe(' generating static routes ');
  });
});

describe('page timings', () => {
  const pages = pageTimes(log);

  it('reads every page with its render time, seconds included', () => {
    expect(pages).toEqual([
      { route: '/entries/tiktok/index.html', ms: 15 },
      { route: '/entries/signal/index.html', ms: 1200 },
      { route: '/tags/ai/index.html', ms: 78 },
      { route: '/index.html', ms: 4 },
    ]);
  });

  it('names the slowest pages first', () => {
    expect(slowestPages(pages, 2).map((p) => p.route)).toEqual(['/entries/signal/index.html', '/tags/ai/index.html']);
  });

  it('sums render time by route group', () => {
    expect(timeByRoute(pages)).toEqual([
      { group: 'entries', pages: 2, ms: 1215 },
      { group: 'tags', pages: 1, ms: 78 },
      { group: 'index', pages: 1, ms: 4 },
    ]);
    expect(timeByRoute(pages, () => 'all')).toEqual([{ group: 'all', pages: 4, ms: 1297 }]);
  });

  it('groups a route by its first segment', () => {
    expect([firstSegment('/entries/x/index.html'), firstSegment('/rss.xml'), firstSegment('/404.html')]).toEqual(['entries', 'rss.xml', '404']);
  });
});

describe('failure output', () => {
  it('keeps the lines that say what went wrong', () => {
    const lines = [{ t: 1, text: 'fine' }, { t: 2, text: '[ERROR] [InvalidContentEntryDataError] entries → x data does not match' }];
    expect(errorLines(lines)).toEqual(['[ERROR] [InvalidContentEntryDataError] entries → x data does not match']);
  });
});
