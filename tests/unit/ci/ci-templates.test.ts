/**
 * The CI templates for each host: `.gitlab-ci.yml` passes GitLab's published schema
 * (vendored in tests/fixtures/gitlab-ci/, validated offline with Ajv) and runs the same
 * steps as the GitHub workflows; the GitHub workflows run on GitHub Enterprise Server,
 * Gitea and Forgejo; both rebuild nightly; each host has its owners and request template.
 */
import { readFileSync } from 'node:fs';
import path from 'node:path';
import Ajv from 'ajv';
import addFormats from 'ajv-formats';
import { parse } from 'yaml';
import { describe, expect, it } from 'vitest';

const ROOT = path.resolve(import.meta.dirname, '../../..');
const read = (file: string) => readFileSync(path.join(ROOT, file), 'utf8');
const yaml = (file: string) => parse(read(file)) as Record<string, any>;

function gitlabValidator() {
  const ajv = new Ajv({ strict: false, allErrors: true });
  addFormats(ajv);
  return ajv.compile(JSON.parse(read('tests/fixtures/gitlab-ci/ci.schema.json')));
}

/** The npm commands of a list of shell lines: `npm ci`, `npm run check`, `npm test` … */
const npmCommands = (lines: readonly string[]) =>
  new Set(lines.flatMap((line) => [...line.matchAll(/\bnpm (ci|test|run(?: --silent)? [\w:-]+)/g)].map((m) => m[1]!.replace('run --silent ', 'run '))));

describe('.gitlab-ci.yml', () => {
  const validate = gitlabValidator();

  it('passes GitLab\'s published CI schema', () => {
    const ok = validate(yaml('.gitlab-ci.yml'));
    expect(validate.errors ?? [], JSON.stringify(validate.errors, null, 2)).toEqual([]);
    expect(ok).toBe(true);
  });

  it.each([
    ['an unknown job keyword', (ci: any) => { ci.check.artifact = ci.check.artifacts; }],
    ['a wrong value', (ci: any) => { ci.check.artifacts.when = 'sometimes'; }],
    ['a stage named twice', (ci: any) => { ci.stages.push('check'); }],
  ])('fails the schema with %s (the validation can fail)', (_what, spoil) => {
    const ci = yaml('.gitlab-ci.yml');
    spoil(ci);
    expect(validate(ci)).toBe(false);
  });

  it('runs the same npm steps as the GitHub pull-request workflow, and the check report as Code Quality', () => {
    const github = yaml('.github/workflows/pull-request.yml');
    const githubSteps = npmCommands(Object.values(github.jobs).flatMap((job: any) => job.steps.map((s: any) => s.run ?? '')));
    const gitlab = yaml('.gitlab-ci.yml');
    const lines = Object.values(gitlab).flatMap((job: any) => (job && typeof job === 'object' ? [...(job.before_script ?? []), ...(job.script ?? [])] : []));
    expect([...githubSteps].sort()).toEqual(['ci', 'run build', 'run check', 'test']);
    for (const step of githubSteps) expect([...npmCommands(lines)], step).toContain(step);
    expect(gitlab.check.artifacts.reports.codequality).toBe('gl-code-quality-report.json');
    expect(gitlab.check.script.join('\n')).toContain('check -- --format codequality > gl-code-quality-report.json');
    expect(gitlab.build.artifacts.paths).toEqual(['dist/']);
    expect(gitlab.pages.artifacts.paths).toEqual(['public']);
  });

  it('installs what the browser tests need, as .ci/run does', () => {
    const install = yaml('.gitlab-ci.yml').test.before_script.join('\n');
    for (const pkg of ['chromium', 'nginx', 'apache2']) {
      expect(install).toContain(pkg);
      expect(read('.ci/run')).toContain(pkg);
    }
  });
});

describe('GitHub workflows', () => {
  it('keep the built site with the artifact action each host supports: v4 on github.com, v3 on GHES, Gitea and Forgejo', () => {
    const steps = yaml('.github/workflows/pull-request.yml').jobs['check-test-build'].steps as { uses?: string; if?: string }[];
    const uploads = steps.filter((s) => s.uses?.startsWith('actions/upload-artifact@'));
    expect(uploads.map((s) => [s.uses, s.if])).toEqual([
      ['actions/upload-artifact@v4', "github.server_url == 'https://github.com'"],
      ['actions/upload-artifact@v3', "github.server_url != 'https://github.com'"],
    ]);
  });

  it('rebuild every night, since the site depends on the day it is built', () => {
    expect(yaml('.github/workflows/publish.yml').on.schedule).toEqual([{ cron: '30 2 * * *' }]);
    expect(read('.gitlab-ci.yml')).toMatch(/Pipeline schedules/);
  });
});

describe('owners and request templates in each host\'s place', () => {
  const items = (file: string) => read(file).split('\n').filter((l) => l.startsWith('- [ ]')).length;

  it('has the mentor\'s checklist for GitHub, GitLab and Gitea/Forgejo', () => {
    const count = items('.github/pull_request_template.md');
    expect(count).toBeGreaterThan(5);
    expect(items('.gitlab/merge_request_templates/Default.md')).toBe(count);
    expect(items('.gitea/pull_request_template.md')).toBe(count);
  });

  it('gives content/ to the program team on every host (Gitea\'s rules are regular expressions)', () => {
    expect(read('.github/CODEOWNERS')).toMatch(/^\/content\/\s+@example-company\/reverse-mentoring-program$/m);
    expect(read('.gitlab/CODEOWNERS')).toMatch(/^\/content\/\s+@example-company\/reverse-mentoring-program$/m);
    const gitea = read('.gitea/CODEOWNERS').split('\n').filter((l) => l && !l.startsWith('#'));
    const owner = (file: string) => gitea.filter((l) => new RegExp(`^(?:${l.split(' ')[0]!.replace(/\\\\/g, '\\')})$`).test(file)).at(-1)?.split(' ').slice(1);
    expect(owner('content/entries/tiktok.mdx')).toEqual(['@example-company/reverse-mentoring-program']);
    expect(owner('src/lib/repo.ts')).toEqual(['@example-company/trend-library-maintainers']);
  });
});
