/** The audit's nginx configuration, its goals and its table. */
import { describe, expect, it } from 'vitest';
import { freePort, nginxConfig } from '../../../scripts/audit/nginx.ts';
import { GOALS, missedGoals, scoresTable, type PageScores } from '../../../scripts/audit/report.ts';

const green: PageScores = { label: 'home', url: 'http://127.0.0.1/kb/', performance: 100, accessibility: 100, bestPractices: 100, cls: 0 };

describe('the nginx configuration', () => {
  const config = nginxConfig({ base: '/kb/', port: 41234, prefix: '/tmp/x' });
  it('listens on loopback only, on the port given', () => {
    expect(config).toContain('listen 127.0.0.1:41234;');
  });
  it('keeps pid, logs and temp files in its own folder and runs in the foreground', () => {
    expect(config).toContain('daemon off;');
    expect(config).toContain('pid /tmp/x/nginx.pid;');
    expect(config).toContain('client_body_temp_path /tmp/x/tmp/body;');
  });
  it('serves the base path, compresses text and caches hashed assets for a year', () => {
    expect(config).toContain('location /kb/ { expires -1; try_files $uri $uri/ =404; }');
    expect(config).toContain('location /kb/_astro/ { expires 1y;');
    expect(config).toMatch(/gzip_types [^;]*application\/wasm/);
    expect(config).toContain('error_page 404 /kb/404.html;');
  });
  it('finds a free port', async () => {
    expect(await freePort()).toBeGreaterThan(0);
  });
});

describe('the goals', () => {
  it('are met by a page scoring 100 without layout shift', () => {
    expect(missedGoals(green)).toEqual([]);
  });
  it('name every goal a page misses, with its figure', () => {
    expect(missedGoals({ ...green, performance: 80, accessibility: 96, bestPractices: 92, cls: 0.447 })).toEqual([
      'performance 80 < 95',
      'accessibility 96 < 100',
      'best practices 92 < 95',
      'CLS 0.447 > 0.05',
    ]);
  });
  it('hold at the limits', () => {
    expect(missedGoals({ ...green, performance: GOALS.performance, bestPractices: GOALS.bestPractices, cls: GOALS.cls })).toEqual([]);
  });
});

describe('the table', () => {
  it('has a row per page, each figure marked against its goal', () => {
    expect(scoresTable([green, { ...green, label: '/entries/', performance: 80, cls: 0.447 }])).toBe(
      [
        '| page | performance (≥95) | accessibility (100) | best practices (≥95) | CLS (≤0.05) |',
        '| --- | ---: | ---: | ---: | ---: |',
        '| home | 100 ✓ | 100 ✓ | 100 ✓ | 0.000 ✓ |',
        '| /entries/ | 80 ✗ | 100 ✓ | 100 ✓ | 0.447 ✗ |',
      ].join('\n'),
    );
  });
});
