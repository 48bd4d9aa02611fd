/**
 * The entry body rules, as one Sätteri plugin. MDX is code: a pull request must not
 * run code in the build or in a reader's browser, load anything from another origin
 * when a page opens, or bring its own components. The rules are allowlists (elements,
 * attributes, URL schemes), so whatever they do not name is refused.
 *
 * The same plugin runs in two places, on the same parser's tree:
 * - in the site's Markdown pipeline (astro.config.mjs), where a broken rule stops
 *   `astro build` and `astro dev` (`BodyRuleError`);
 * - in `npm run check` and the build's content check, through `checkMdxBody` and
 *   `checkMarkdownBody`, which compile the text with Sätteri and this plugin alone.
 *
 * It checks every Markdown text of the library, with an allowlist fitted to its place:
 * an entry body (`.mdx`) may use the site's components and a short list of text
 * elements; a mentor bio or a digest record's text (`.md`) only paragraphs, emphasis,
 * lists and links. Raw HTML is refused in both (MDX has none; in Markdown Sätteri keeps
 * it as a `raw` node, which is refused whole: no regex decides what a comment is).
 *
 * It works on the hast tree, where Markdown links and images are `a`/`img` elements,
 * JSX stays `mdxJsx*Element` with its attributes, and every `{…}` can be parsed as
 * JavaScript by Sätteri itself: an expression is harmless only when the parser finds
 * no statement in it (comments and whitespace).
 */
import { markdownToHtml, mdxToJs, type HastNode, type HastPluginDefinition, type HastPluginEntry, type MdxJsxAttributeUnion } from 'satteri';
import { classifyUrl, shownUrl } from './safe-url.ts';
import { msg, type MessageKey } from '../i18n/messages.ts';
import { didYouMean } from './suggest.ts';
import { VIDEO_ORIGINS, isAllowedVideo } from './video.ts';

/** The site's components (src/components/mdx/) and the attributes each one reads. */
export const COMPONENT_ATTRIBUTES = {
  TryIt: ['title'],
  Callout: ['type', 'title'],
  Quote: ['by'],
  Video: ['url', 'title'],
} as const satisfies Record<string, readonly string[]>;

export const ALLOWED_COMPONENTS = Object.keys(COMPONENT_ATTRIBUTES) as (keyof typeof COMPONENT_ATTRIBUTES)[];

/**
 * Plain HTML elements a body may use, with the attributes each may carry besides
 * `title`, `lang` and `dir`. They only structure or mark up text: none loads a
 * resource, runs script, submits data or changes the page outside the body. No
 * `class`, `id` or `style` either: they could restyle the page or shadow the ids its
 * scripts use.
 */
export const HTML_ATTRIBUTES: Readonly<Record<string, readonly string[]>> = {
  a: ['href'], abbr: [], b: [], blockquote: ['cite'], br: [], caption: [], cite: [], code: [], dd: [],
  del: ['cite', 'datetime'], details: ['open'], dfn: [], div: [], dl: [], dt: [], em: [], figcaption: [], figure: [],
  h2: [], h3: [], h4: [], h5: [], h6: [], hr: [], i: [], ins: ['cite', 'datetime'], kbd: [], li: ['value'], mark: [],
  ol: ['start', 'reversed', 'type'], p: [], pre: [], q: ['cite'], s: [], samp: [], small: [], span: [], strong: [],
  sub: [], summary: [], sup: [], table: [], tbody: [], td: ['colspan', 'rowspan', 'headers'], tfoot: [],
  th: ['colspan', 'rowspan', 'scope', 'abbr', 'headers'], thead: [], time: ['datetime'], tr: [], u: [], ul: [], var: [], wbr: [],
};
export const ALLOWED_HTML = Object.keys(HTML_ATTRIBUTES);
const GLOBAL_ATTRIBUTES = ['title', 'lang', 'dir'];
const URL_ATTRIBUTES = new Set(['href', 'src', 'poster', 'cite', 'url', 'action', 'formaction', 'srcset', 'background', 'data', 'ping', 'xlink:href', 'codebase', 'manifest']);

