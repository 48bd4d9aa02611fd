import { describe, expect, it } from 'vitest';
import { carryState } from '../../../src/lib/switch-target.ts';

describe('carryState: the switcher link with the reader\'s filters and place', () => {
  it('adds this page\'s query and fragment to the same page in the other UI', () => {
    expect(carryState('/kb/en/entries/', '?kind=app&level=pro', '')).toBe('/kb/en/entries/?kind=app&level=pro');
    expect(carryState('/kb/en/search/', '?q=Sprachnachricht', '#results')).toBe('/kb/en/search/?q=Sprachnachricht#results');
    expect(carryState('/kb/entries/tiktok/', '', '#quellen')).toBe('/kb/entries/tiktok/#quellen');
  });

  it('replaces what the link carried before, so choosing again never piles up', () => {
    const once = carryState('/kb/en/radar/', '?level=starter', '');
    expect(carryState(once, '?level=pro', '#ring')).toBe('/kb/en/radar/?level=pro#ring');
    expect(carryState(once, '', '')).toBe('/kb/en/radar/');
  });

  it('ignores an empty query or fragment ("?" or "#" alone)', () => {
    expect(carryState('/kb/en/', '?', '#')).toBe('/kb/en/');
  });
});
