/**
 * The sites the benchmark builds from the same entries: ours (both UI languages, the
 * default), ours with one UI (SITE_LOCALES=de, today's single-language site), a stock
 * Starlight site and the bare floor. Each says where its content goes, how it is built cold and
 * where its pages are. Starlight and the floor live in `bench/` with their own
 * `package.json`, installed on first use, never part of the main install.
 */
import { existsSync, rmSync } from 'node:fs';
import path from 'node:path';
import type { Command } from './build.ts';
import type { SearchKind } from './browse.ts';
import type { SyntheticEntry } from './generate.ts';
import { writeBare, writeOurs, writeStarlight } from './write.ts';
import { INDEXED_PAGES } from '../../src/integrations/pagefind.ts';

export const SITES = ['ours', 'ours-one', 'starlight', 'bare'] as const;
export type SiteName = (typeof SITES)[number];

export type Site = {
  name: SiteName;
  label: string;
  /** The project folder an `npm ci` must have run in first, if it is not the main one. */
  project?: string;
  write(entries: readonly SyntheticEntry[]): void;
  /** What to delete before a run so that it starts cold. */
  cold: string[];
  commands: Command[];
  dist: string;
  route(slug: string): string;
  /** How the slowest-routes report groups pages; default the first path segment. */
  group?: (route: string) => string;
  search: SearchKind;
  /**
   * Pagefind run on its own over the built site, reading the pages and writing a bundle
   * to `output` as the site's build does (`--pagefind-runs`); none for Starlight, whose
   * integration indexes with options of its own.
   */
  pagefind?: (output: string) => Command;
};

/** Pagefind's command line as `npx pagefind` runs it, from a project's own install. */
const pagefindCli = (project: string) => path.join(project, 'node_modules/pagefind/lib/runner/bin.cjs');

export type Layout = { root: string; work: string; sampleContent: string; node: string; /** Another Astro config for our site, e.g. one of bench/diagnose/. */ config?: string };

/** Folders for one library size: `bench/work/<N>/`. */
export function layout(root: string, entries: number, node: string, config?: string): Layout {
  return { root, work: path.join(root, 'bench/work', String(entries)), sampleContent: path.join(root, 'content'), node, ...(config ? { config } : {}) };
}

const astro = (project: string) => path.join(project, 'node_modules/astro/bin/astro.mjs');

export function site(name: SiteName, l: Layout): Site {
  const dist = path.join(l.work, `${name}-dist`);
  const cache = path.join(l.work, `${name}-cache`);
  if (name === 'ours' || name === 'ours-one') {
    const content = path.join(l.work, 'content');
    const one = name === 'ours-one';
    const locales = one ? ['de'] : ['de', 'en'];
    return {
      name,
      label: `${one ? 'ours, one UI' : 'ours'}${l.config ? ` (${path.basename(l.config)})` : ''}`,
      write: (entries) => writeOurs(content, l.sampleContent, entries),
      cold: [dist, cache],
      commands: [{
        label: `astro build (${one ? 'ours, one UI' : 'ours'})`, command: l.node, args: [astro(l.root), 'build', '--outDir', dist, ...(l.config ? ['--config', l.config] : [])], cwd: l.root,
        env: { CONTENT_DIR: path.relative(l.root, content), ASTRO_CACHE_DIR: cache, BASE_PATH: '/', SITE_URL: 'https://intranet.example.com', SITE_LOCALES: locales.join(',') },
      }],
      dist,
      route: (slug) => `/entries/${slug}/`,
      search: 'ours',
      // The same pages and language as `src/integrations/pagefind.ts`: the site's language is the first of SITE_LOCALES.
      pagefind: (output) => ({
        label: `pagefind (${one ? 'ours, one UI' : 'ours'})`, command: l.node, cwd: l.root,
        args: [pagefindCli(l.root), '--site', dist, '--glob', INDEXED_PAGES, '--force-language', locales[0]!, '--output-path', output],
      }),
    };
  }
  const project = path.join(l.root, 'bench', name);
  if (name === 'starlight') {
    return {
      name,
      label: 'Starlight',
      project,
      write: (entries) => writeStarlight(path.join(project, 'src/content/docs'), entries),
      cold: [dist, cache, path.join(project, '.astro')],
      commands: [{ label: 'astro build (Starlight)', command: l.node, args: [astro(project), 'build', '--outDir', dist], cwd: project, env: { ASTRO_CACHE_DIR: cache } }],
      dist,
      route: (slug) => `/${slug}/`,
      // Every docs page sits at the top level; all but the home and 404 pages are entries.
      group: (route) => (/^\/(index|404)\.html$/.test(route) ? route.slice(1, -5) : 'entries'),
      search: 'starlight',
    };
  }
  return {
    name,
    label: 'bare floor',
    project,
    write: (entries) => writeBare(path.join(project, 'content/entries'), entries),
    cold: [dist, cache, path.join(project, '.astro')],
    commands: [
      { label: 'astro build (bare)', command: l.node, args: [astro(project), 'build', '--outDir', dist], cwd: project, env: { ASTRO_CACHE_DIR: cache } },
      { label: 'pagefind (bare)', command: path.join(project, 'node_modules/.bin/pagefind'), args: ['--site', dist], cwd: project },
    ],
    dist,
    route: (slug) => `/entries/${slug}/`,
    search: 'bare',
    pagefind: (output) => ({ label: 'pagefind (bare)', command: l.node, args: [pagefindCli(project), '--site', dist, '--output-path', output], cwd: project }),
  };
}

export function coldStart(s: Site): void {
  for (const p of s.cold) rmSync(p, { recursive: true, force: true });
}

/** True when a comparison project still needs its `npm ci`. */
export function needsInstall(s: Site): boolean {
  return s.project !== undefined && !existsSync(astro(s.project));
}

/** The install command for a comparison project: its lock file when there is one. */
export function installCommand(s: Site, npm: string): Command | undefined {
  if (!s.project) return undefined;
  const ci = existsSync(path.join(s.project, 'package-lock.json'));
  return { label: `npm ${ci ? 'ci' : 'install'} (${s.label})`, command: npm, args: [ci ? 'ci' : 'install', '--no-audit', '--no-fund'], cwd: s.project };
}
