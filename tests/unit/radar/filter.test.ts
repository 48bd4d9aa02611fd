import { describe, expect, it } from 'vitest';
import { matchesSelection } from '../../../src/lib/radar/filter.ts';

const point = { tag: 'messenger video', goal: 'mitreden', level: 'starter' };

describe('the radar filter', () => {
  it('keeps every item when nothing is chosen', () => {
    expect(matchesSelection(point, {})).toBe(true);
  });

  it('keeps an item that has every chosen value, among others', () => {
    expect(matchesSelection(point, { tag: 'video', level: 'starter' })).toBe(true);
  });

  it.each<[Record<string, string>, string]>([
    [{ tag: 'video', level: 'pro' }, 'one chosen value is missing'],
    [{ tag: 'mess' }, 'only part of a value matches'],
    [{ mentor: 'anna' }, 'the item has no value for the facet'],
  ])('hides an item when %j: %s', (selection) => {
    expect(matchesSelection(point, selection)).toBe(false);
  });
});
