import { readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { guideHalf, withoutEditorParts } from '../../../src/lib/guide-half.ts';

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

describe('withoutEditorParts: the guide of a site without the browser editor', () => {
  it('drops each marked part, a whole section or words inside a sentence', () => {
    const html = [
      '<ol><li><strong>Anlegen</strong> – <!-- editor -->im Editor unter <code>/admin/</code>, <!-- /editor -->über „Vorschlagen“.</li></ol>',
      '<!-- editor -->',
      '<h2 id="im-browser-schreiben">Im Browser schreiben</h2>',
      '<p>Öffne <code>/admin/</code>.</p>',
      '<!-- /editor -->',
      '<h2 id="weg-1">Weg 1</h2>',
    ].join('\n');
    expect(withoutEditorParts(html)).toBe('<ol><li><strong>Anlegen</strong> – über „Vorschlagen“.</li></ol>\n<h2 id="weg-1">Weg 1</h2>');
  });

  it('refuses a part that is not closed, or a close without its open', () => {
    expect(() => withoutEditorParts('<!-- editor --><p>a</p>')).toThrow('expected each "<!-- editor -->" closed by a "<!-- /editor -->"');
    expect(() => withoutEditorParts('<p>a</p><!-- /editor -->')).toThrow('found 0 and 1');
    expect(() => withoutEditorParts('<!-- editor --><!-- editor --><!-- /editor --><!-- /editor -->')).toThrow('before the next one');
  });

  it('leaves no mention of /admin/ in either half of the real guide', () => {
    const text = readFileSync(path.resolve(import.meta.dirname, '../../../CONTRIBUTING.md'), 'utf8');
    // The raw Markdown keeps its comments as the rendered HTML does; each half alone must balance too.
    for (const locale of ['de', 'en'] as const) {
      const half = guideHalf(text, locale);
      expect(half).toContain('/admin/');
      const stripped = withoutEditorParts(half);
      expect(stripped).not.toContain('/admin/');
      expect(stripped).not.toMatch(/browser-schreiben|writing-in-the-browser/);
      expect(stripped).toContain(locale === 'de' ? 'Neuen Eintrag vorschlagen' : 'Propose a new entry');
    }
  });
});
