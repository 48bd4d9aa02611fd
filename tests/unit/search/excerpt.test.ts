/** Excerpts of pages found through a compound part mark the compound. */
import { describe, expect, it } from 'vitest';
import { bestExcerpt, excerptAround, innerTerms } from '../../../src/lib/search/excerpt.ts';

const content = 'Eins zwei drei vier fünf sechs sieben acht. Kundendaten haben in privaten Messengern nichts zu suchen. Datenschutz geht vor & immer <gern>.';

describe('an excerpt around a compound', () => {
  it('marks the first word that contains a query term and keeps context before it', () => {
    expect(excerptAround(content, ['schutz'], 6)).toBe('zu suchen. <mark>Datenschutz</mark> geht vor &amp;');
  });
  it('marks every word in view that contains a term, and escapes the text', () => {
    expect(excerptAround(content, ['daten'], 12)).toBe('fünf sechs sieben acht. <mark>Kundendaten</mark> haben in privaten Messengern nichts zu suchen.');
    expect(excerptAround('a < b <Datenschutz> & c', ['schutz'], 6)).toBe('a &lt; b <mark>&lt;Datenschutz&gt;</mark> &amp; c');
  });
  it('is none when no word contains a term', () => {
    expect(excerptAround(content, ['voice'])).toBeUndefined();
    expect(excerptAround(content, [])).toBeUndefined();
  });
  it('looks for query words of four letters or more', () => {
    expect(innerTerms('Schutz der Daten, SCHUTZ')).toEqual(['schutz', 'daten']);
  });
});

describe('choosing the excerpt', () => {
  it("keeps Pagefind's excerpt when it marks something", () => {
    expect(bestExcerpt({ excerpt: 'a <mark>Schutz</mark> b', content }, 'Schutz')).toBe('a <mark>Schutz</mark> b');
  });
  it('builds one around the compound when Pagefind marks nothing', () => {
    expect(bestExcerpt({ excerpt: 'Eins zwei drei', content }, 'Schutz', 4)).toBe('suchen. <mark>Datenschutz</mark> geht vor');
  });
  it("falls back to Pagefind's excerpt when the page has no such word", () => {
    expect(bestExcerpt({ excerpt: 'Eins zwei drei', content }, 'voice messages')).toBe('Eins zwei drei');
  });
});
