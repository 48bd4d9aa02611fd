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
import { ALLOWED_URLS, classifyUrl, shownUrl } from './safe-url.ts';
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
const MARKDOWN_OF: Readonly<Record<string, string>> = {
  h1: 'a heading (# …)', h2: 'a heading (## …)', h3: 'a heading (### …)', h4: 'a heading (#### …)', h5: 'a heading', h6: 'a heading',
  img: 'an image (![…](…))', pre: 'a code block', blockquote: 'a quote (> …)', hr: 'a dividing line (---)',
  table: 'a table', input: 'a task list checkbox ([ ])', section: 'a footnote', sup: 'a footnote',
};
const TEXT_INSTEAD = 'a bio or digest text holds paragraphs, *emphasis*, **bold**, lists and [links](https://…); write the rest as a sentence';

/** One broken rule: where, which rule, and a message that says what was found and what to write instead. */
export type Violation = { rule: BodyRule; line: number; column: number; message: string };

/** What a body links to and which images it shows, for the link and image checks of `npm run check`. */
export type BodyReferences = { links: { url: string; line: number }[]; images: { url: string; alt: string; line: number }[] };
export type BodyReport = BodyReferences & { violations: Violation[] };

type Refused = { rule: BodyRule; instead: string };
const NO_FORMS: Refused = { rule: 'component-allowlist', instead: 'the body has no forms or buttons; describe the steps in a <TryIt> block' };
const EMBED: Refused = { rule: 'no-external-load', instead: 'link to it, or use <Video url="https://…" title="…">, which loads nothing before the reader agrees' };
/** Elements refused with a reason of their own; everything else outside the allowlist is `component-allowlist`. */
const REFUSED_ELEMENTS: Readonly<Record<string, Refused>> = {
  script: { rule: 'no-script', instead: 'an entry must not run code; describe what to try in a <TryIt> block' },
  noscript: { rule: 'no-script', instead: 'write the text as Markdown' },
  template: { rule: 'no-script', instead: 'write the text as Markdown' },
  svg: { rule: 'no-script', instead: 'SVG can carry script and links; store a picture next to the entry and use ![what it shows](./bild.png)' },
  math: { rule: 'no-script', instead: 'MathML can carry links; write the formula as text' },
  img: { rule: 'no-external-load', instead: 'use a Markdown image ![what it shows](./bild.png) with the file stored next to the entry' },
  picture: { rule: 'no-external-load', instead: 'use a Markdown image ![what it shows](./bild.png) with the file stored next to the entry' },
  video: { rule: 'no-external-load', instead: 'use <Video url="https://…" title="…">, which loads nothing before the reader agrees' },
  audio: { rule: 'no-external-load', instead: 'link to the recording instead' },
  source: { rule: 'no-external-load', instead: 'link to the file instead' },
  track: { rule: 'no-external-load', instead: 'link to the file instead' },
  iframe: EMBED, frame: EMBED, frameset: EMBED, object: EMBED, embed: EMBED, portal: EMBED, applet: EMBED,
  link: { rule: 'no-external-load', instead: 'the site’s styles apply to every entry; for a link write [text](https://…)' },
  style: { rule: 'no-external-load', instead: 'the site’s styles apply to every entry' },
  base: { rule: 'no-external-load', instead: 'write links as /entries/<slug>/; the site adds its own path' },
  meta: { rule: 'no-external-load', instead: 'the page’s head belongs to the site; write the text as Markdown' },
  form: NO_FORMS, input: NO_FORMS, button: NO_FORMS, select: NO_FORMS, textarea: NO_FORMS, option: NO_FORMS,
  h1: { rule: 'component-allowlist', instead: 'the entry title is the page heading; start sections with ## in Markdown' },
};

const snippet = (text: string, max = 40) => {
  const flat = text.replace(/\s+/g, ' ').trim();
  return flat.length > max ? `${flat.slice(0, max - 1)}…` : flat;
};

type Positioned = { position?: { start: { line: number; column: number } } | undefined };
type Report = (node: Positioned, rule: BodyRule, message: string) => void;

