import { describe, expect, it } from 'vitest';
import { lastChange } from '../../../src/lib/last-change.ts';
import { parseIsoDay, toIsoDay } from '../../../src/lib/dates.ts';

const day = (iso: string) => parseIsoDay(iso)!;

describe('the day an entry last changed', () => {
  it.each([
    ['2026-03-14', undefined, '2026-03-14'],
    ['2026-03-14', '2026-05-01', '2026-05-01'],
    ['2026-03-14', '2026-03-14', '2026-03-14'],
    ['2026-03-14', '2026-01-01', '2026-03-14'],
  ])('published %s, updated %s: %s', (published, updated, expected) => {
    expect(toIsoDay(lastChange({ published: day(published), updated: updated ? day(updated) : undefined }))).toBe(expected);
  });
});
