/**
 * The digest as MJML, and MJML as email HTML. MJML writes the tables, widths and
 * Outlook conditional comments that Outlook's Word engine needs; we write only
 * simple inline-styled text inside `<mj-text>`, which MJML passes through as raw
 * HTML — so every string from content goes through `escapeHtml` here.
 */
import mjml2html from 'mjml';
import { escapeHtml as h } from '../escape-html.ts';
import { introToHtml, parseIntro } from './intro.ts';
import { allItems, translator, type DigestItem, type DigestModel, type Translate } from './model.ts';
import type { Kind } from '../../schemas/entry.ts';

/** System fonts only (no web fonts). Segoe UI first: Outlook on Windows uses the first font it knows. */
const FONT = "'Segoe UI', Helvetica, Arial, sans-serif";

/** Light colours with AA contrast; the dark ones below replace them where the client supports it. */
const C = {
  page: '#f1f5f9', card: '#ffffff', text: '#0f172a', muted: '#475569', link: '#1d4ed8', rule: '#e2e8f0',
  head: '#1e3a8a', headText: '#ffffff', headMuted: '#dbeafe', feature: '#eff6ff',
  kind: { app: '#1d4ed8', trend: '#047857', value: '#be123c' } satisfies Record<Kind, string>,
};

/**
 * Dark mode for clients that support `prefers-color-scheme` (Apple Mail, iOS Mail,
 * Outlook for Mac) and Outlook.com's `[data-ogsc]`/`[data-ogsb]` markers. Gmail and
 * Outlook on Windows recolour on their own; the light palette is chosen to survive that.
 */
const DARK_CSS = `
:root { color-scheme: light dark; supported-color-schemes: light dark; }
@media (prefers-color-scheme: dark) {
  body, .dm-page, .dm-page > table, .dm-body { background-color: #0f172a !important; }
  .dm-card, .dm-card > table { background-color: #1e293b !important; }
  .dm-feature > table, .dm-feature td { background-color: #172554 !important; }
  .dm-t { color: #f1f5f9 !important; }
  .dm-m { color: #cbd5e1 !important; }
  .dm-a { color: #93c5fd !important; }
  .dm-app { color: #93c5fd !important; }
  .dm-trend { color: #6ee7b7 !important; }
  .dm-value { color: #fda4af !important; }
}
[data-ogsc] .dm-t { color: #f1f5f9 !important; }
[data-ogsc] .dm-m { color: #cbd5e1 !important; }
[data-ogsc] .dm-a { color: #93c5fd !important; }
[data-ogsb] .dm-card, [data-ogsb] .dm-card > table { background-color: #1e293b !important; }
`;

const S = {
  p: `margin:0 0 12px;font-size:16px;line-height:1.5;color:${C.text};`,
  a: `color:${C.link};text-decoration:underline;`,
  li: `margin:0 0 4px;font-size:16px;line-height:1.5;color:${C.text};`,
  h: `margin:0 0 8px;font-size:17px;line-height:1.4;font-weight:700;color:${C.text};`,
  code: 'font-family:Consolas, Menlo, monospace;font-size:14px;',
};

/** Word (Outlook on Windows) gives headings its own font and colour unless they are inline. */
const HEAD = `font-family:${FONT};color:${C.text};`;

const langAttr = (lang?: string) => (lang ? ` lang="${h(lang)}"` : '');

function item(t: Translate, i: DigestItem, featured: boolean): string {
  const label = [featured ? t(`kind.${i.kind}`) : undefined, t(`digest.status.${i.status}`)].filter(Boolean).join(' · ');
  // Font size, line height and colour come from the <mj-text> around; only what differs is inline.
  return [
    `<p class="dm-${i.kind}" style="margin:0 0 4px;font-size:12px;font-weight:700;text-transform:uppercase;color:${C.kind[i.kind]};">${h(label)}</p>`,
    `<h3${langAttr(i.lang)} style="${HEAD}margin:0 0 6px;font-size:19px;line-height:1.3;"><a class="dm-t" href="${h(i.url)}" style="color:${C.text};text-decoration:none;">${h(i.title)}</a></h3>`,
    `<p class="dm-t"${langAttr(i.lang)} style="margin:0 0 8px;">${h(i.summary)}</p>`,
    `<p class="dm-m" style="margin:0 0 8px;font-size:14px;color:${C.muted};">${h(t('entry.mentors'))}: ${h(i.mentors.join(', '))}<br>${h(t('level.label'))}: ${h(t(`level.${i.level}`))}</p>`,
    featured ? '' : `<p style="margin:0;"><a class="dm-a" href="${h(i.url)}" style="color:${C.link};font-weight:600;">${h(t('digest.readMore.about', { title: i.title }))}</a></p>`,
  ].join('');
}

const heading = (text: string, padding = '24px 24px 12px') =>
  `<mj-text padding="${padding}"><h2 class="dm-t" style="${HEAD}margin:0;font-size:22px;line-height:1.3;">${h(text)}</h2></mj-text>`;

/** One white block; each costs about 1.5 KB of MJML tables, so headings share the block of what they introduce. */
const card = (padding: string, body: string) => `<mj-section css-class="dm-card" padding="${padding}"><mj-column>${body}</mj-column></mj-section>`;

