import { describe, expect, it } from 'vitest';
import { loadConfig } from '../../site.config.ts';

describe('site configuration', () => {
  it('has defaults for a local preview', () => {
    expect(loadConfig({})).toMatchObject({ site: 'http://localhost:4321', base: '/', locale: 'de', title: 'Trend Library', contentDir: 'content' });
  });
  it('serves German at the root and English under /en/ by default; SITE_LOCALES chooses', () => {
    expect(loadConfig({}).locales).toEqual(['de', 'en']);
    expect(loadConfig({ SITE_LOCALES: 'de' })).toMatchObject({ locale: 'de', locales: ['de'] });
    expect(loadConfig({ SITE_LOCALES: ' en , de ' })).toMatchObject({ locale: 'en', locales: ['en', 'de'] });
    // Without SITE_LOCALES, the older SITE_LOCALE still picks the root language.
    expect(loadConfig({ SITE_LOCALE: 'en' })).toMatchObject({ locale: 'en', locales: ['en', 'de'] });
  });
  it('refuses an unknown or repeated UI language', () => {
    // The message speaks the language the variables name: German here.
    expect(() => loadConfig({ SITE_LOCALES: 'de,fr' })).toThrow('Ungültige Konfiguration:\n  SITE_LOCALES: erwartet eine durch Kommas getrennte Liste aus de und en, jede einmal, die Sprache der Startseite zuerst (wie de,en oder de), gefunden "de,fr"');
    expect(() => loadConfig({ SITE_LOCALES: 'en,fr' })).toThrow('Invalid configuration:\n  SITE_LOCALES: expected a comma-separated list of de and en, each once, the root language first (such as de,en or de), found "en,fr"');
    expect(() => loadConfig({ SITE_LOCALES: 'de,de' })).toThrow(/SITE_LOCALES: .*gefunden "de,de"/);
    expect(() => loadConfig({ SITE_LOCALES: ',' })).toThrow(/SITE_LOCALES: .*found ","/);
  });
  it('normalises the base path to leading and trailing slashes', () => {
    expect(loadConfig({ BASE_PATH: '/kb' }).base).toBe('/kb/');
    expect(loadConfig({ BASE_PATH: '/intranet/kb/' }).base).toBe('/intranet/kb/');
  });
  it('treats empty variables as unset', () => {
    expect(loadConfig({ SITE_LOCALE: '' }).locale).toBe('de');
  });
  it('names the variable, what was found and what is expected', () => {
    expect(() => loadConfig({ SITE_URL: 'intranet', BASE_PATH: 'kb', SITE_LOCALE: 'fr' })).toThrowErrorMatchingInlineSnapshot(`
      [Error: Invalid configuration:
        SITE_URL: expected an absolute http(s) URL such as https://intranet.example.com, found "intranet"
        BASE_PATH: expected a path starting with "/", such as /kb/, found "kb"
        SITE_LOCALE: expected de or en, found "fr"]
    `);
  });
});
