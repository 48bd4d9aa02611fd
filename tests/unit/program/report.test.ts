/**
 * `npm run report` through `main(argv, io)` over the program fixture library: golden
 * files in both languages, byte-identical reruns, and every bad input ending with a
 * message, a non-zero exit and nothing written.
 */
import { afterAll, describe, expect, it } from 'vitest';
import { cpSync, existsSync, mkdirSync, mkdtempSync, readFileSync, readdirSync, rmSync, writeFileSync, appendFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { FILES, main } from '../../../scripts/report.ts';
import { msgIn } from '../../../src/i18n/messages.ts';
import { FIXTURE, ROOT } from './support.ts';
import { expectGolden } from '../../support/golden.ts';
import { inertCell } from '../../../src/lib/program/report.ts';

const GOLDEN = path.join(ROOT, 'tests/fixtures/report/golden');
const NOW = new Date('2026-12-01T09:30:00Z');
const temps: string[] = [];
afterAll(() => temps.forEach((d) => rmSync(d, { recursive: true, force: true })));
const tempDir = () => {
  const d = mkdtempSync(path.join(tmpdir(), 'report-'));
  temps.push(d);
  return d;
};

async function report(argv: string[], { env = {}, now = NOW, cwd = ROOT }: { env?: Record<string, string>; now?: Date; cwd?: string } = {}) {
  let stdout = '';
  let stderr = '';
  const code = await main(argv, {
    cwd, now,
    stdout: { write: (s: string) => (stdout += s) },
    stderr: { write: (s: string) => (stderr += s) },
    env: { CONTENT_DIR: FIXTURE, ...env },
  });
  return { code, stdout, stderr };
}

const read = (dir: string) => Object.fromEntries(FILES.map((f) => [f, readFileSync(path.join(dir, f), 'utf8')]));

describe('npm run report', () => {
  it.for(['de', 'en'])('matches the golden Markdown and CSV (%s; UPDATE_GOLDEN=1 rewrites them after a deliberate change)', async (locale, context) => {
    const out = tempDir();
    const run = await report(['--from', '2026-01-01', '--to', '2026-11-30', '--out', out], { env: { SITE_LOCALE: locale } });
    expect(run.stderr).toBe('');
    expect(run.code).toBe(0);
    const files = read(out);
    expect(readdirSync(out).sort()).toEqual([...FILES].sort());
    expectGolden(context, path.join(GOLDEN, locale), files);
  });

  it('writes the English report with --locale en on a German-first site: the English golden files', async (context) => {
    const out = tempDir();
    const run = await report(['--from', '2026-01-01', '--to', '2026-11-30', '--out', out, '--locale', 'en'], { env: { SITE_LOCALES: 'de,en' } });
    expect(run.stderr).toBe('');
    expectGolden(context, path.join(GOLDEN, 'en'), read(out));
  });

  it('writes the same bytes on a rerun, whatever the clock says', async () => {
    const [a, b] = [tempDir(), tempDir()];
    await report(['--from', '2026-01-01', '--to', '2026-06-30', '--out', a]);
    await report(['--from', '2026-01-01', '--to', '2026-06-30', '--out', b], { now: new Date('2027-05-05T23:59:59Z') });
    expect(read(b)).toEqual(read(a));
  });

  it('shows suppressed survey groups without their size, in both files', async () => {
    const out = tempDir();
    await report(['--to', '2026-03-31', '--out', out]);
    const { 'program-report.md': md, 'program-report.csv': csv } = read(out);
    // 2026-q1: 3 mentor answers to `useful` → hidden, and the mentees beside them too (total − mentees = mentors).
    expect(md).toMatch(/\| Mentor:innen \| zu wenige Antworten \|/);
    expect(md).toMatch(/\| Mentees \| zu wenige Antworten \|/);
    expect(md).toMatch(/\| Alle \| 3,8 \(n = 12 · 67\s%\) \|/);
    expect(csv).toContain('feedback,useful,Nutzen,role=mentor,2026-q1,suppressed,fewer than 5 answers or needed to protect one');
    expect(csv).not.toMatch(/role=mentor,2026-q1,answers/);
  });

  it('prints its help', async () => {
    const run = await report(['--help']);
    expect(run).toEqual({ code: 0, stdout: msgIn('de', 'help.report'), stderr: '' });
  });

  it.each([
    [['--form', '2026-01-01'], /unknown flag --form: expected one of --from, --to, --out, --locale, --help/],
    [['--from', '2026-13-01'], /--from: expected a date written as YYYY-MM-DD, such as 2026-06-30, found "2026-13-01"/],
    [['--from', '2026-06-01', '--to', '2026-05-01'], /--from: expected a day on or before --to \(2026-05-01\), found 2026-06-01/],
    [['--to', '2026-12-02'], /--to: expected a day up to today \(2026-12-01\), found 2026-12-02/],
    [['--out', ''], /--out: expected a folder, found an empty text/],
    [['--locale', 'fr'], /--locale: expected one of the site's UI languages \(SITE_LOCALES: en, de\), found "fr"/],
    [['extra'], /expected flags only/],
  ])('refuses %j with a message, exit 2 and no file', async (argv, message) => {
    const cwd = tempDir();
    const run = await report([...argv, ...(argv.includes('--out') ? [] : ['--out', path.join(cwd, 'out')])], { env: { CONTENT_DIR: path.join(ROOT, FIXTURE), SITE_LOCALE: 'en' }, cwd });
    expect(run.code).toBe(2);
    expect(run.stderr).toMatch(message);
    expect(run.stdout).toBe('');
    expect(readdirSync(cwd)).toEqual([]);
  });

  it('refuses an --out that is a file', async () => {
    const cwd = tempDir();
    writeFileSync(path.join(cwd, 'report.md'), 'mine');
    const run = await report(['--out', 'report.md'], { env: { CONTENT_DIR: path.join(ROOT, FIXTURE), SITE_LOCALE: 'en' }, cwd });
    expect(run.code).toBe(2);
    expect(run.stderr).toMatch(/--out: expected a folder, found the file report.md/);
    expect(readFileSync(path.join(cwd, 'report.md'), 'utf8')).toBe('mine');
  });

  it('says so, exit 2, when --out cannot be written (a folder inside a file), leaving no temporary file', async () => {
    const cwd = tempDir();
    writeFileSync(path.join(cwd, 'report.md'), 'mine');
    const run = await report(['--out', 'report.md/out'], { env: { CONTENT_DIR: path.join(ROOT, FIXTURE), SITE_LOCALE: 'en' }, cwd });
    expect(run.code).toBe(2);
    expect(run.stderr).toMatch(/^report: --out: could not write report\.md\/out\/program-report\.md: ENOTDIR \(mkdir\); nothing was written\.\n$/);
    expect(run.stdout).toBe('');
    expect(readdirSync(cwd)).toEqual(['report.md']);
  });

  it('refuses content with errors — a bad survey cell named by file, line and column — exit 1 and nothing written', async () => {
    const cwd = tempDir();
    cpSync(path.join(ROOT, FIXTURE), path.join(cwd, 'content'), { recursive: true });
    appendFileSync(path.join(cwd, 'content/feedback/2026-q2.csv'), '2026-q2,mentee,starter,recruiting,useful,six\n');
    const run = await report([], { env: { CONTENT_DIR: 'content', SITE_LOCALE: 'en' }, cwd });
    expect(run.code).toBe(1);
    expect(run.stderr).toContain('nothing was written');
    expect(run.stderr).toContain('content/feedback/2026-q2.csv\n  line 8, column 6 (rating): expected a whole number from 1 to 5, found "six"');
    expect(existsSync(path.join(cwd, 'report-out'))).toBe(false);
  });
});

describe('CSV cells a spreadsheet would run as formulas', () => {
  it.each([
    ['=HYPERLINK("https://example.com","x")', `'=HYPERLINK("https://example.com","x")`],
    ['+49 170 123', `'+49 170 123`],
    ['-Team', `'-Team`],
    ['@mention', `'@mention`],
    ['\tTab', `'\tTab`],
    ['\rReturn', `'\rReturn`],
  ])('%j is written as text: %j', (value, written) => {
    expect(inertCell(value)).toBe(written);
  });
  it.each([['Nutzen'], ['-0.50'], ['+3'], ['2026-q1'], ['a=b']])('%j is left as it is', (value) => {
    expect(inertCell(value)).toBe(value);
  });
  it('leaves numbers alone', () => {
    expect(inertCell(-3)).toBe(-3);
  });
});
