/**
 * The URL allowlist for everything a mentor writes: links and images in entry
 * bodies, JSX `href`/`src`/`poster`, and the `links`, `sources` and `cover` fields.
 * Only `https:`, `http:`, `mailto:` and paths on this site pass; every other scheme
 * (`javascript:`, `data:`, `vbscript:`, `file:` …) is refused.
 *
 * The URL is read the way a browser reads it before it looks at the scheme:
 * character references decoded (`java&#x73;cript&colon;`), ASCII tab and newline
 * removed anywhere, control characters and spaces around it stripped, case ignored.
 */
import { decodeHTMLAttribute } from 'entities';

export type UrlKind =
  /** `https://…`, `http://…` or `//host/…`: another site (or this one, by full address). */
  | 'web'
  | 'mailto'
  /** `/entries/tiktok/`: a path on this site. */
  | 'site'
  /** `./cover.jpg`, `bild.png`, `#abschnitt`, `?q=x`: relative to the page or the entry file. */
  | 'relative';

export type UrlVerdict = { ok: true; kind: UrlKind; url: string } | { ok: false; scheme: string; url: string };

const ALLOWED_SCHEMES: Readonly<Record<string, UrlKind>> = { https: 'web', http: 'web', mailto: 'mailto' };

/** What a browser makes of an attribute value before it parses the URL. */
function normaliseUrl(raw: string): string {
  // Decoding twice sees through `&amp;#x6a;`, which a Markdown parser has already decoded once.
  const decoded = decodeHTMLAttribute(decodeHTMLAttribute(raw));
  // eslint-disable-next-line no-control-regex
  return decoded.replace(/[\t\n\r]/g, '').replace(/^[\u0000-\u0020]+|[\u0000-\u0020]+$/g, '');
}

/** Classifies a URL against the allowlist. */
export function classifyUrl(raw: string): UrlVerdict {
  const url = normaliseUrl(raw);
  // A scheme is whatever comes before the first ":" that precedes any "/", "?" or "#".
  const colon = url.indexOf(':');
  const end = url.search(/[/?#]/);
  if (colon >= 0 && (end < 0 || colon < end)) {
    // Invisible characters inside a scheme (`java\u0000script:`) are refused along with it.
    const scheme = url.slice(0, colon).toLowerCase();
    const kind = ALLOWED_SCHEMES[scheme];
    return kind ? { ok: true, kind, url } : { ok: false, scheme: url.slice(0, colon), url };
  }
  // Browsers read a backslash as "/" in web addresses, so two leading slashes or backslashes
  // in any mix (//host, \/host, /\host, \\host) name another server, and one (\entries/x) a path on this site.
  if (/^[/\\]{2}/.test(url)) return { ok: true, kind: 'web', url };
  if (/^[/\\]/.test(url)) return { ok: true, kind: 'site', url };
  return { ok: true, kind: 'relative', url };
}

/** How a refused URL reads in a message: invisible characters made visible, long ones cut. */
export function shownUrl(url: string, max = 60): string {
  // eslint-disable-next-line no-control-regex
  const visible = url.replace(/[\u0000-\u001f\u007f]/g, (c) => `\\u${c.charCodeAt(0).toString(16).padStart(4, '0')}`);
  return JSON.stringify(visible.length > max ? `${visible.slice(0, max - 1)}…` : visible);
}