export type BodyRule =
  | 'mdx-syntax'
  | 'no-import-export'
  | 'no-expression'
  | 'no-script'
  | 'no-event-handler'
  | 'no-raw-html'
  | 'url-allowlist'
  | 'no-external-load'
  | 'component-allowlist'
  | 'attribute-allowlist'
  | 'text-allowlist';

/**
 * Where a Markdown text is shown, which decides its allowlist: `entry` for an entry
 * body (MDX), `text` for the plain Markdown of a mentor bio or a digest record, `page`
 * for the project's own Markdown outside the content folder (CONTRIBUTING.md on
 * /contribute/), which is code reviewed as code and may hold HTML; its links and
 * images are checked as an entry's.
 */
export type Place = 'entry' | 'text' | 'page';

/**
 * The place of a file the pipeline compiles: `.mdx` is an entry body; other Markdown in
 * the content folder (`contentURL`, ending in `/`) or of unknown origin gets the
 * stricter `text`; Markdown elsewhere in the project is a `page`.
 */
export function placeOf(fileURL: URL | undefined, contentURL?: URL): Place {
  if (fileURL?.pathname.endsWith('.mdx')) return 'entry';
  if (fileURL && contentURL && !fileURL.href.startsWith(contentURL.href)) return 'page';
  return 'text';
}

/**
 * What a bio or a digest text may become: the elements Markdown writes for paragraphs,
 * emphasis, lists, links, line breaks and inline code. Their attributes come from the
 * parser, never from the author (there is no HTML in these texts).
 */
export const TEXT_ELEMENTS = ['p', 'em', 'strong', 'del', 'ul', 'ol', 'li', 'a', 'br', 'code'] as const;

const isTextElement = (tag: string) => (TEXT_ELEMENTS as readonly string[]).includes(tag);

/** How the Markdown that produced an element is written, for messages about texts. */
const MARKDOWN_OF: Readonly<Record<string, MessageKey>> = {
  h1: 'body.md.heading1', h2: 'body.md.heading2', h3: 'body.md.heading3', h4: 'body.md.heading4', h5: 'body.md.heading', h6: 'body.md.heading',
  img: 'body.md.image', pre: 'body.md.code', blockquote: 'body.md.quote', hr: 'body.md.rule',
  table: 'body.md.table', input: 'body.md.checkbox', section: 'body.md.footnote', sup: 'body.md.footnote',
};

/** One broken rule: where, which rule, and a message that says what was found and what to write instead. */
export type Violation = { rule: BodyRule; line: number; column: number; message: string };

/** What a body links to and which images it shows, for the link and image checks of `npm run check`. */
export type BodyReferences = { links: { url: string; line: number }[]; images: { url: string; alt: string; line: number }[] };
export type BodyReport = BodyReferences & { violations: Violation[] };

