/**
 * The four formats rendered from one model of the fixture's September digest:
 * what each carries, how strings from content are escaped, and what email
 * clients need (size, absolute links, no images, Outlook comments, dark mode).
 */
import { beforeAll, describe, expect, it } from 'vitest';
import { simpleParser, type ParsedMail } from 'mailparser';
import { allItems, type DigestModel } from '../../../src/lib/digest/model.ts';
import { GMAIL_CLIP_BYTES, renderHtml, renderMjml } from '../../../src/lib/digest/mjml.ts';
import { renderText, TEXT_WIDTH, wrap } from '../../../src/lib/digest/text.ts';
import { renderMarkdown } from '../../../src/lib/digest/markdown.ts';
import { composeEml } from '../../../src/lib/digest/eml.ts';
import { introProblems, parseIntro } from '../../../src/lib/digest/intro.ts';
import { septemberModel } from './support.ts';

let model: DigestModel;
let html: string;
let text: string;
let markdown: string;
let eml: Buffer;
let mail: ParsedMail;

beforeAll(async () => {
  model = septemberModel();
  html = await renderHtml(model);
  text = renderText(model);
  markdown = renderMarkdown(model);
  eml = await composeEml(model, text, html);
  mail = await simpleParser(eml);
});

const hrefs = (source: string) => [...source.matchAll(/href="([^"]*)"/g)].map((m) => m[1]!.replace(/&amp;/g, '&'));

describe('the data model', () => {
  it('shows featured entries first, then the rest by kind, and the moves since the last digest', () => {
    expect(model.featured.map((i) => i.slug)).toEqual(['voice-notes-en', 'gruesse-und-emojis']);
    expect(model.sections.map((s) => [s.kind, s.items.map((i) => i.slug)])).toEqual([['trend', ['am-letzten-tag']], ['value', ['am-ersten-tag']]]);
    expect(model.moves.map((m) => `${m.slug}: ${m.from} → ${m.to}`)).toEqual(['voice-notes-en: rising → everyday', 'am-letzten-tag: niche → rising']);
  });

  it('marks entries published in the period as new and older ones as updated', () => {
    expect(Object.fromEntries(allItems(model).map((i) => [i.slug, i.status]))).toEqual({
      'voice-notes-en': 'updated', 'gruesse-und-emojis': 'new', 'am-letzten-tag': 'updated', 'am-ersten-tag': 'new',
    });
  });

  it('names mentors, keeps the language of an English entry and links absolutely under the base path', () => {
    expect(model.featured[0]).toMatchObject({ mentors: ['Ada Lovelace', 'Jörg Müller'], lang: 'en', url: 'https://intranet.example.com/kb/entries/voice-notes-en/' });
    expect(model.links).toEqual({
      web: 'https://intranet.example.com/kb/digests/2/', archive: 'https://intranet.example.com/kb/digests/',
      contribute: 'https://intranet.example.com/kb/contribute/', home: 'https://intranet.example.com/kb/',
    });
  });

  it('writes a preheader that counts the entries and names as many as fit an inbox line', () => {
    expect(model.preheader).toBe('4 neue oder aktualisierte Einträge: Voice notes at work, Grüße & <Emojis> 🎉, Am letzten Tag aktualisiert …');
  });
});

