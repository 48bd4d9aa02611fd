/**
 * In-page links of rendered Markdown name their target as the heading's id is written:
 * the renderer percent-encodes a link's fragment (`#so-l%C3%A4uft-das-review`) but not
 * the id it generates (`so-läuft-das-review`). Browsers decode before they compare;
 * checkers such as HTML_CodeSniffer compare the bytes and report a broken link.
 */
export function decodeFragmentLinks(html: string): string {
  return html.replace(/href="#([^"]*%[0-9A-Fa-f]{2}[^"]*)"/g, (whole, fragment: string) => {
    try {
      const decoded = decodeURIComponent(fragment);
      // Only what can be written inside the attribute as it is.
      return /["<>&\s]/.test(decoded) ? whole : `href="#${decoded}"`;
    } catch {
      return whole;
    }
  });
}