/** An element refused with a reason of its own, and what to write instead (a message key: the words are read when reported). */
type Refused = { rule: BodyRule; instead: MessageKey };
const NO_FORMS: Refused = { rule: 'component-allowlist', instead: 'body.instead.forms' };
const EMBED: Refused = { rule: 'no-external-load', instead: 'body.instead.embed' };
/** Elements refused with a reason of their own; everything else outside the allowlist is `component-allowlist`. */
const REFUSED_ELEMENTS: Readonly<Record<string, Refused>> = {
  script: { rule: 'no-script', instead: 'body.instead.script' },
  noscript: { rule: 'no-script', instead: 'body.instead.markdown' },
  template: { rule: 'no-script', instead: 'body.instead.markdown' },
  svg: { rule: 'no-script', instead: 'body.instead.svg' },
  math: { rule: 'no-script', instead: 'body.instead.math' },
  img: { rule: 'no-external-load', instead: 'body.instead.img' },
  picture: { rule: 'no-external-load', instead: 'body.instead.img' },
  video: { rule: 'no-external-load', instead: 'body.instead.video' },
  audio: { rule: 'no-external-load', instead: 'body.instead.audio' },
  source: { rule: 'no-external-load', instead: 'body.instead.file' },
  track: { rule: 'no-external-load', instead: 'body.instead.file' },
  iframe: EMBED, frame: EMBED, frameset: EMBED, object: EMBED, embed: EMBED, portal: EMBED, applet: EMBED,
  link: { rule: 'no-external-load', instead: 'body.instead.link' },
  style: { rule: 'no-external-load', instead: 'body.instead.style' },
  base: { rule: 'no-external-load', instead: 'body.instead.base' },
  meta: { rule: 'no-external-load', instead: 'body.instead.meta' },
  form: NO_FORMS, input: NO_FORMS, button: NO_FORMS, select: NO_FORMS, textarea: NO_FORMS, option: NO_FORMS,
  h1: { rule: 'component-allowlist', instead: 'body.instead.h1' },
};

const snippet = (text: string, max = 40) => {
  const flat = text.replace(/\s+/g, ' ').trim();
  return flat.length > max ? `${flat.slice(0, max - 1)}…` : flat;
};

type Positioned = { position?: { start: { line: number; column: number } } | undefined };
type Report = (node: Positioned, rule: BodyRule, message: string) => void;

/**
 * Checks a URL against the allowlist; `where` names the place in the message. `load` is true
 * where the browser fetches it when the page opens (an image: the only such place a body has).
 */
function checkUrl(report: Report, node: Positioned, url: string, where: string, load: boolean): boolean {
  const verdict = classifyUrl(url);
  if (!verdict.ok) {
    report(node, 'url-allowlist', msg('body.scheme', { allowed: msg('body.allowedUrls'), where, scheme: verdict.scheme, url: shownUrl(url) }));
    return false;
  }
  if (load && (verdict.kind === 'web' || verdict.kind === 'mailto')) {
    report(node, 'no-external-load', msg('body.externalImage', { url: shownUrl(url) }));
    return false;
  }
  return true;
}

function checkExpression(report: Report, node: Positioned & { value: string; parseExpression(): { body: readonly unknown[] } | null }) {
  // Sätteri's parser (oxc) returns null for an expression with no statement in it: only comments or nothing.
  let statements: number;
  try {
    statements = node.parseExpression()?.body.length ?? 0;
  } catch {
    statements = 1;
  }
  if (statements > 0) report(node, 'no-expression', msg('body.expression', { code: snippet(node.value) }));
}

type JsxNode = Positioned & { name: string | null; attributes: readonly MdxJsxAttributeUnion[] };