describe('newsletter.html', () => {
  it('carries the program, issue, preheader, intro, every entry with summary, mentors, level and link, the moves and the footer', () => {
    expect(html).toContain('Trend Library · Ausgabe 2');
    expect(html).toContain('>4 neue oder aktualisierte Einträge: Voice notes at work, Grüße &amp; &lt;Emojis&gt; 🎉');
    expect(html).toContain('der September war voll: <strong>Grüße</strong>, <em>Emojis</em> &amp; mehr.');
    for (const item of allItems(model)) {
      expect(html).toContain(`href="${item.url}"`);
      expect(html).toContain(`Weiterlesen: ${item.title.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;')}`);
    }
    expect(html).toContain('Mentor:innen: Ada Lovelace, Jörg Müller<br>Erfahrungsstufe: Profi');
    expect(html).toMatch(/Bewegung im Radar[\s\S]*Am letzten Tag aktualisiert<\/a>: Nische → im Kommen/);
    expect(html).toContain('href="https://intranet.example.com/kb/digests/"');
    expect(html).toContain('href="https://intranet.example.com/kb/contribute/"');
  });

  it('shows the sections in order: featured, trends, values, moves', () => {
    const at = (s: string) => html.indexOf(s);
    expect(at('>Empfohlen<')).toBeGreaterThan(0);
    expect(at('>Empfohlen<')).toBeLessThan(at('>Trends<'));
    expect(at('>Trends<')).toBeLessThan(at('>Werte<'));
    expect(at('>Werte<')).toBeLessThan(at('>Bewegung im Radar<'));
    expect(html).not.toContain('>Apps<');
  });

  it('escapes & < and </mj-text> from content and keeps umlauts and emoji as they are', () => {
    expect(html).toContain('Warum „Grüße“ &amp; Emojis zählen – und warum &lt;/mj-text&gt; oder &lt;b&gt;fett&lt;/b&gt; hier nur Text bleiben.');
    expect(html).toContain('<title>Trend Library Digest #2 – September 2026</title>');
    expect(html).not.toMatch(/<\/mj-|<b>fett/);
    expect(renderMjml(model)).toContain('&lt;/mj-text&gt;');
  });

  it('stays well under the size where Gmail clips a message', () => {
    expect(Buffer.byteLength(html)).toBeLessThan(GMAIL_CLIP_BYTES / 2);
  });

  it('links only absolutely, over https or mailto', () => {
    const links = hrefs(html);
    expect(links.length).toBeGreaterThan(10);
    for (const link of links) expect(link).toMatch(/^(https:\/\/intranet\.example\.com\/kb\/|mailto:)/);
  });

  it('balances every Outlook conditional comment', () => {
    const opened = html.match(/<!--\[if [^\]]+\]>/g) ?? [];
    const closed = html.match(/<!\[endif\]-->/g) ?? [];
    expect(opened.length).toBeGreaterThan(5);
    expect(closed.length).toBe(opened.length);
    // The block Outlook must skip (`<!--[if !mso]><!-->` … `<!--<![endif]-->`): there, and closed.
    const hidden = html.match(/<!--\[if !mso\]><!-->/g) ?? [];
    expect(hidden.length).toBeGreaterThan(0);
    expect((html.match(/<!--<!\[endif\]-->/g) ?? []).length).toBe(hidden.length);
  });

  // No image at all, so none can lack an alt text or load from a tracker.
  it('loads no web fonts, no scripts, no images and no tracking pixels', () => {
    expect(html).not.toMatch(/fonts\.googleapis|@import|@font-face|<link\b|<script\b|<img\b|utm_/i);
  });

  it('declares light and dark colour schemes and brings dark colours for clients that ask', () => {
    expect(html).toContain('<meta name="color-scheme" content="light dark">');
    expect(html).toMatch(/@media \(prefers-color-scheme: dark\) \{[\s\S]*\.dm-t \{ color: #f1f5f9 !important; \}/);
    expect(html).toContain('[data-ogsc] .dm-t');
  });

  it('is a German document with a title and a role for screen readers', () => {
    expect(html).toMatch(/<html lang="de" dir="ltr"/);
    expect(html).toContain('role="article"');
    expect(html).toMatch(/<h3 lang="en"[^>]*><a [^>]*>Voice notes at work<\/a><\/h3>/);
  });
});

describe('newsletter.txt', () => {
  it('carries the same content with every URL written out', () => {
    expect(text).toContain('Trend Library · Ausgabe 2\nTrend Library Digest #2 – September 2026');
    expect(text).toContain('Im Browser lesen: https://intranet.example.com/kb/digests/2/');
    expect(text).toContain('der September war voll: Grüße, Emojis & mehr. Fragen an die Redaktion\n(mailto:redaktion@example.com) oder im Intranet\n(https://intranet.example.com/kb/contribute/).');
    expect(text).toContain('- Erstens: lesen\n- Zweitens: ausprobieren');
    expect(text).toContain(`Grüße & <Emojis> 🎉
App · Neu
Warum „Grüße“ & Emojis zählen – und warum </mj-text> oder <b>fett</b>
hier nur Text bleiben.
Mentor:innen: Jörg Müller
Erfahrungsstufe: Einsteiger:in
Weiterlesen: https://intranet.example.com/kb/entries/gruesse-und-emojis/`);
    expect(text).toContain('Bewegung im Radar\n=================');
    expect(text).toContain('- Voice notes at work: im Kommen → Alltag\n  https://intranet.example.com/kb/entries/voice-notes-en/');
    expect(text).toContain('-- \nTrend Library – was junge Kolleg:innen im Reverse-Mentoring-Programm\nweitergeben.\nAlle Ausgaben im Archiv: https://intranet.example.com/kb/digests/');
  });

  it('keeps lines short enough to read, breaking only between words and never inside a URL', () => {
    // Only a line of one word (a URL, maybe indented) may be longer: it has no space to break at.
    const long = text.split('\n').filter((line) => [...line].length > TEXT_WIDTH);
    for (const line of long) expect(line.trim(), line).not.toMatch(/\s/);
    expect(wrap(`Weiterlesen: https://intranet.example.com/${'x'.repeat(80)}/`)).toBe(`Weiterlesen:\nhttps://intranet.example.com/${'x'.repeat(80)}/`);
  });

  it('contains no HTML from the renderer', () => {
    expect(text.replace('</mj-text> oder <b>fett</b>', '').replace('<Emojis>', '')).not.toMatch(/<[a-z/][^>]*>/i);
  });
});

describe('newsletter.md', () => {
  it('carries the same content as Markdown with headings, links and the intro as written', () => {
    expect(markdown).toMatch(/^# Trend Library Digest #2 – September 2026\n/);
    expect(markdown).toContain('der September war voll: **Grüße**, *Emojis* & mehr.');
    expect(markdown).toContain('## Empfohlen\n\n### [Voice notes at work](https://intranet.example.com/kb/entries/voice-notes-en/)\n\n*Trend · Aktualisiert*');
    expect(markdown).toContain('Mentor:innen: Ada Lovelace, Jörg Müller · Erfahrungsstufe: Profi');
    expect(markdown).toContain('## Bewegung im Radar');
    expect(markdown).toContain('- [Am letzten Tag aktualisiert](https://intranet.example.com/kb/entries/am-letzten-tag/): Nische → im Kommen');
    expect(markdown).toContain('[Alle Ausgaben im Archiv](https://intranet.example.com/kb/digests/)');
  });

  it('escapes content so that it stays text', () => {
    expect(markdown).toContain('### [Grüße \\& \\<Emojis\\> 🎉](https://intranet.example.com/kb/entries/gruesse-und-emojis/)');
    expect(markdown).toContain('und warum \\</mj-text\\> oder \\<b\\>fett\\</b\\> hier nur Text bleiben.');
  });
});

describe('newsletter.eml', () => {
  it('parses back with a real MIME parser as multipart/alternative with text and HTML', () => {
    expect(mail.headers.get('content-type')).toMatchObject({ value: 'multipart/alternative' });
    // The parts are the rendered text and HTML, byte for byte apart from CRLF line ends.
    expect(mail.text?.replace(/\r\n/g, '\n')).toBe(text);
    expect(String(mail.html).replace(/\r\n/g, '\n')).toBe(html);
  });

  it('keeps umlauts and emoji in subject and body', () => {
    expect(mail.subject).toBe('Trend Library Digest #2 – September 2026');
    expect(mail.text).toContain('Grüße & <Emojis> 🎉');
    expect(mail.html).toContain('Grüße &amp; &lt;Emojis&gt; 🎉');
  });

  it('opens as an unsent draft in Outlook', () => {
    expect(mail.headers.get('x-unsent')).toBe('1');
    expect(mail.to).toBeUndefined();
  });

  it('takes its date and Message-ID from the digest, not from the clock', () => {
    expect(mail.date?.toISOString()).toBe('2026-09-30T00:00:00.000Z');
    expect(mail.messageId).toBe('<digest-2.2026-09-01.2026-09-30@intranet.example.com>');
  });

  it('ends every line with CRLF', () => {
    const source = eml.toString('latin1');
    expect(source).toContain('\r\n');
    expect(source.replace(/\r\n/g, '')).not.toMatch(/[\r\n]/);
  });

  it('declares UTF-8 for both parts', () => {
    expect(eml.toString('latin1').match(/charset=utf-8/gi)).toHaveLength(2);
  });
});

describe('the intro', () => {
  it('accepts absolute http(s) and mailto links', () => {
    expect(introProblems(parseIntro('[a](https://x.example/) und [b](mailto:a@b.example)'))).toEqual([]);
  });

  it('rejects relative links, images and raw HTML with the line they are on', () => {
    expect(introProblems(parseIntro('Hallo\n\n[hier](/entries/tiktok/)\n\n![Bild](a.png)\n\n<div>x</div>'))).toMatchInlineSnapshot(`
      [
        {
          "line": 3,
          "message": "expected an absolute link such as https://intranet.example.com/page, found "/entries/tiktok/"",
        },
        {
          "line": 5,
          "message": "expected text and links only, found an image (emails block images by default)",
        },
        {
          "line": 7,
          "message": "expected Markdown only, found raw HTML "<div>x</div>"",
        },
      ]
    `);
  });
});
