/**
 * The site's Content-Security-Policy as configured (src/lib/csp.ts), the video players it
 * lets into frames, the code blocks without style attributes, and the editor page that
 * keeps its own policy. The browser side is tests/e2e/csp.test.ts.
 */
import { readFileSync } from 'node:fs';
import path from 'node:path';
import type { Element, ElementContent } from 'hast';
import { describe, expect, it } from 'vitest';
import { SITE_DIRECTIVES, siteCsp, siteCspHeader } from '../../../src/lib/csp.ts';
import { VIDEO_ORIGINS, isAllowedVideo } from '../../../src/lib/video.ts';
import { classesForStyle, codeHighlight } from '../../../src/lib/code-classes.ts';
import { editorCsp, keepEditorPolicy } from '../../../src/lib/editor/csp.ts';

const ROOT = path.resolve(import.meta.dirname, '../../..');
const directive = (policy: string, name: string) => policy.split(';').map((d) => d.trim()).find((d) => d.split(' ')[0] === name);

describe('the site policy', () => {
  it('allows only the own origin, Pagefind’s WebAssembly and the video players’ frames', () => {
    const header = siteCspHeader();
    expect(directive(header, 'default-src')).toBe("default-src 'none'");
    expect(directive(header, 'script-src')).toBe("script-src 'self' 'wasm-unsafe-eval'");
    expect(directive(header, 'style-src')).toBe("style-src 'self'");
    for (const name of ['img-src', 'font-src', 'connect-src', 'manifest-src', 'form-action']) expect(directive(header, name)).toBe(`${name} 'self'`);
    expect(directive(header, 'object-src')).toBe("object-src 'none'");
    expect(directive(header, 'base-uri')).toBe("base-uri 'none'");
    expect(directive(header, 'frame-src')).toBe('frame-src https://www.youtube-nocookie.com https://player.vimeo.com');
    expect(directive(header, 'frame-ancestors')).toBe("frame-ancestors 'self'");
    expect(header).not.toMatch(/'unsafe-inline'|'unsafe-eval'|'unsafe-hashes'|\*|data:|blob:|http:/);
  });

  it('hands Astro the same directives, and script-src and style-src through its own options', () => {
    const csp = siteCsp();
    expect(csp.directives).toEqual([...SITE_DIRECTIVES]);
    expect(csp.directives.some((d) => /^(script|style)-src/.test(d))).toBe(false);
    expect(csp.scriptDirective.resources).toEqual(["'self'", "'wasm-unsafe-eval'"]);
    expect(csp.styleDirective.resources).toEqual(["'self'"]);
    // frame-ancestors is ignored in a <meta> tag; it belongs to the header only.
    expect(csp.directives.some((d) => d.startsWith('frame-ancestors'))).toBe(false);
  });

  it('is the header docs/security.md tells IT to send, word for word', () => {
    const doc = readFileSync(path.join(ROOT, 'docs/security.md'), 'utf8');
    expect(doc).toContain(siteCspHeader());
  });
});

describe('video players', () => {
  it.each([
    'https://www.youtube-nocookie.com/embed/abcdefghijk',
    'https://www.youtube-nocookie.com/embed/aBcDeFgHiJk?start=5&rel=0',
    'https://player.vimeo.com/video/123456',
  ])('lets %s in', (url) => expect(isAllowedVideo(url)).toBe(true));

  it.each([
    'http://www.youtube-nocookie.com/embed/abcdefghijk',
    'https://www.youtube.com/embed/abcdefghijk',
    'https://www.youtube-nocookie.com.evil.example/embed/x',
    'https://evil.example/?https://www.youtube-nocookie.com/',
    'https://user@www.youtube-nocookie.com/embed/x',
    'https://www.youtube-nocookie.com:8443/embed/x',
    'javascript:alert(1)',
    'not a url',
  ])('keeps %s out', (url) => expect(isAllowedVideo(url)).toBe(false));

  it('are the only frames the policy allows', () => {
    expect(directive(siteCspHeader(), 'frame-src')).toBe(`frame-src ${VIDEO_ORIGINS.join(' ')}`);
  });
});

describe('code blocks', () => {
  it('turn Shiki’s colour variables into classes and drop what the stylesheet sets', () => {
    expect(classesForStyle('color:var(--astro-code-token-keyword)')).toEqual(['code-token-keyword']);
    expect(classesForStyle('background-color:var(--astro-code-background);color:var(--astro-code-foreground); overflow-x: auto;')).toEqual(['code-foreground']);
    expect(classesForStyle('user-select: none;')).toEqual(['code-no-select']);
    expect(classesForStyle('font-style:italic;text-decoration:underline')).toEqual(['code-italic', 'code-underline']);
    expect(classesForStyle('color:red;background:url(https://evil.example/x)')).toEqual([]);
  });

  /** Every element of a hast tree. */
  const elements = (node: ElementContent): Element[] => (node.type === 'element' ? [node, ...node.children.flatMap(elements)] : []);

  it.each([
    ['sh', 'npm install && npm run check # prüft alles'],
    ['mdx', '---\ntitle: "Signal"\n---\n<Video url="https://x" title="y" />\n**fett** _kursiv_ [Link](https://example.com)'],
    ['diff', '+ neu\n- alt'],
    ['ts', 'const a: string = `${b}`; // Kommentar'],
  ])('highlight %s with classes and not one style attribute', async (lang, code) => {
    const highlight = await codeHighlight();
    const pre = (await highlight(code, lang)) as Element;
    const all = elements(pre);
    expect(all.filter((e) => e.properties.style !== undefined)).toEqual([]);
    expect(pre.properties.className).toContain('astro-code');
    expect(all.some((e) => (e.properties.className as string[] | undefined)?.some((c) => c.startsWith('code-token-')))).toBe(true);
  });
});

describe('the editor page', () => {
  const policy = editorCsp({ backend: 'github', repo: 'a/b', branch: 'main' });
  const attr = (value: string) => value.replaceAll('&', '&amp;').replaceAll('"', '&quot;').replaceAll("'", '&#39;');
  const own = `<meta http-equiv="Content-Security-Policy" content="${attr(policy)}">`;
  const site = `<meta http-equiv="content-security-policy" content="${attr(siteCspHeader())}">`;

  it('keeps its own policy and loses the site’s, which Astro writes into every page', () => {
    const html = `<head><meta charset="utf-8">${own}<title>Editor</title>${site}</head><body></body>`;
    expect(keepEditorPolicy(html, policy)).toBe(`<head><meta charset="utf-8">${own}<title>Editor</title></head><body></body>`);
  });

  it('is never published without its own policy', () => {
    expect(() => keepEditorPolicy(`<head>${site}</head>`, policy)).toThrow(/admin\/index.html: expected the editor's own Content-Security-Policy once, found it 0 times/);
    expect(() => keepEditorPolicy(`<head>${own}${own}</head>`, policy)).toThrow(/found it 2 times/);
  });
});