function checkJsx(report: Report, node: JsxNode) {
  const name = node.name;
  const element = name ?? 'fragment';
  let allowed: readonly string[] = [];
  if (name !== null) {
    const component = (COMPONENT_ATTRIBUTES as Record<string, readonly string[]>)[name];
    const html = HTML_ATTRIBUTES[name];
    if (component) allowed = component;
    else if (html) allowed = [...html, ...GLOBAL_ATTRIBUTES];
    else {
      const refused = REFUSED_ELEMENTS[name.toLowerCase()];
      const isHtml = /^[a-z][a-z0-9-]*$/.test(name);
      const found = msg(isHtml ? 'body.found.htmlElement' : 'body.found.component', { name });
      const hint = refused ? msg('body.insteadHint', { instead: msg(refused.instead) }) : didYouMean(name, ALLOWED_COMPONENTS);
      report(node, refused?.rule ?? 'component-allowlist', msg('body.component', { components: ALLOWED_COMPONENTS.join(', '), found, hint }));
      return;
    }
  }
  for (const attribute of node.attributes) {
    if (attribute.type === 'mdxJsxExpressionAttribute') {
      report(node, 'no-expression', msg('body.attrExpression', { code: snippet(attribute.value), element }));
      continue;
    }
    const attr = attribute.name;
    const value = attribute.value;
    if (/^on/i.test(attr)) {
      report(node, 'no-event-handler', msg('body.eventHandler', { attr, element }));
    } else if (/^(set:|dangerouslysetinnerhtml$)/i.test(attr)) {
      report(node, 'no-raw-html', msg('body.rawHtmlAttr', { attr, element }));
    } else if (value !== null && value !== undefined && typeof value === 'object') {
      report(node, 'no-expression', msg('body.attrValue', { attr, code: snippet(value.value), element }));
    } else if (!allowed.includes(attr)) {
      const what = allowed.length ? msg('body.attrs.only', { allowed: allowed.join(', ') }) : msg('body.attrs.none');
      report(node, 'attribute-allowlist', msg('body.attribute', { what, element, attr, hint: didYouMean(attr, allowed) }));
    } else if (typeof value === 'string' && URL_ATTRIBUTES.has(attr.toLowerCase())) {
      // The player is loaded into an iframe after the reader's click, and the site's policy
      // (frame-src) lets frames come from the allowed player origins only.
      if (checkUrl(report, node, value, msg('body.where.attr', { attr, element }), false) && name === 'Video' && !isAllowedVideo(classifyUrl(value).url)) {
        report(node, 'url-allowlist', msg('body.video', { origins: VIDEO_ORIGINS.join(msg('body.or')), url: shownUrl(value) }));
      }
    }
  }
}

/**
 * The rules as a Sätteri hast plugin. Each document gets a fresh instance (Sätteri
 * calls the factory once per compile); `done` receives the document's report after
 * the tree has been visited.
 */
export function bodyRulesPlugin(done: (report: BodyReport, document: { fileURL: URL | undefined; source: string }) => void, place: Place | ((fileURL: URL | undefined) => Place) = 'entry'): HastPluginEntry {
  return (factory): HastPluginDefinition => {
    const where = typeof place === 'function' ? place(factory.fileURL) : place;
    const result: BodyReport = { violations: [], links: [], images: [] };
    const report: Report = (node, rule, message) =>
      result.violations.push({ rule, line: node.position?.start.line ?? 1, column: node.position?.start.column ?? 1, message });
    const line = (node: Positioned) => node.position?.start.line ?? 1;
    return {
      name: 'trend-library:body-rules',
      // Messages name lines; Sätteri tracks positions only when a plugin asks.
      options: { position: true },
      mdxjsEsm(node) {
        const word = /^\s*export\b/.test(node.value) ? 'export' : 'import';
        report(node, 'no-import-export', msg('body.importExport', { word, components: ALLOWED_COMPONENTS.join(', '), code: snippet(node.value) }));
      },
      mdxFlowExpression: (node) => checkExpression(report, node),
      mdxTextExpression: (node) => checkExpression(report, node),
      mdxJsxFlowElement: { filter: [], visit: (node) => checkJsx(report, node) },
      mdxJsxTextElement: { filter: [], visit: (node) => checkJsx(report, node) },
      // Raw HTML in Markdown (a block, an inline tag, a comment): refused whole, whatever it holds.
      raw(node) {
        if (where === 'page') return;
        const instead = msg(where === 'text' ? 'body.textInstead' : 'body.instead.markdownOrComponents');
        report(node, 'no-raw-html', msg('body.rawHtml', { code: snippet(node.value), instead }));
      },
      // Markdown links and images, after Sätteri resolved references and decoded the text;
      // in a bio or digest text, every element is checked against its short allowlist.
      element: {
        filter: where === 'text' ? [] : ['a', 'img'],
        visit(node, ctx) {
          const props = node.properties ?? {};
          if (where === 'text' && !isTextElement(node.tagName)) {
            // One message for a refused block, not one for each element inside it (a table's cells, a highlighted code block's spans).
            for (let up: Readonly<HastNode> | undefined = ctx.parent(node); up && up.type !== 'root'; up = ctx.parent(up)) {
              if (up.type === 'element' && !isTextElement(up.tagName)) return;
            }
            const markdown = MARKDOWN_OF[node.tagName];
            const found = markdown ? msg(markdown) : msg('body.element', { tag: node.tagName });
            report(node, 'text-allowlist', msg('body.textAllowlist', { found, instead: msg('body.textInstead') }));
            return;
          }
          if (node.tagName === 'a' && typeof props.href === 'string') {
            if (checkUrl(report, node, props.href, msg('body.where.link'), false)) result.links.push({ url: props.href, line: line(node) });
          } else if (node.tagName === 'img' && typeof props.src === 'string') {
            const alt = typeof props.alt === 'string' ? props.alt : '';
            if (checkUrl(report, node, props.src, msg('body.where.image'), true)) result.images.push({ url: props.src, alt, line: line(node) });
          }
        },
      },
      after() {
        result.violations.sort((a, b) => a.line - b.line || a.column - b.column);
        done(result, { fileURL: factory.fileURL, source: factory.source });
      },
    };
  };
}

