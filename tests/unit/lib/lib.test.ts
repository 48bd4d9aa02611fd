import { describe, expect, it } from 'vitest';
import { closest, didYouMean, editDistance } from '../../../src/lib/suggest.ts';
import { addDays, daysBetween, parseIsoDay, startOfDay, toIsoDay } from '../../../src/lib/dates.ts';
import { defaultReviewDate, freshness } from '../../../src/lib/freshness.ts';
import { createTranslator, formatDate, formatMessage, interpolate, pick } from '../../../src/lib/i18n.ts';
import { absoluteUrl, routes, withBase } from '../../../src/lib/url.ts';
import { slugify } from '../../../src/lib/slug.ts';
import { initials } from '../../../src/lib/initials.ts';
import { groupByInitial, initialId } from '../../../src/lib/glossary-index.ts';
import { readSelection, writeSelection } from '../../../src/lib/filter-url.ts';
import { videoHost, watchUrl } from '../../../src/lib/video.ts';
import { entryTemplate } from '../../../src/lib/template.ts';
import { entrySchema } from '../../../src/schemas/entry.ts';
import { parse as parseYaml } from 'yaml';

const day = (s: string) => new Date(`${s}T00:00:00Z`);

describe('suggestions', () => {
  it('counts edits between two words', () => {
    expect(editDistance('instagam', 'instagram')).toBe(1);
    expect(editDistance('', 'abc')).toBe(3);
  });
  it('finds the closest known id for a typo', () => {
    expect(closest('instagam', ['tiktok', 'instagram', 'signal'])).toBe('instagram');
  });
  it('finds an id by its beginning', () => {
    expect(closest('voice', ['voice-messages', 'privacy'])).toBe('voice-messages');
  });
  it('suggests nothing when nothing is close', () => {
    expect(closest('xyz', ['app', 'trend', 'value'])).toBeUndefined();
    expect(didYouMean('world-peace', ['recruiting'])).toBe('');
  });
  it('ignores values that are not text', () => {
    expect(didYouMean(42, ['a'])).toBe('');
  });
});

describe('dates', () => {
  it('parses calendar days and refuses impossible ones', () => {
    expect(toIsoDay(parseIsoDay('2026-02-28')!)).toBe('2026-02-28');
    expect(parseIsoDay('2026-02-30')).toBeUndefined();
    expect(parseIsoDay('28.02.2026')).toBeUndefined();
  });
  it('adds and counts days in UTC', () => {
    expect(toIsoDay(addDays(day('2026-12-30'), 3))).toBe('2027-01-02');
    expect(daysBetween(day('2026-01-01'), day('2026-03-01'))).toBe(59);
  });
  it('cuts a clock reading to its day', () => {
    expect(toIsoDay(startOfDay(new Date('2026-11-28T23:59:00Z')))).toBe('2026-11-28');
  });
});

describe('freshness', () => {
  it('counts the review interval from the later of published and updated', () => {
    expect(toIsoDay(defaultReviewDate('app', day('2026-01-01')))).toBe('2026-06-30');
    expect(toIsoDay(defaultReviewDate('value', day('2026-01-01'), day('2026-02-01')))).toBe('2027-02-01');
    expect(toIsoDay(defaultReviewDate('trend', day('2026-03-01'), day('2026-02-01')))).toBe('2026-08-28');
  });
  it.each([
    ['2026-11-27', 'overdue', 1],
    ['2026-11-28', 'due-soon', 0],
    ['2026-12-20', 'due-soon', 22],
    ['2027-02-01', 'fresh', 65],
  ] as const)('a review date of %s is %s', (review, state, days) => {
    expect(freshness(day(review), day('2026-11-28'))).toEqual({ state, days });
  });
});

describe('i18n', () => {
  it('fills placeholders and leaves unknown ones visible', () => {
    expect(interpolate('{count} Einträge von {name}', { count: 3 })).toBe('3 Einträge von {name}');
  });
  it('picks the singular for one and the plural otherwise', () => {
    const msg = { one: '{count} Eintrag', other: '{count} Einträge' };
    expect(pick(msg, { count: 1 })).toBe('{count} Eintrag');
    expect(pick(msg, { count: 0 })).toBe('{count} Einträge');
    const t = createTranslator({ 'entries.count': msg });
    expect(t('entries.count', { count: 1 })).toBe('1 Eintrag');
    expect(t('entries.count', { count: 12 })).toBe('12 Einträge');
  });
  it('formats a message from the dictionary the browser receives: plural by count, other placeholders filled', () => {
    const missing = { one: 'Bitte beantworte noch Frage {list}.', other: 'Bitte beantworte noch die Fragen {list}.' };
    expect(formatMessage(missing, { count: 1, list: '3' })).toBe('Bitte beantworte noch Frage 3.');
    expect(formatMessage(missing, { count: 2, list: '3, 5' })).toBe('Bitte beantworte noch die Fragen 3, 5.');
    expect(formatMessage('{count} von {total} sichtbar', { count: 4, total: 9 })).toBe('4 von 9 sichtbar');
  });
  it('formats days for the locale without shifting them', () => {
    expect(formatDate(day('2026-03-14'), 'de-DE')).toBe('14. März 2026');
    expect(formatDate(day('2026-03-14'), 'en-GB')).toBe('14 March 2026');
    expect(formatDate(day('2026-03-14'), 'de-DE', 'short')).toBe('14.03.2026');
  });
});

