import { describe, expect, it } from 'vitest';
import { escapeHtml } from '../../../src/lib/escape-html.ts';
import { escapeMarkdown } from '../../../src/lib/escape-markdown.ts';

describe('escaping text from content', () => {
  it('keeps HTML as text, in element content and in quoted attributes', () => {
    expect(escapeHtml(`</mj-text><b title="x">Tom & Jerry's</b>`)).toBe('&lt;/mj-text&gt;&lt;b title=&quot;x&quot;&gt;Tom &amp; Jerry&#39;s&lt;/b&gt;');
    expect(escapeHtml('Grüße 🎉')).toBe('Grüße 🎉');
  });

  it('keeps Markdown as text: punctuation that starts markup, and a line start that would be a heading or list', () => {
    expect(escapeMarkdown('# 1. *a* [b](c) _d_ `e`')).toBe('\\# 1. \\*a\\* \\[b\\](c) \\_d\\_ \\`e\\`');
    expect(escapeMarkdown('- Punkt')).toBe('\\- Punkt');
    expect(escapeMarkdown('1) erstens')).toBe('1\\) erstens');
    expect(escapeMarkdown('Grüße & <Emojis> | ~x~')).toBe('Grüße \\& \\<Emojis\\> \\| \\~x\\~');
  });
});