export function renderMjml(model: DigestModel): string {
  const t = translator(model.locale);
  const out: string[] = [];
  out.push(
    `<mjml lang="${h(model.locale)}" dir="ltr">`,
    '<mj-head>',
    `<mj-title>${h(model.title)}</mj-title>`,
    `<mj-preview>${h(model.preheader)}</mj-preview>`,
    '<mj-attributes>',
    `<mj-all font-family="${h(FONT)}" />`,
    `<mj-section background-color="${C.card}" padding="0" />`,
    '<mj-column padding="0" />',
    `<mj-text font-size="16px" line-height="1.5" color="${C.text}" padding="0 24px" />`,
    '</mj-attributes>',
    '<mj-raw><meta name="color-scheme" content="light dark"><meta name="supported-color-schemes" content="light dark"></mj-raw>',
    `<mj-style>${DARK_CSS}</mj-style>`,
    '</mj-head>',
    `<mj-body background-color="${C.page}" width="600px" css-class="dm-body">`,
    // The web version, above the header where inboxes show it first.
    `<mj-section background-color="${C.page}" css-class="dm-page" padding="12px 0"><mj-column><mj-text align="right" font-size="13px" padding="0 24px"><a class="dm-a" href="${h(model.links.web)}" style="color:${C.link};text-decoration:underline;">${h(t('digest.webVersion'))}</a></mj-text></mj-column></mj-section>`,
    `<mj-section background-color="${C.head}" padding="28px 0 24px"><mj-column>`,
    `<mj-text font-size="13px" color="${C.headMuted}" padding="0 24px 6px"><p style="margin:0;font-size:13px;font-weight:700;letter-spacing:0.06em;text-transform:uppercase;color:${C.headMuted};">${h(model.program)} · ${h(t('digest.issue', { number: model.number }))}</p></mj-text>`,
    `<mj-text padding="0 24px 8px"><h1 style="font-family:${FONT};margin:0;font-size:26px;line-height:1.25;font-weight:700;color:${C.headText};">${h(model.title)}</h1></mj-text>`,
    `<mj-text padding="0 24px"><p style="margin:0;font-size:15px;line-height:1.5;color:${C.headMuted};">${h(`${t('digest.period', { period: model.days })} · ${t('digest.entries', { count: allItems(model).length })}`)}</p></mj-text>`,
    '</mj-column></mj-section>',
  );
  if (model.intro) {
    const intro = introToHtml(parseIntro(model.intro), S).replace(/<(p|li|blockquote)( |>)/g, '<$1 class="dm-t"$2').replace(/<a /g, '<a class="dm-a" ');
    out.push(card('24px 0 4px', `<mj-text>${intro}</mj-text>`));
  }
  if (model.featured.length > 0) {
    out.push(card('12px 0 0', heading(t('digest.featured'), '12px 24px 0')));
    for (const i of model.featured) {
      out.push(
        `<mj-section css-class="dm-card" padding="12px 24px"><mj-column background-color="${C.feature}" border-left="4px solid ${C.kind[i.kind]}" padding="16px 0" css-class="dm-feature">`,
        `<mj-text padding="0 20px">${item(t, i, true)}</mj-text>`,
        `<mj-button href="${h(i.url)}" align="left" background-color="${C.link}" color="#ffffff" font-size="15px" font-weight="600" border-radius="6px" inner-padding="10px 18px" padding="4px 20px 0">${h(t('digest.readMore.about', { title: i.title }))}</mj-button>`,
        '</mj-column></mj-section>',
      );
    }
  }
  for (const section of model.sections) {
    const items = section.items.map((i) => `<mj-text>${item(t, i, false)}</mj-text>`);
    out.push(card('12px 0', heading(t(`kind.${section.kind}.plural`)) + items.join(`<mj-divider border-width="1px" border-color="${C.rule}" padding="20px 24px" />`)));
  }
  if (model.moves.length > 0) {
    const lines = model.moves.map(
      (m) => `<p class="dm-t" style="margin:0 0 8px;"><a class="dm-a"${langAttr(m.lang)} href="${h(m.url)}" style="${S.a}font-weight:600;">${h(m.title)}</a>: ${h(t('digest.move', { from: t(`ring.${m.from}`), to: t(`ring.${m.to}`) }))}</p>`,
    );
    out.push(card('12px 0', `${heading(t('digest.moves.title'))}<mj-text><p class="dm-m" style="margin:0 0 12px;font-size:15px;color:${C.muted};">${h(t('digest.moves.intro'))}</p>${lines.join('')}</mj-text>`));
  }
  out.push(
    `<mj-section background-color="${C.page}" css-class="dm-page" padding="20px 0 32px"><mj-column><mj-text align="center" font-size="13px" color="${C.muted}">`,
    `<p class="dm-m" style="margin:0 0 8px;font-size:13px;line-height:1.5;color:${C.muted};">${h(t('digest.footer.about', { program: model.program }))}</p>`,
    `<p style="margin:0;font-size:13px;line-height:1.5;"><a class="dm-a" href="${h(model.links.archive)}" style="${S.a}">${h(t('digest.footer.archive'))}</a> · <a class="dm-a" href="${h(model.links.contribute)}" style="${S.a}">${h(t('digest.footer.contribute'))}</a></p>`,
    '</mj-text></mj-column></mj-section>',
    '</mj-body>',
    '</mjml>',
  );
  return out.join('\n');
}

/** Gmail clips messages above 102 KB (its own count, in kilobytes of 1024 bytes). */
export const GMAIL_CLIP_BYTES = 102 * 1024;

/** MJML to email HTML. Strict validation: an MJML mistake is a bug here, so it fails loudly. */
export async function renderHtml(model: DigestModel): Promise<string> {
  const result = await mjml2html(renderMjml(model), { validationLevel: 'strict', keepComments: true, fonts: {} });
  if (result.errors.length > 0) throw new Error(`MJML: ${result.errors.map((e) => e.formattedMessage).join('; ')}`);
  // Indentation is whitespace next to a line break, which HTML collapses anyway: dropping it keeps the message small.
  return `${result.html.split('\n').map((l) => l.trim()).filter((l) => l !== '').join('\n')}\n`;
}
