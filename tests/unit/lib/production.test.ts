import { spawnSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { parseProductionValues, withProductionValues } from '../../../src/lib/production-config.ts';
import { loadConfig } from '../../../site.config.ts';

const ROOT = path.resolve(import.meta.dirname, '../../..');

describe('production values (site.production.json)', () => {
  it('the repository\'s file is valid for the site\'s configuration', () => {
    const stored = parseProductionValues(readFileSync(path.join(ROOT, 'site.production.json'), 'utf8'));
    expect(Object.keys(stored)).toEqual(expect.arrayContaining(['SITE_URL', 'BASE_PATH']));
    expect(() => loadConfig(stored)).not.toThrow();
  });

  it('refuses what is not JSON, not an object, an unknown key, a missing address and an empty value', () => {
    expect(() => parseProductionValues('{ SITE_URL: x }')).toThrow(/^site\.production\.json: expected JSON such as/);
    expect(() => parseProductionValues('[]')).toThrow('site.production.json: expected an object such as {"SITE_URL": "https://intranet.example.com", "BASE_PATH": "/kb/"}, found a list');
    expect(() => parseProductionValues('{"SITE_URL": "https://a.example", "BASE_PATH": "", "SITE_NAME": "x"}')).toThrow(
      'site.production.json:\n  BASE_PATH: expected a text value, found ""\n  SITE_NAME: expected one of SITE_URL, BASE_PATH, SITE_LOCALES, SITE_LOCALE, SITE_TITLE, REPO_URL, REPO_HOST, REPO_BRANCH (or $comment), found an unknown key',
    );
    expect(() => parseProductionValues('{"BASE_PATH": "/kb/"}')).toThrow('SITE_URL: expected the production value, found none');
  });

  it('lets the shell agree with the file, in any spelling of the same value, and names every disagreement', () => {
    const stored = { SITE_URL: 'https://intranet.example.com', BASE_PATH: '/kb/' };
    expect(withProductionValues(stored, { BASE_PATH: '/kb', SITE_URL: 'https://intranet.example.com/', PATH: '/bin' })).toEqual({ env: { BASE_PATH: '/kb/', SITE_URL: 'https://intranet.example.com', PATH: '/bin' }, conflicts: [] });
    expect(withProductionValues(stored, { BASE_PATH: '/trends/', SITE_URL: '' }).conflicts).toEqual([
      'BASE_PATH is "/trends/" in this shell, but site.production.json says "/kb/", the production value: expected the same, or the variable unset (PowerShell: Remove-Item Env:BASE_PATH; cmd.exe: set BASE_PATH=; bash: unset BASE_PATH)',
    ]);
  });

  it('npm run build -- --production stops before building when the shell disagrees', () => {
    const run = spawnSync(process.execPath, [path.join(ROOT, 'scripts/astro.mjs'), 'build', '--production'], { cwd: ROOT, env: { PATH: process.env.PATH, BASE_PATH: '/trends/' }, encoding: 'utf8' });
    expect(run.status).toBe(2);
    // In the site's language, German unless the shell asks for English.
    expect(run.stderr).toContain('BASE_PATH ist in dieser Shell „/trends/“, aber site.production.json nennt „/kb/“');
    const english = spawnSync(process.execPath, [path.join(ROOT, 'scripts/astro.mjs'), 'build', '--production'], { cwd: ROOT, env: { PATH: process.env.PATH, BASE_PATH: '/trends/', SITE_LOCALE: 'en' }, encoding: 'utf8' });
    expect(english.status).toBe(2);
    expect(english.stderr).toContain('BASE_PATH is "/trends/" in this shell, but site.production.json says "/kb/"');
  });
});