/** The Markdown features the site's pipeline turns on (Astro's defaults). */
export const SITE_FEATURES = { gfm: true, smartPunctuation: true } as const;

/**
 * Checks an `.mdx` file's text (front matter included, so lines are those of the
 * file) with the same parser and plugin as the build. A syntax error is a violation too.
 */
export function checkMdxBody(text: string): BodyReport {
  let report: BodyReport = { violations: [], links: [], images: [] };
  try {
    mdxToJs(text, { hastPlugins: [bodyRulesPlugin((r) => (report = r))], features: SITE_FEATURES });
  } catch (cause) {
    const message = cause instanceof Error ? cause.message : String(cause);
    // Sätteri reports "line:column: reason (line:column) (rule-id)".
    const at = /^(\d+):(\d+):\s*/.exec(message);
    const reason = message.slice(at?.[0].length ?? 0).replace(/\s*\(\d+:\d+(?:-\d+:\d+)?\)\s*(\([\w:-]+\))?\s*$/, '').split('\n')[0]!;
    return {
      violations: [{ rule: 'mdx-syntax', line: Number(at?.[1] ?? 1), column: Number(at?.[2] ?? 1), message: msg('body.mdxSyntax', { reason }) }],
      links: [],
      images: [],
    };
  }
  return report;
}

/**
 * The same rules over a plain Markdown file (a mentor bio, a digest record; front
 * matter included, so lines are those of the file), which the site renders through
 * the same pipeline, with the allowlist of a `text`.
 */
export function checkMarkdownBody(text: string): BodyReport {
  let report: BodyReport = { violations: [], links: [], images: [] };
  markdownToHtml(text, { hastPlugins: [bodyRulesPlugin((r) => (report = r), 'text')], features: SITE_FEATURES });
  return report;
}

/** Where the guide explains the body rules, for messages that send a mentor there. */
export const bodyRulesGuide = (): string => msg('body.guide');

/** The build error: every violation of the file, each with file, line, column, rule and what to write instead. */
export class BodyRuleError extends Error {
  readonly violations: readonly Violation[];
  /** Where Astro's error overlay and log point. */
  readonly loc: { file: string; line: number; column: number };
  /** Read by @astrojs/mdx when it reports the failing file. */
  readonly line: number;
  readonly column: number;
  constructor(file: string, violations: readonly Violation[], place: Place = 'entry') {
    const list = violations.map((v) => `  ${file}:${v.line}:${v.column} [${v.rule}] ${v.message}`).join('\n');
    super(`${msg(place === 'entry' ? 'body.error.entry' : 'body.error.text', { file })}\n${list}\n${msg('body.error.tail', { guide: bodyRulesGuide() })}`);
    this.name = 'BodyRuleError';
    this.violations = violations;
    this.line = violations[0]!.line;
    this.column = violations[0]!.column;
    this.loc = { file, line: this.line, column: this.column };
  }
}
