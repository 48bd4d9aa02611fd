import { describe, expect, it } from 'vitest';
import { foldForFilter } from '../../../src/lib/glossary/filter.ts';

describe('the glossary quick filter', () => {
  it.each([
    ['Für dich', 'fur dich'],
    ['  Photo-Dump ', 'photo dump'],
    ['MAIN  Character', 'main character'],
  ])('compares %j as %j', (input, folded) => {
    expect(foldForFilter(input)).toBe(folded);
  });

  it('finds a term by a part of its meaning regardless of accents and case', () => {
    expect(foldForFilter('Persönliche Grenzen, die man klar kommuniziert').includes(foldForFilter('GRENZEN'))).toBe(true);
    expect(foldForFilter('Fremdscham; etwas ist so peinlich').includes(foldForFilter('peinlich'))).toBe(true);
  });
});