describe('urls', () => {
  it.each([
    ['/', 'entries/tiktok/', '/entries/tiktok/'],
    ['/kb/', 'entries/tiktok/', '/kb/entries/tiktok/'],
    ['/kb', '/tags/', '/kb/tags/'],
    ['/kb/', '', '/kb/'],
  ])('base %s and route %s give %s', (base, route, out) => {
    expect(withBase(base, route)).toBe(out);
  });
  it('builds absolute URLs for feeds and digests', () => {
    expect(absoluteUrl('https://intranet.example.com/', '/kb/', routes.entry('tiktok'))).toBe('https://intranet.example.com/kb/entries/tiktok/');
    expect(routes.kind('value')).toBe('values/');
  });
});

describe('slugs and initials', () => {
  it.each([
    ['Sprachnachrichten statt Anrufe', 'sprachnachrichten-statt-anrufe'],
    ['Größe & Übermut: Ärger?', 'groesse-uebermut-aerger'],
    ['Straße', 'strasse'],
    ['Café-Kultur', 'cafe-kultur'],
    ['  --BeReal!!  ', 'bereal'],
  ])('slugifies %s as %s', (title, slug) => {
    expect(slugify(title)).toBe(slug);
  });
  it('takes the first and last initial', () => {
    expect(initials('Lena Hoffmann')).toBe('LH');
    expect(initials('Emily Jane Carter')).toBe('EC');
    expect(initials('Cher')).toBe('C');
  });
});

describe('glossary index', () => {
  it('groups A–Z ignoring case and accents, symbols last', () => {
    const groups = groupByInitial(['ngl', 'Ärger', 'ick', '💀', 'aura'], (s) => s, 'de');
    expect(groups.map(([k, v]) => `${k}:${v.join(',')}`)).toEqual(['A:Ärger,aura', 'I:ick', 'N:ngl', '#:💀']);
  });
  it('gives each letter an id a link fragment may hold (no "#")', () => {
    expect(['A', 'Z', '#'].map(initialId)).toEqual(['letter-A', 'letter-Z', 'letter-other']);
  });
});

describe('library filters', () => {
  it('reads and writes the selection in the query string, keeping other parameters', () => {
    expect(readSelection(new URLSearchParams('kind=app&foo=1&tag='))).toEqual({ kind: 'app' });
    expect(writeSelection(new URLSearchParams('foo=1&kind=app'), { tag: 'privacy' })).toBe('foo=1&tag=privacy');
  });
});

describe('video', () => {
  it('names the host and maps embeds to the watch page', () => {
    expect(videoHost('https://www.youtube-nocookie.com/embed/abc123XYZ')).toBe('www.youtube-nocookie.com');
    expect(watchUrl('https://www.youtube-nocookie.com/embed/abc123XYZ')).toBe('https://www.youtube.com/watch?v=abc123XYZ');
    expect(watchUrl('https://vimeo.com/1')).toBe('https://vimeo.com/1');
  });
});

describe('entry template', () => {
  it.each(['de', 'en'] as const)('produces front matter that passes the schema (%s)', (lang) => {
    const text = entryTemplate({ lang, mentors: ['lena-hoffmann'], tags: ['privacy'], title: 'Ein "zitierter" Titel', published: '2026-11-28' });
    const front = /^---\n([\s\S]*?)\n---/.exec(text)![1]!;
    const entry = entrySchema().parse(parseYaml(front));
    expect(entry.draft).toBe(true);
    expect(entry.title).toBe('Ein "zitierter" Titel');
    expect(text).toContain('<TryIt>');
  });
});

import { prefixBase } from '../../../src/lib/satteri/base-links.ts';

describe('base path for links in entry bodies', () => {
  it.each([
    ['/entries/tiktok/', '/kb/', '/kb/entries/tiktok/'],
    ['/kb/entries/tiktok/', '/kb/', '/kb/entries/tiktok/'],
    ['/entries/tiktok/', '/', '/entries/tiktok/'],
    ['https://example.com/', '/kb/', 'https://example.com/'],
    ['//cdn.example.com/x', '/kb/', '//cdn.example.com/x'],
    ['#quellen', '/kb/', '#quellen'],
  ])('%s under %s becomes %s', (url, base, out) => {
    expect(prefixBase(url, base)).toBe(out);
  });
});
