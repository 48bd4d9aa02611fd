import { describe, expect, it } from 'vitest';
import { alternateUrls, localeOfParams, localePrefix, routeOfPath, siteInLocale } from '../../../src/lib/locales.ts';

const BOTH = ['de', 'en'] as const;

describe('where each UI language lives', () => {
  it('puts the first language at the root and the others under their code', () => {
    expect(localePrefix('de', BOTH)).toBe('');
    expect(localePrefix('en', BOTH)).toBe('en/');
    expect(localePrefix('de', ['en', 'de'])).toBe('de/');
  });
  it('reads the language from the route parameter, the root language without one', () => {
    expect(localeOfParams({ locale: undefined, slug: 'en' }, BOTH)).toBe('de');
    expect(localeOfParams({ locale: 'en' }, BOTH)).toBe('en');
    expect(() => localeOfParams({ locale: 'fr' }, BOTH)).toThrow(/Unknown UI language in the URL: "fr"; configured: de, en/);
  });
  it('finds the route of a page under the base path and the prefix', () => {
    expect(routeOfPath('/kb/en/entries/tiktok/', '/kb/', 'en', BOTH)).toBe('entries/tiktok/');
    expect(routeOfPath('/kb/en/', '/kb/', 'en', BOTH)).toBe('');
    expect(routeOfPath('/kb/en', '/kb/', 'en', BOTH)).toBe('');
    expect(routeOfPath('/kb/entries/en/', '/kb/', 'de', BOTH)).toBe('entries/en/');
    expect(routeOfPath('/radar/', '/', 'de', BOTH)).toBe('radar/');
  });
  it('gives the same route in every language, with base path and prefix', () => {
    expect(alternateUrls('radar/', '/kb/', BOTH)).toEqual({ de: '/kb/radar/', en: '/kb/en/radar/' });
    expect(alternateUrls('', '/', ['de'])).toEqual({ de: '/' });
  });
  it('moves the base path of absolute links into the language', () => {
    const site = { site: 'https://intranet.example.com', base: '/kb/', locales: BOTH, title: 'Trend Library' };
    expect(siteInLocale(site, 'en')).toMatchObject({ base: '/kb/en/', locale: 'en', site: 'https://intranet.example.com' });
    expect(siteInLocale(site, 'de').base).toBe('/kb/');
  });
});
