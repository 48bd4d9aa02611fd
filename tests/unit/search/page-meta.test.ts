/** What the index learns about entries, profiles and paths beyond their text. */
import { describe, expect, it } from 'vitest';
import { entrySearchData, mentorSearchData, pathSearchData, searchLanguages } from '../../../src/lib/search/page-meta.ts';

const names = {
  mentor: (id: string) => ({ 'finn-wagner': 'Finn Wagner', 'jonas-yilmaz': 'Jonas Yilmaz' })[id] ?? id,
  tag: (id: string) => ({ 'voice-messages': { de: 'Sprachnachrichten', en: 'Voice messages' }, messenger: { de: 'Messenger', en: 'Messenger' } })[id]!,
  goal: (id: string) => ({ 'customer-communication': { de: 'Kundenkommunikation', en: 'Customer communication' } })[id]!,
};

describe('the search data of an entry', () => {
  const data = entrySearchData(
    { kind: 'trend', lang: 'de', level: 'starter', tags: ['voice-messages', 'messenger'], goals: ['customer-communication'], mentors: ['finn-wagner', 'jonas-yilmaz'], published: '2025-09-15' },
    names,
  );
  it('filters by every facet of the library index, with ids as values', () => {
    expect(data.filters).toEqual({ kind: ['trend'], level: ['starter'], tag: ['voice-messages', 'messenger'], goal: ['customer-communication'], mentor: ['finn-wagner', 'jonas-yilmaz'], lang: ['de'], day: ['2025-09-15'] });
  });
  it('has its day of first publication as a filter ("newest first" searches day by day), and no Pagefind sort key', () => {
    expect(data.filters.day).toEqual(['2025-09-15']);
    expect(Object.keys(data)).toEqual(['meta', 'filters']);
  });
  it('shows the date and the mentors, and makes its topics searchable in both languages', () => {
    expect(data.meta).toEqual({
      date: '2025-09-15',
      mentors: 'Finn Wagner, Jonas Yilmaz',
      topics: 'Sprachnachrichten · Voice messages · Messenger · Kundenkommunikation · Customer communication',
    });
  });
});

describe('the search data of profiles and paths', () => {
  it('files a mentor profile under its own kind and its mentor', () => {
    expect(mentorSearchData('finn-wagner').filters).toEqual({ kind: ['mentor'], mentor: ['finn-wagner'] });
  });
  it('files a learning path under its own kind, its level and its language', () => {
    expect(pathSearchData({ level: 'explorer', lang: 'de' }).filters).toEqual({ kind: ['path'], level: ['explorer'], lang: ['de'] });
  });
});

describe('the languages search has bundles for', () => {
  it("are the site's language first, then the others entries are written in", () => {
    expect(searchLanguages('de', ['de', undefined, 'en', 'en'])).toEqual(['de', 'en']);
    expect(searchLanguages('en', ['de', undefined])).toEqual(['en', 'de']);
    expect(searchLanguages('de', [undefined])).toEqual(['de']);
  });
});
