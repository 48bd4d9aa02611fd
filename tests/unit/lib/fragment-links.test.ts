import { describe, expect, it } from 'vitest';
import { decodeFragmentLinks } from '../../../src/lib/fragment-links.ts';

describe('in-page links of rendered Markdown', () => {
  it('name the heading id as it is written', () => {
    expect(decodeFragmentLinks('<a href="#so-l%C3%A4uft-das-review">x</a>')).toBe('<a href="#so-läuft-das-review">x</a>');
  });
  it('leave other links, plain fragments, broken escapes and what would need escaping alone', () => {
    for (const html of ['<a href="https://x.example/a%C3%A4">x</a>', '<a href="#plain">x</a>', '<a href="#bad%E0%A4">x</a>', '<a href="#a%22b">x</a>', '<a href="#a%20b">x</a>']) {
      expect(decodeFragmentLinks(html)).toBe(html);
    }
  });
});
