import { describe, expect, it } from 'vitest';
import { defaultPeriod, periodLabel } from '../../../src/lib/digest/period.ts';
import { defaultFeatured, digestOrder, nextNumber, previousRecord, selectEntries, type DigestEntry } from '../../../src/lib/digest/select.ts';
import { day } from './support.ts';

function entry(id: string, data: Partial<DigestEntry['data']> = {}): DigestEntry {
  return {
    id,
    data: {
      title: id, summary: 'Eine Zusammenfassung von mindestens zwanzig Zeichen.', kind: 'trend', level: 'starter', ring: 'rising',
      mentors: ['pia'], published: day('2025-01-01'), featured: false, draft: false, history: [], ...data,
    },
  };
}
const september = { from: day('2026-09-01'), to: day('2026-09-30') };
const ids = (list: readonly DigestEntry[]) => list.map((e) => e.id);

describe('selectEntries: which entries a digest carries', () => {
  it('takes entries published on the first and on the last day of the period (both inclusive)', () => {
    const list = [entry('first', { published: day('2026-09-01') }), entry('last', { published: day('2026-09-30') })];
    expect(ids(selectEntries(list, september)).sort()).toEqual(['first', 'last']);
  });

  it('leaves out entries published the day before or the day after', () => {
    const list = [entry('before', { published: day('2026-08-31') }), entry('after', { published: day('2026-10-01') })];
    expect(selectEntries(list, september)).toEqual([]);
  });

  it('takes an old entry whose updated day falls in the period', () => {
    expect(ids(selectEntries([entry('old', { updated: day('2026-09-30') })], september))).toEqual(['old']);
  });

  it('takes an entry published in the period even when it was updated after it', () => {
    expect(ids(selectEntries([entry('new', { published: day('2026-09-10'), updated: day('2026-10-02') })], september))).toEqual(['new']);
  });

  it('leaves out an old entry updated outside the period', () => {
    expect(selectEntries([entry('stale', { updated: day('2026-10-01') })], september)).toEqual([]);
  });

  it('never takes drafts, not even featured ones', () => {
    expect(selectEntries([entry('draft', { published: day('2026-09-10'), draft: true, featured: true })], september)).toEqual([]);
  });

  it('orders by the day that put the entry into the period, newest first, then by title', () => {
    const list = [
      entry('b', { published: day('2026-09-05') }),
      entry('a', { published: day('2026-09-05') }),
      entry('c', { published: day('2024-01-01'), updated: day('2026-09-20') }),
    ];
    expect(ids(selectEntries(list, september))).toEqual(['c', 'a', 'b']);
  });
});

describe('digestOrder: featured first, then apps, trends, values', () => {
  const selected = [
    entry('value-1', { kind: 'value' }), entry('trend-1', { kind: 'trend', featured: true }), entry('app-1', { kind: 'app' }),
    entry('trend-2', { kind: 'trend' }), entry('app-2', { kind: 'app', featured: true }),
  ];

  it('by default features the selected entries marked featured, in selection order', () => {
    expect(defaultFeatured(selected)).toEqual(['trend-1', 'app-2']);
  });

  it('puts the featured entries first, then groups the rest by kind in selection order', () => {
    expect(digestOrder(selected, ['trend-1', 'app-2'])).toEqual(['trend-1', 'app-2', 'app-1', 'trend-2', 'value-1']);
  });

  it('follows the order of --featured when the editor chooses', () => {
    expect(digestOrder(selected, ['value-1', 'app-1'])).toEqual(['value-1', 'app-1', 'app-2', 'trend-1', 'trend-2']);
  });
});

describe('the default period and number come from the last record', () => {
  const records = [{ number: 1, to: day('2026-08-31') }, { number: 2, to: day('2026-09-30') }];

  it('starts the day after the last digest’s `to` and ends today', () => {
    expect(defaultPeriod(previousRecord(records, 3), day('2026-10-28'))).toEqual({ from: day('2026-10-01'), to: day('2026-10-28') });
  });

  it('covers the last 30 days, today included, when there is no digest yet', () => {
    expect(defaultPeriod(undefined, day('2026-10-30'))).toEqual({ from: day('2026-10-01'), to: day('2026-10-30') });
  });

  it('numbers the next issue one above the highest, and the first one 1', () => {
    expect(nextNumber(records)).toBe(3);
    expect(nextNumber([])).toBe(1);
  });

  it('takes the issue before a rewritten one as the previous, not the rewritten one itself', () => {
    expect(previousRecord(records, 2)?.number).toBe(1);
    expect(previousRecord(records, 1)).toBeUndefined();
  });
});

describe('periodLabel', () => {
  it.each([
    ['2026-09-01', '2026-09-30', 'de-DE', 'September 2026'],
    ['2026-09-01', '2026-10-31', 'de-DE', 'September–Oktober 2026'],
    ['2026-10-01', '2026-10-15', 'de-DE', '1.–15. Oktober 2026'],
    ['2026-12-01', '2027-01-31', 'en-GB', 'December 2026 – January 2027'],
  ])('names %s..%s in %s as "%s"', (from, to, locale, label) => {
    expect(periodLabel({ from: day(from), to: day(to) }, locale).replace(/\s/g, ' ')).toBe(label);
  });
});
