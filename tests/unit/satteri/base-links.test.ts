/** Root-relative links in bodies get the base path in the Sätteri pipeline too. */
import { markdownToHtml, type MarkdownToHtmlResult } from 'satteri';
import { describe, expect, it } from 'vitest';
import { satteriBaseLinks } from '../../../src/lib/satteri/base-links.ts';

// Our plugins are synchronous, so Sätteri answers synchronously.
const render = (markdown: string, base: string) => (markdownToHtml(markdown, { hastPlugins: [satteriBaseLinks({ base })] }) as MarkdownToHtmlResult).html.trim();

describe('the Sätteri base-links plugin', () => {
  it('prefixes the base path to root-relative links and images', () => {
    expect(render('[TikTok](/entries/tiktok/) ![Bild](/bilder/a.png)', '/kb/')).toBe('<p><a href="/kb/entries/tiktok/">TikTok</a> <img src="/kb/bilder/a.png" alt="Bild"></p>');
  });

  it('leaves external, protocol-relative, relative, anchor and already prefixed links alone', () => {
    const markdown = '[a](https://example.com/x) [b](//cdn.example.com/x) [c](./bild.png) [d](#abschnitt) [e](/kb/entries/x/) [f](mailto:a@example.com)';
    expect(render(markdown, '/kb/')).toBe(render(markdown, '/'));
    expect(render(markdown, '/kb/')).toContain('href="/kb/entries/x/"');
  });

  it('changes nothing on a site served from the root', () => {
    expect(render('[TikTok](/entries/tiktok/)', '/')).toBe('<p><a href="/entries/tiktok/">TikTok</a></p>');
  });
});
