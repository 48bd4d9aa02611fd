/**
 * The four MDX components an entry body may use (`TryIt`, `Callout`, `Quote`,
 * `Video`), as the editor offers them: a small form per component and the MDX it
 * inserts. The text is written the way the sample entries write it (a blank line
 * inside the tags, so the content stays Markdown), so the body rules accept it.
 * Also: finding the components again in a body, for the preview.
 */
export type Locale = 'de' | 'en';
export type ComponentName = 'TryIt' | 'Callout' | 'Quote' | 'Video';
export type FormField = {
  name: string;
  label: { de: string; en: string };
  kind: 'line' | 'lines' | 'choice';
  required?: boolean;
  choices?: readonly string[];
  placeholder?: { de: string; en: string };
};
export type ComponentForm = { name: ComponentName; label: { de: string; en: string }; fields: readonly FormField[] };

export const CALLOUT_TYPES = ['tip', 'note', 'warning'] as const;

export const COMPONENT_FORMS: readonly ComponentForm[] = [
  {
    name: 'TryIt',
    label: { de: 'Selbst ausprobieren', en: 'Try it yourself' },
    fields: [
      { name: 'title', label: { de: 'Überschrift (optional)', en: 'Heading (optional)' }, kind: 'line' },
      { name: 'steps', label: { de: 'Schritte, einer pro Zeile', en: 'Steps, one per line' }, kind: 'lines', required: true },
    ],
  },
  {
    name: 'Callout',
    label: { de: 'Hinweis', en: 'Callout' },
    fields: [
      { name: 'type', label: { de: 'Art', en: 'Type' }, kind: 'choice', choices: CALLOUT_TYPES, required: true },
      { name: 'title', label: { de: 'Überschrift (optional)', en: 'Heading (optional)' }, kind: 'line' },
      { name: 'text', label: { de: 'Text', en: 'Text' }, kind: 'lines', required: true },
    ],
  },
  {
    name: 'Quote',
    label: { de: 'Zitat', en: 'Quote' },
    fields: [
      { name: 'text', label: { de: 'Zitat', en: 'Quote' }, kind: 'lines', required: true },
      { name: 'by', label: { de: 'Von wem (Name, Rolle)', en: 'By (name, role)' }, kind: 'line' },
    ],
  },
  {
    name: 'Video',
    label: { de: 'Video', en: 'Video' },
    fields: [
      { name: 'url', label: { de: 'Einbettungs-Adresse (https://…)', en: 'Embed address (https://…)' }, kind: 'line', required: true, placeholder: { de: 'https://www.youtube-nocookie.com/embed/…', en: 'https://www.youtube-nocookie.com/embed/…' } },
      { name: 'title', label: { de: 'Titel des Videos', en: 'Video title' }, kind: 'line', required: true },
    ],
  },
];

export type Values = Record<string, string>;

/** An attribute value in quotes MDX reads back unchanged (JSX strings have no escapes). */
export function attribute(name: string, value: string): string {
  const flat = value.replace(/\s+/g, ' ').trim();
  if (!flat.includes('"')) return ` ${name}="${flat}"`;
  if (!flat.includes("'")) return ` ${name}='${flat}'`;
  return ` ${name}="${flat.replace(/"/g, '”')}"`;
}

/** What is missing or wrong in a form, as messages for the user; empty when it can be inserted. */
export function formProblems(form: ComponentForm, values: Values, locale: Locale): string[] {
  const problems: string[] = [];
  for (const field of form.fields) {
    const value = (values[field.name] ?? '').trim();
    if (field.required && !value) problems.push(locale === 'de' ? `„${field.label.de}“ fehlt.` : `“${field.label.en}” is missing.`);
  }
  if (form.name === 'Video' && values.url && !/^https:\/\/[^\s"']+$/.test(values.url.trim())) {
    problems.push(locale === 'de' ? 'Die Video-Adresse muss mit https:// beginnen.' : 'The video address must start with https://.');
  }
  return problems;
}

/** Body lines with `\r` and surrounding blank lines removed. */
const lines = (text = '') => text.replace(/\r/g, '').split('\n').map((l) => l.trimEnd()).join('\n').trim();

/** The MDX one form inserts, without surrounding blank lines. */
export function componentMdx(name: ComponentName, values: Values): string {
  switch (name) {
    case 'TryIt': {
      const steps = lines(values.steps).split('\n').map((s) => s.replace(/^\s*(?:\d+[.)]|[-*])\s*/, '').trim()).filter(Boolean);
      const title = values.title?.trim() ? attribute('title', values.title) : '';
      return `<TryIt${title}>\n\n${steps.map((s, i) => `${i + 1}. ${s}`).join('\n')}\n\n</TryIt>`;
    }
    case 'Callout': {
      const type = (CALLOUT_TYPES as readonly string[]).includes(values.type ?? '') ? values.type! : 'note';
      const title = values.title?.trim() ? attribute('title', values.title) : '';
      return `<Callout type="${type}"${title}>\n\n${lines(values.text)}\n\n</Callout>`;
    }
    case 'Quote': {
      const by = values.by?.trim() ? attribute('by', values.by) : '';
      return `<Quote${by}>\n\n${lines(values.text)}\n\n</Quote>`;
    }
    case 'Video':
      return `<Video${attribute('url', values.url ?? '')}${attribute('title', values.title ?? '')} />`;
  }
}

/** The body with `snippet` put in at `at`, as its own block (blank lines around it). */
export function insertBlock(body: string, at: number, snippet: string): { body: string; cursor: number } {
  const before = body.slice(0, at).replace(/\s+$/, '');
  const after = body.slice(at).replace(/^\s+/, '');
  const head = before ? `${before}\n\n` : '';
  const next = `${head}${snippet}\n\n${after}`.replace(/\n+$/, '\n');
  return { body: next, cursor: head.length + snippet.length };
}

export type Segment = { kind: 'markdown'; text: string } | { kind: ComponentName; attributes: Values; text: string };

const ATTRIBUTE = /(\w+)=(?:"([^"]*)"|'([^']*)')/g;
const BLOCK = /<(TryIt|Callout|Quote)((?:\s+\w+=(?:"[^"]*"|'[^']*'))*)\s*>([\s\S]*?)<\/\1>|<Video((?:\s+\w+=(?:"[^"]*"|'[^']*'))*)\s*\/>/g;

function attributes(source = ''): Values {
  return Object.fromEntries([...source.matchAll(ATTRIBUTE)].map((m) => [m[1]!, m[2] ?? m[3] ?? '']));
}

/** Splits a body into Markdown and our components (not nested), for the preview. */
export function segments(body: string): Segment[] {
  const out: Segment[] = [];
  let last = 0;
  for (const match of body.matchAll(BLOCK)) {
    if (match.index > last) out.push({ kind: 'markdown', text: body.slice(last, match.index) });
    if (match[1]) out.push({ kind: match[1] as ComponentName, attributes: attributes(match[2]), text: match[3]!.trim() });
    else out.push({ kind: 'Video', attributes: attributes(match[4]), text: '' });
    last = match.index + match[0].length;
  }
  if (last < body.length) out.push({ kind: 'markdown', text: body.slice(last) });
  return out.filter((s) => s.kind !== 'markdown' || s.text.trim());
}
