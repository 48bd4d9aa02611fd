/**
 * Starts Decap CMS on `/admin/` with the configuration the page generated from the
 * schemas, our file formats, the MDX body field and the entry preview.
 */
import CMS from 'decap-cms-app';
import adminCss from './admin.css?inline';
import { FORMATS, glossaryHeader, readFile, readGlossary, writeFile, writeGlossary, type FormatSpec } from '../../lib/editor/formats.ts';
import type { EditorPageData } from '../../lib/editor/page-data.ts';
import { MdxControl, MdxPreview } from './mdx-widget.ts';
import { EntryPreview } from './entry-preview.ts';
import { LOCAL_BACKEND_PATH } from '../../lib/editor/paths.ts';
import { SLUG_KEY, fileSlug } from '../../lib/editor/slug.ts';

type PageData = EditorPageData & { strings: Record<string, string> };

// Contrast fixes for Decap's own UI (a style element: the bundle ships no separate stylesheet).
document.head.append(Object.assign(document.createElement('style'), { textContent: adminCss }));

const data = JSON.parse(document.getElementById('editor-data')!.textContent!) as PageData;
const specs = data.specs as unknown as Record<'entries' | 'mentors' | 'paths' | 'glossary', FormatSpec>;

for (const [collection, extension] of [['entries', 'mdx'], ['mentors', 'md'], ['paths', 'yaml']] as const) {
  CMS.registerCustomFormat(FORMATS[collection], extension, {
    fromFile: (text: string) => readFile(text, specs[collection]),
    toFile: (value: Record<string, unknown>) => writeFile(value, specs[collection]),
  });
}

// One glossary file: its comment header is kept from the last read.
let header = '';
CMS.registerCustomFormat(FORMATS.glossary, 'yaml', {
  fromFile: (text: string) => {
    header = glossaryHeader(text);
    return readGlossary(text);
  },
  toFile: (value: Record<string, unknown>) => writeGlossary(value, specs.glossary.fields, header),
});

// New items are named by the library's slug rule (ü → ue), not Decap's (ü → u): see src/lib/editor/slug.ts.
const identifiers = new Map((data.config.collections as { name: string; identifier_field?: string }[]).map((c) => [c.name, c.identifier_field]));
CMS.registerEventListener({
  name: 'preSave',
  handler: ({ entry }) => {
    const field = identifiers.get(entry.get('collection'));
    if (!entry.get('newRecord') || !field) return undefined;
    const slug = fileSlug(entry.getIn(['data', field]));
    // Decap shows the message in its "could not save" notice and saves nothing.
    if (!slug) throw new Error(data.strings['editor.slug.empty']);
    return entry.get('data').set(SLUG_KEY, slug);
  },
});

// Decap's typings describe `field` as an Immutable Map; the widget does not read it.
CMS.registerWidget('mdx', MdxControl(data) as never, MdxPreview);
CMS.registerPreviewStyle(data.previewStyle);
CMS.registerPreviewTemplate('entries', EntryPreview(data));

// Decap's preview frame has no name; screen readers announce it by this title.
new MutationObserver(() => {
  const frame = document.getElementById('preview-pane');
  if (frame && !frame.title) frame.title = data.strings['editor.preview.title'] ?? 'Preview';
}).observe(document.body, { childList: true, subtree: true });

// `npm run edit` forwards this address to Decap's local backend; elsewhere nothing answers it and
// the configured git host is used. Decap only tries it on localhost and 127.0.0.1.
const localBackend = new URL(`${data.base}${LOCAL_BACKEND_PATH}`, location.origin).href;
// Without a git host (`npm run edit` with no EDITOR_* settings) the local backend is the only one.
const backend = data.config.backend.name === 'proxy' ? { ...data.config.backend, proxy_url: localBackend } : data.config.backend;
CMS.init({ config: { ...data.config, backend, local_backend: { url: localBackend } } as never });