/** Checks a URL against the allowlist; `load` is true where the browser fetches it when the page opens. */
function checkUrl(report: Report, node: Positioned, url: string, where: string, load: boolean): boolean {
  const verdict = classifyUrl(url);
  if (!verdict.ok) {
    report(node, 'url-allowlist', `expected ${ALLOWED_URLS} in ${where}, found the scheme "${verdict.scheme}:" in ${shownUrl(url)}`);
    return false;
  }
  if (load && (verdict.kind === 'web' || verdict.kind === 'mailto')) {
    report(node, 'no-external-load', `expected ${where} to load from this site, found ${shownUrl(url)} on another server — store the file next to the entry and write ![what it shows](./bild.png)`);
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
  if (statements > 0) report(node, 'no-expression', `expected no JavaScript in {…} (only comments such as {/* Notiz */}), found {${snippet(node.value)}} — write the text as plain Markdown`);
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
      const found = `${isHtml ? 'the HTML element' : 'the component'} <${name}>`;
      const hint = refused ? ` — ${refused.instead}` : didYouMean(name, ALLOWED_COMPONENTS);
      report(node, refused?.rule ?? 'component-allowlist', `expected one of the components ${ALLOWED_COMPONENTS.join(', ')} or a plain text element such as <strong>, found ${found}${hint}`);
      return;
    }
  }
  for (const attribute of node.attributes) {
    if (attribute.type === 'mdxJsxExpressionAttribute') {
      report(node, 'no-expression', `expected attributes written as name="text", found {${snippet(attribute.value)}} on <${element}>`);
      continue;
    }
    const attr = attribute.name;
    const value = attribute.value;
    if (/^on/i.test(attr)) {
      report(node, 'no-event-handler', `expected no event handler attribute (on…), found ${attr} on <${element}> — an entry must not run code`);
    } else if (/^(set:|dangerouslysetinnerhtml$)/i.test(attr)) {
      report(node, 'no-raw-html', `expected the content written inside <${element}>…</${element}>, found the attribute ${attr}, which inserts unchecked HTML`);
    } else if (value !== null && value !== undefined && typeof value === 'object') {
      report(node, 'no-expression', `expected attribute values written as text in quotes, found ${attr}={${snippet(value.value)}} on <${element}>`);
    } else if (!allowed.includes(attr)) {
      const what = allowed.length ? `only the attributes ${allowed.join(', ')}` : 'no attributes';
      report(node, 'attribute-allowlist', `expected ${what} on <${element}>, found ${attr}${didYouMean(attr, allowed)}`);
    } else if (typeof value === 'string' && URL_ATTRIBUTES.has(attr.toLowerCase())) {
      // The player is loaded into an iframe after the reader's click, and the site's policy
      // (frame-src) lets frames come from the allowed player origins only.
      if (checkUrl(report, node, value, `${attr} of <${element}>`, false) && name === 'Video' && !isAllowedVideo(classifyUrl(value).url)) {
        report(node, 'url-allowlist', `expected the video's address on ${VIDEO_ORIGINS.join(' or ')} (an embed address), found ${shownUrl(value)}`);
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
        report(node, 'no-import-export', `expected no ${word} (the components ${ALLOWED_COMPONENTS.join(', ')} need no import), found "${snippet(node.value)}" — write the text as Markdown`);
      },
      mdxFlowExpression: (node) => checkExpression(report, node),
      mdxTextExpression: (node) => checkExpression(report, node),
      mdxJsxFlowElement: { filter: [], visit: (node) => checkJsx(report, node) },
      mdxJsxTextElement: { filter: [], visit: (node) => checkJsx(report, node) },
      // Raw HTML in Markdown (a block, an inline tag, a comment): refused whole, whatever it holds.
      raw(node) {
        if (where === 'page') return;
        const instead = where === 'text' ? TEXT_INSTEAD : 'write the text as Markdown or use the components';
        report(node, 'no-raw-html', `expected Markdown without HTML (not even comments), found "${snippet(node.value)}" — ${instead}`);
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
            const found = MARKDOWN_OF[node.tagName] ?? `the element <${node.tagName}>`;
            report(node, 'text-allowlist', `expected paragraphs, emphasis, lists and links, found ${found} — ${TEXT_INSTEAD}`);
            return;
          }
          if (node.tagName === 'a' && typeof props.href === 'string') {
            if (checkUrl(report, node, props.href, 'a link', false)) result.links.push({ url: props.href, line: line(node) });
          } else if (node.tagName === 'img' && typeof props.src === 'string') {
            const alt = typeof props.alt === 'string' ? props.alt : '';
            if (checkUrl(report, node, props.src, 'an image', true)) result.images.push({ url: props.src, alt, line: line(node) });
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
      violations: [{ rule: 'mdx-syntax', line: Number(at?.[1] ?? 1), column: Number(at?.[2] ?? 1), message: `expected valid MDX, found a syntax error: ${reason}` }],
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
export const BODY_RULES_GUIDE = 'CONTRIBUTING.md, section „Was im Text erlaubt ist“ (English: “What the text may contain”)';

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
    super(`The ${place === 'entry' ? 'entry body' : 'text'} of ${file} breaks the body rules:\n${list}\nWhat a body may contain: ${BODY_RULES_GUIDE}. Run \`npm run check\` to see every problem in the content.`);
    this.name = 'BodyRuleError';
    this.violations = violations;
    this.line = violations[0]!.line;
    this.column = violations[0]!.column;
    this.loc = { file, line: this.line, column: this.column };
  }
}
