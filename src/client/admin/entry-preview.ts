/**
 * The preview pane for entries: title, summary, facts and the body with our four
 * components, drawn with the same classes as the entry page (src/components/
 * EntryArticle.astro and src/components/mdx/) and the site's stylesheet, so it
 * looks close to the published page. Markdown becomes HTML with Decap's own
 * converter (already in the bundle); the page's CSP keeps any script in it from running.
 */
import { createElement as h, type ReactNode } from 'react';
import { markdownToHtml } from 'decap-cms-widget-markdown/dist/esm/serializers/index.js';
import { segments, type Segment } from '../../lib/editor/components.ts';

type Option = { value: string; label: string };
type Data = { locale: 'de' | 'en'; strings: Record<string, string>; config: { collections: readonly unknown[] } };
type Immutable = { getIn: (path: string[]) => unknown; toJS?: () => unknown };
/** `fieldsMetaData`: what Decap's relation widgets know about the items they point to, by field, collection and id. */
type PreviewProps = { entry: Immutable; fieldsMetaData?: Immutable };

const html = (markdown: string) => ({ __html: markdownToHtml(markdown) as string });
const TONES: Record<string, string> = {
  tip: 'border-blue-600 bg-blue-50 dark:bg-blue-950/40',
  note: 'border-slate-500 bg-slate-50 dark:bg-slate-900',
  warning: 'border-amber-600 bg-amber-50 dark:bg-amber-950/40',
};
const CALLOUT_TITLES: Record<string, Record<string, string>> = {
  de: { tip: 'Tipp', note: 'Hinweis', warning: 'Achtung' },
  en: { tip: 'Tip', note: 'Note', warning: 'Warning' },
};

function block(segment: Segment, index: number, locale: 'de' | 'en'): ReactNode {
  const inner = h('div', { className: 'mt-2 [&>:first-child]:mt-0 [&>:last-child]:mb-0', dangerouslySetInnerHTML: html(segment.text) });
  switch (segment.kind) {
    case 'markdown':
      return h('div', { key: index, dangerouslySetInnerHTML: html(segment.text) });
    case 'TryIt':
      return h(
        'aside',
        { key: index, className: 'my-8 rounded-xl border-2 border-emerald-600/40 bg-emerald-50 p-5 dark:border-emerald-400/40 dark:bg-emerald-950/40', 'data-preview': 'TryIt' },
        h('p', { className: '!mt-0 flex items-center gap-2 font-semibold text-emerald-900 dark:text-emerald-100' }, segment.attributes.title ?? (locale === 'de' ? 'Selbst ausprobieren' : 'Try it yourself')),
        inner,
      );
    case 'Callout': {
      const type = segment.attributes.type ?? 'note';
      return h(
        'aside',
        { key: index, className: `my-6 rounded-r-lg border-l-4 p-4 ${TONES[type] ?? TONES.note}`, 'data-preview': 'Callout' },
        h('p', { className: '!my-0 font-semibold' }, segment.attributes.title ?? CALLOUT_TITLES[locale]![type] ?? type),
        inner,
      );
    }
    case 'Quote':
      return h(
        'figure',
        { key: index, className: 'my-8 border-l-4 border-brand-600 pl-5 dark:border-brand-300', 'data-preview': 'Quote' },
        h('blockquote', { className: '!m-0 !border-0 !p-0 text-lg text-slate-800 italic dark:text-slate-200', dangerouslySetInnerHTML: html(segment.text) }),
        segment.attributes.by && h('figcaption', { className: '!mt-2 text-sm text-slate-600 dark:text-slate-400' }, `— ${segment.attributes.by}`),
      );
    case 'Video':
      // Like the site's two-click video: nothing is loaded from the provider here either.
      return h(
        'figure',
        { key: index, className: 'not-prose my-8', 'data-preview': 'Video' },
        h('div', { className: 'flex aspect-video flex-col items-center justify-center gap-3 rounded-xl bg-slate-800 p-6 text-center text-white' }, h('p', { className: 'font-semibold' }, segment.attributes.title ?? ''), h('p', { className: 'max-w-md text-sm text-slate-200' }, segment.attributes.url ?? '')),
      );
  }
}

/** Labels of the fixed values (kind, level, ring) from the generated form fields. */
function valueLabels(data: Data): Map<string, string> {
  const entries = data.config.collections[0] as { fields: { name: string; options?: Option[] | string[] }[] };
  return new Map(entries.fields.flatMap((f) => (f.options ?? []).flatMap((o) => (typeof o === 'object' ? [[`${f.name}.${o.value}`, o.label] as const] : []))));
}

export function EntryPreview(data: Data) {
  const { locale } = data;
  const labels = valueLabels(data);
  return function Preview({ entry, fieldsMetaData }: PreviewProps) {
    const get = (key: string) => entry.getIn(['data', key]);
    const list = (key: string) => {
      const value = get(key) as { toJS?: () => unknown } | unknown[] | undefined;
      const plain = value && typeof value === 'object' && 'toJS' in value && value.toJS ? value.toJS() : value;
      return Array.isArray(plain) ? (plain as string[]) : [];
    };
    const body = String(get('body') ?? '');
    return h(
      'article',
      { className: 'container-page py-8', lang: String(get('lang') ?? locale) },
      h(
        'header',
        { className: 'mx-auto max-w-5xl' },
        h('p', { className: 'text-sm text-slate-600 dark:text-slate-400' }, (['kind', 'level', 'ring'] as const).map((k) => get(k) && (labels.get(`${k}.${String(get(k))}`) ?? String(get(k)))).filter(Boolean).join(' · ')),
        h('h1', { className: 'heading-1 mt-3 max-w-3xl' }, String(get('title') ?? '')),
        h('p', { className: 'lead' }, String(get('summary') ?? '')),
        list('mentors').length > 0 && h('p', { className: 'mt-4 text-sm text-slate-600 dark:text-slate-400' }, `${data.strings['editor.preview.mentors']} ${list('mentors').map((id) => String(fieldsMetaData?.getIn(['mentors', 'mentors', id, 'name']) ?? id)).join(', ')}`),
      ),
      h(
        'div',
        { className: 'mx-auto mt-8 max-w-5xl' },
        h(
          'div',
          { className: 'prose prose-slate max-w-none prose-headings:scroll-mt-20 prose-a:text-brand-700 dark:prose-invert dark:prose-a:text-brand-300' },
          segments(body).map((s, i) => block(s, i, locale)),
        ),
      ),
    );
  };
}
