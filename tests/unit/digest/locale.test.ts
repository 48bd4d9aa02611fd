/** `npm run digest -- --locale en`: the English digest, its links in the English UI. */
import { afterAll, describe, expect, it } from 'vitest';
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { ENV, digest, removeProjects } from './support.ts';

afterAll(removeProjects);

const SEPTEMBER = ['--to', '2026-09-30', '--intro', 'intro.md'];
const text = (cwd: string, file: string) => readFileSync(path.join(cwd, 'digests-out/2', file), 'utf8');

describe('the digest in each UI language', () => {
  it('writes the English digest with links into the English UI', async () => {
    const run = await digest([...SEPTEMBER, '--locale', 'en']);
    expect(run.stderr).toBe('');
    expect(run.code).toBe(0);
    const txt = text(run.cwd, 'newsletter.txt');
    // Every link the digest makes (entries, the archive, this issue); the editor's intro keeps the links it was written with.
    const links = [...txt.matchAll(/https:\/\/intranet\.example\.com\S*\/(?:entries|digests)\/\S*/g)].map((m) => m[0]);
    expect(links.length).toBeGreaterThan(4);
    for (const link of links) expect(link).toMatch(/^https:\/\/intranet\.example\.com\/kb\/en\//);
    expect(text(run.cwd, 'newsletter.html')).toMatch(/<html[^>]* lang="en"/);
    expect(readFileSync(path.join(run.cwd, 'content/digests/2.md'), 'utf8')).toMatch(/^title: .*September 2026/m);
  });

  it('keeps the German digest and its root links by default', async () => {
    const run = await digest(SEPTEMBER);
    const txt = text(run.cwd, 'newsletter.txt');
    expect(txt).toMatch(/https:\/\/intranet\.example\.com\/kb\/entries\//);
    expect(txt).not.toMatch(/\/kb\/en\//);
  });

  it('speaks the site\'s language whatever language the digest is written in', async () => {
    // --locale chooses the digest; what the command says follows the site's language, as in every command.
    const german = await digest([...SEPTEMBER, '--locale', 'en', '--dry-run']);
    expect(german.stdout).toContain('Zeitraum: 2026-09-01..2026-09-30 (nach Digest #1)');
    expect(german.stdout).toContain('Probelauf: nichts geschrieben.');
    const english = await digest([...SEPTEMBER, '--locale', 'de', '--dry-run'], { env: { ...ENV, SITE_LOCALE: 'en' } });
    expect(english.stdout).toContain('Period: 2026-09-01..2026-09-30 (after digest #1)');
    expect(english.stdout).toContain('Dry run: nothing written.');
    expect(english.stdout).toMatch(/^Digest #2: Trend Library Digest #2 – September 2026$/m);
  });

  it('refuses a language the site does not serve', async () => {
    const fr = await digest([...SEPTEMBER, '--locale', 'fr']);
    expect(fr.code).toBe(2);
    expect(fr.stderr).toContain('--locale: erwartet eine der Sprachen der Website (SITE_LOCALES: de, en), gefunden „fr“');
    const only = await digest([...SEPTEMBER, '--locale', 'en'], { env: { ...ENV, SITE_LOCALES: 'de' } });
    expect(only.code).toBe(2);
    expect(only.stderr).toContain('(SITE_LOCALES: de), gefunden „en“');
  });
});
