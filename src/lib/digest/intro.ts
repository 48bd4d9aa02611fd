/**
 * The editor's intro is Markdown. It is parsed once and written out by our own small
 * renderers, so only plain, email-safe markup reaches the HTML (no raw HTML, no
 * images, no relative links) and every text is escaped.
 */
import { markdownToMdast } from 'satteri';
import type { Nodes, Root } from 'mdast';
import { escapeHtml } from '../escape-html.ts';
import { msg } from '../../i18n/messages.ts';

/** Parsed by the site's Markdown parser, as CommonMark: no smart quotes, no tables. */
export function parseIntro(markdown: string): Root {
  return markdownToMdast(markdown, { position: true, features: { gfm: false, smartPunctuation: false } }) as Root;
}

export type IntroProblem = { line?: number; message: string };

/** Links and images the email cannot carry: anything but absolute http(s) and mailto links, and any image. */
export function introProblems(tree: Root): IntroProblem[] {
  const problems: IntroProblem[] = [];
  const walk = (node: Nodes) => {
    const line = node.position?.start.line;
    if ((node.type === 'link' || node.type === 'definition') && !/^(https?:\/\/|mailto:)/i.test(node.url)) {
      problems.push({ line, message: msg('intro.absoluteLink', { url: node.url }) });
    }
    if (node.type === 'image' || node.type === 'imageReference') problems.push({ line, message: msg('intro.image') });
    if (node.type === 'html') problems.push({ line, message: msg('intro.html', { html: node.value.slice(0, 40) }) });
    if ('children' in node) node.children.forEach((c) => walk(c as Nodes));
  };
  walk(tree);
  return problems;
}

export type IntroStyles = { p: string; a: string; li: string; h: string; code: string };

/** HTML with inline styles for an email body. */
export function introToHtml(tree: Root, styles: IntroStyles): string {
  const inline = (nodes: readonly Nodes[]): string => nodes.map(html).join('');
  function html(node: Nodes): string {
    switch (node.type) {
      case 'root': return inline(node.children);
      case 'paragraph': return `<p style="${styles.p}">${inline(node.children)}</p>`;
      case 'heading': return `<p style="${styles.h}">${inline(node.children)}</p>`;
      case 'text': return escapeHtml(node.value);
      case 'strong': return `<strong>${inline(node.children)}</strong>`;
      case 'emphasis': return `<em>${inline(node.children)}</em>`;
      case 'delete': return `<s>${inline(node.children)}</s>`;
      case 'inlineCode': return `<code style="${styles.code}">${escapeHtml(node.value)}</code>`;
      case 'code': return `<p style="${styles.p}"><code style="${styles.code}">${escapeHtml(node.value)}</code></p>`;
      case 'break': return '<br>';
      case 'link': return `<a href="${escapeHtml(node.url)}" style="${styles.a}">${inline(node.children)}</a>`;
      case 'list': {
        const tag = node.ordered ? 'ol' : 'ul';
        return `<${tag} style="${styles.p}padding-left:24px;">${node.children.map((li) => `<li style="${styles.li}">${li.children.map((c) => (c.type === 'paragraph' ? inline(c.children) : html(c))).join('<br>')}</li>`).join('')}</${tag}>`;
      }
      case 'blockquote': return `<blockquote style="${styles.p}padding-left:12px;border-left:3px solid #cbd5e1;">${inline(node.children)}</blockquote>`;
      case 'thematicBreak': return '';
      default: return 'value' in node ? escapeHtml(String(node.value)) : 'children' in node ? inline(node.children as Nodes[]) : '';
    }
  }
  return html(tree);
}

/** Plain text: one string per block, links written out as "text (url)". */
export function introToText(tree: Root): string[] {
  const inline = (nodes: readonly Nodes[]): string => nodes.map(text).join('');
  function text(node: Nodes): string {
    switch (node.type) {
      case 'text': case 'inlineCode': return node.value;
      case 'break': return '\n';
      case 'link': {
        const label = inline(node.children);
        return label === node.url || `mailto:${label}` === node.url ? node.url : `${label} (${node.url})`;
      }
      default: return 'children' in node ? inline(node.children as Nodes[]) : 'value' in node ? String(node.value) : '';
    }
  }
  return tree.children.flatMap((block): string[] => {
    if (block.type === 'list') {
      return [block.children.map((li, i) => `${block.ordered ? `${(block.start ?? 1) + i}.` : '-'} ${li.children.map((c) => text(c)).join(' ')}`).join('\n')];
    }
    if (block.type === 'thematicBreak') return [];
    if (block.type === 'code') return [block.value];
    return [text(block)];
  });
}
