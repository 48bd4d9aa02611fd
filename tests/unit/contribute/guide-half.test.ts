import { readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { guideHalf } from '../../../src/lib/guide-half.ts';

const rendered = [
  '<h1 id="mitmachen">Mitmachen</h1>',
  '<p><em>English version: see <a href="#contributing-english">below</a>.</em></p>',
  '<!-- guide:de -->',
  '<p>Deutsch.</p>',
  '<h2 id="auf-einen-blick">Auf einen Blick</h2>',
  '<h3 id="profil">Profil</h3>',
  '<!-- /guide:de -->',
  '<hr>',
  '<h2 id="contributing-english">Contributing (English)</h2>',
  '<!-- guide:en -->',
  '<p>English.</p>',
  '<h3 id="at-a-glance">At a glance</h3>',
  '<h4 id="entries">Entries <code>h2</code></h4>',
  '<header>not a heading</header>',
  '<!-- /guide:en -->',
].join('\n');

describe('guideHalf: the half of CONTRIBUTING.md in one language', () => {
  it('keeps the German half only, headings as written', () => {
    expect(guideHalf(rendered, 'de')).toBe([
      '<p>Deutsch.</p>',
      '<h2 id="auf-einen-blick">Auf einen Blick</h2>',
      '<h3 id="profil">Profil</h3>',
    ].join('\n'));
  });

  it('keeps the English half only and lifts its headings to start at h2', () => {
    expect(guideHalf(rendered, 'en')).toBe([
      '<p>English.</p>',
      '<h2 id="at-a-glance">At a glance</h2>',
      '<h3 id="entries">Entries <code>h2</code></h3>',
      '<header>not a heading</header>',
    ].join('\n'));
  });

  it('refuses a guide without its markers, or with a marker twice', () => {
    expect(() => guideHalf('<p>no markers</p>', 'en')).toThrow('expected one "<!-- guide:en -->" … "<!-- /guide:en -->" pair');
    expect(() => guideHalf(`${rendered}\n<!-- guide:de -->`, 'de')).toThrow('"<!-- guide:de -->"');
  });

  it('finds both halves in the real CONTRIBUTING.md, German first', () => {
    const text = readFileSync(path.resolve(import.meta.dirname, '../../../CONTRIBUTING.md'), 'utf8');
    const order = ['<!-- guide:de -->', '<!-- /guide:de -->', '<!-- guide:en -->', '<!-- /guide:en -->'].map((m) => {
      expect(text.split(m).length - 1, m).toBe(1);
      return text.indexOf(m);
    });
    expect([...order].sort((a, b) => a - b)).toEqual(order);
    expect(text.slice(order[0], order[1])).toContain('## Auf einen Blick');
    expect(text.slice(order[2], order[3])).toContain('### At a glance');
  });
});
