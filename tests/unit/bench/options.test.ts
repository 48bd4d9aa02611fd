import { describe, expect, it } from 'vitest';
import { parseOptions } from '../../../scripts/bench/options.ts';
import { main, sampleRoutes, type BenchDeps } from '../../../scripts/bench.ts';
import type { SyntheticEntry } from '../../../scripts/bench/generate.ts';

function io() {
  let out = '';
  let err = '';
  return {
    io: { cwd: '/nowhere', now: new Date('2026-11-28T10:00:00Z'), env: {}, stdout: { write: (s: string) => (out += s) }, stderr: { write: (s: string) => (err += s) } },
    out: () => out,
    err: () => err,
  };
}

/** Nothing real may run when only flags are checked. */
const refuse = () => { throw new Error('must not run'); };
const deps: BenchDeps = { spawn: refuse, clock: () => 0, browse: refuse, machine: refuse, load: refuse };

describe('bench flags', () => {
  it('defaults to 1,000 entries, 3 runs, all three sites, Starlight up to 3,000', () => {
    expect(parseOptions([])).toEqual({
      help: false, entries: [1000], runs: 3, sites: ['ours', 'ours-one', 'starlight', 'bare'], starlightMax: 3000, seed: 1,
      query: 'Datenschutz', pages: 5, browser: true, pagefindRuns: 0, out: 'bench/results',
    });
  });

  it('reads sizes in any order and runs them smallest first', () => {
    expect(parseOptions(['--entries', '5000,1000, 3000', '--runs', '1', '--sites', 'bare,ours', '--no-browser'])).toMatchObject({
      entries: [1000, 3000, 5000], runs: 1, sites: ['ours', 'bare'], browser: false,
    });
  });

  it.each([
    [['--entries', '1k'], '--entries: expected a whole number from 10 to 7920, such as 1000,3000,5000, found "1k"'],
    [['--entries', '5'], '--entries: expected a whole number from 10 to 7920, such as 1000,3000,5000, found "5"'],
    [['--entries', '100,100'], '--entries: expected each size once, found "100,100"'],
    [['--runs', '0'], '--runs: expected a whole number from 1 to 20, such as 3, found "0"'],
    [['--pagefind-runs', '21'], '--pagefind-runs: expected a whole number from 0 to 20, such as 5, found "21"'],
    [['--sites', 'ours,docusaurus'], '--sites: expected names from ours, ours-one, starlight, bare, found "docusaurus"'],
    [['--query', ' '], '--query: expected a word to search for, found an empty text'],
    [['--config', 'satteri'], '--config: expected an Astro config file such as bench/diagnose/no-search.config.mjs, found "satteri"'],
  ])('rejects %j: %s', (argv, message) => {
    expect(() => parseOptions(argv)).toThrow(message);
  });

  it('names an unknown flag and points at --help, exiting 2 without building anything', async () => {
    const t = io();
    expect(await main(['--entrys', '100'], t.io, deps)).toBe(2);
    expect(t.err()).toMatchInlineSnapshot(`
      "unknown flag --entrys: expected one of --entries, --runs, --sites, --starlight-max, --seed, --query, --pages, --no-browser, --pagefind-runs, --out, --config, --help
      Run \`npm run bench -- --help\` to see every flag.
      "
    `);
  });

  it('lists every flag in --help', async () => {
    const t = io();
    expect(await main(['--help'], t.io, deps)).toBe(0);
    for (const flag of ['--entries', '--runs', '--sites', '--starlight-max', '--seed', '--query', '--pages', '--no-browser', '--pagefind-runs', '--out', '--config', '--help']) {
      expect(t.out()).toContain(flag);
    }
  });
});

describe('pages to weigh', () => {
  const entry = (slug: string, lang: 'de' | 'en') => ({ slug, lang }) as SyntheticEntry;
  it('takes German entries spread over the library', () => {
    const entries = [entry('a', 'en'), entry('b', 'de'), entry('c', 'de'), entry('d', 'en'), entry('e', 'de'), entry('f', 'de')];
    expect(sampleRoutes(entries, 2, (s) => `/entries/${s}/`)).toEqual(['/entries/b/', '/entries/e/']);
    expect(sampleRoutes(entries, 9, (s) => `/${s}/`)).toEqual(['/b/', '/c/', '/e/', '/f/']);
  });
});
