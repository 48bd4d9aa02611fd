import { describe, expect, it } from 'vitest';
import { byLevel, LEVELS, levelRank } from '../../../src/lib/levels.ts';

describe('the level order', () => {
  it('runs from starter to pro', () => {
    expect(LEVELS).toEqual(['starter', 'explorer', 'pro']);
    expect(LEVELS.map(levelRank)).toEqual([1, 2, 3]);
  });

  it('sorts paths easiest first, keeping paths of one level in their order', () => {
    const paths = [['mitreden', 'explorer'], ['profi', 'pro'], ['erste-schritte', 'starter'], ['weiter', 'explorer']] as const;
    expect([...paths].sort((a, b) => byLevel(a[1], b[1])).map(([id]) => id)).toEqual(['erste-schritte', 'mitreden', 'weiter', 'profi']);
  });
});
