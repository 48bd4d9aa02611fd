/**
 * The Decap CMS configuration, generated from the zod schemas in `src/schemas/`
 * and never written by hand. Each schema field becomes one form field: text,
 * select, date (stored as YYYY-MM-DD), toggle, list or object; ids of tags and goals
 * become selects over the real vocabulary, mentors and related entries relations
 * over the real files. Labels come from ./labels.ts, help texts from the field
 * reference that also writes CONTRIBUTING.md's tables.
 */
import type { z } from 'astro/zod';
import { ENTRY_FIELDS, GLOSSARY_FIELDS, MENTOR_FIELDS, PATH_FIELDS, type FieldDocs } from '../field-reference.ts';
import { fieldsOf, type Shape } from '../schema-shape.ts';
import { COLLECTION_LABELS, FIELD_LABELS } from './labels.ts';
import { FORMATS } from './formats.ts';
import { SLUG_TEMPLATE } from './slug.ts';

export type Locale = 'de' | 'en';

/** A Decap field, as the CMS takes it. */
export type EditorField = {
  name: string;
  label: string;
  widget: string;
  required?: boolean;
  hint?: string;
  default?: unknown;
  [option: string]: unknown;
};

export type Vocabulary = { id: string; label: { de: string; en: string } }[];

export type BackendSettings = {
  /** The git host, or `local`: Decap's local backend only (`npm run edit` without host settings). */
  backend: 'github' | 'gitlab' | 'gitea' | 'forgejo' | 'local';
  repo: string;
  branch: string;
  apiRoot?: string;
  authUrl?: string;
  appId?: string;
};

export type EditorInput = {
  schemas: { entry: z.ZodType; mentor: z.ZodType; path: z.ZodType; glossary: z.ZodType };
  /** Real ids with labels, from `tags.yaml` and `goals.yaml`. */
  tags: Vocabulary;
  goals: Vocabulary;
  /** Labels of the fixed values (kinds, levels, rings, languages, platforms) by `group.value`. */
  valueLabel: (key: string) => string;
  locale: Locale;
  contentDir: string;
  backend: BackendSettings;
  /** Absolute site address with base path, e.g. `https://intranet.example.com/kb/`. */
  siteUrl: string;
  /** Base path of the site, e.g. `/kb/`. */
  base: string;
};

/**
 * Which vocabulary or collection an id field refers to. Every list of ids in the
 * schemas must be named here, so a new one cannot silently become free text.
 */
export const REFERENCES: Readonly<Record<string, { select: 'tags' | 'goals' } | { relation: 'entries' | 'mentors' }>> = {
  'entries.mentors': { relation: 'mentors' },
  'entries.tags': { select: 'tags' },
  'entries.goals': { select: 'goals' },
  'entries.related': { relation: 'entries' },
  'mentors.topics': { select: 'tags' },
  'paths.entries': { relation: 'entries' },
  'glossary.entries': { relation: 'entries' },
};

/** Fields whose text is a file next to the content file. */
const IMAGES = new Set(['entries.cover.src', 'mentors.avatar.src']);
/** Longer texts get a text area instead of a one-line input. */
const LONG_TEXT = 120;
/** The group a fixed value's label is found under, by the field's last name. */
const VALUE_GROUPS: Record<string, string> = { kind: 'kind', level: 'level', ring: 'ring', lang: 'lang', languages: 'lang', platforms: 'platform' };
/** Defaults the editor sets that differ from the schema's: new entries start as drafts. */
const EDITOR_DEFAULTS: Record<string, unknown> = { 'entries.draft': true };

const DAY = { widget: 'datetime', format: 'YYYY-MM-DD', date_format: 'DD.MM.YYYY', time_format: false, picker_utc: true } as const;

function label(path: string, locale: Locale): string {
  const found = FIELD_LABELS[path];
  if (!found) throw new Error(`editor: no label for ${path} in src/lib/editor/labels.ts`);
  return found[locale];
}

/** Help text: the field reference's meaning, with code marks removed (Decap shows hints as plain text). */
function hint(docs: FieldDocs | undefined, name: string, locale: Locale): string | undefined {
  const doc = docs?.[name];
  return doc ? doc[locale].replace(/`/g, '') : undefined;
}

function options(values: readonly string[], field: string, input: EditorInput) {
  const group = VALUE_GROUPS[field];
  return values.map((value) => ({ value, label: group ? input.valueLabel(`${group}.${value}`) : value }));
}

function pattern(shape: Shape, locale: Locale): [string, string] | undefined {
  if (shape.kind !== 'text' || !shape.pattern) return undefined;
  return [shape.pattern, locale === 'de' ? 'Nur Kleinbuchstaben, Ziffern und Bindestriche, z. B. voice-messages' : 'Lowercase letters, digits and hyphens only, e.g. voice-messages'];
}

function lengthHint(shape: Shape, locale: Locale): string {
  if (shape.kind !== 'text' || shape.min === undefined || shape.max === undefined) return '';
  return locale === 'de' ? ` (${shape.min}–${shape.max} Zeichen)` : ` (${shape.min}–${shape.max} characters)`;
}

/** One form field for one schema field. */
export function editorField(collection: string, path: string[], shape: Shape, input: EditorInput, docs?: FieldDocs): EditorField {
  const { locale } = input;
  const key = [collection, ...path].join('.');
  const name = path[path.length - 1]!;
  const base: EditorField = { name, label: label(key, locale), widget: 'string', required: shape.required };
  const help = path.length === 1 ? hint(docs, name, locale) : undefined;
  if (help) base.hint = help + lengthHint(shape, locale);
  const fallback = key in EDITOR_DEFAULTS ? EDITOR_DEFAULTS[key] : shape.default;
  if (fallback !== undefined && !(Array.isArray(fallback) && fallback.length === 0)) base.default = fallback;

  const reference = REFERENCES[key];
  if (shape.kind === 'list' && reference) {
    const bounds = { ...(shape.min !== undefined ? { min: shape.min } : {}), ...(shape.max !== undefined ? { max: shape.max } : {}) };
    if ('select' in reference) {
      const vocabulary = input[reference.select];
      return { ...base, widget: 'select', multiple: true, ...bounds, options: vocabulary.map((v) => ({ value: v.id, label: `${v.label[locale]} (${v.id})` })) };
    }
    const target = reference.relation;
    const display = target === 'mentors' ? 'name' : 'title';
    return { ...base, widget: 'relation', collection: target, value_field: '{{slug}}', search_fields: [display], display_fields: [display], multiple: true, ...bounds, options_length: 500 };
  }
  if (shape.kind === 'list' && shape.item.kind === 'text' && shape.item.pattern) {
    throw new Error(`editor: ${key} is a list of ids; name what it refers to in REFERENCES (src/lib/editor/config.ts)`);
  }

  switch (shape.kind) {
    case 'text': {
      if (IMAGES.has(key)) return { ...base, widget: 'image', choose_url: false };
      const widget = shape.max !== undefined && shape.max > LONG_TEXT ? 'text' : key === 'paths.description' ? 'text' : 'string';
      const p = pattern(shape, locale);
      return { ...base, widget, ...(p ? { pattern: p } : {}) };
    }
    case 'enum':
      return { ...base, widget: 'select', options: options(shape.values, name, input) };
    case 'day':
      return { ...base, ...DAY, ...(key === 'entries.published' ? { default: '{{now}}' } : {}) };
    case 'boolean':
      return { ...base, widget: 'boolean' };
    case 'object': {
      // Decap checks the parts of an optional object even when it is left empty, so they are
      // optional in the form; `npm run check` still refuses a cover without its alt text.
      const part = (s: Shape): Shape => (shape.required ? s : { ...s, required: false });
      return { ...base, widget: 'object', collapsed: !shape.required, fields: Object.entries(shape.fields).map(([sub, s]) => editorField(collection, [...path, sub], part(s), input)) };
    }
    case 'list': {
      const item = shape.item;
      if (item.kind === 'enum') return { ...base, widget: 'select', multiple: true, options: options(item.values, name, input) };
      if (item.kind === 'object') {
        const fields = Object.entries(item.fields).map(([sub, s]) => editorField(collection, [...path, sub], s, input));
        const first = fields[0]!.name;
        return { ...base, widget: 'list', collapsed: true, summary: `{{fields.${first}}}`, fields };
      }
      // A list of free words (glossary spellings): comma-separated input.
      return { ...base, widget: 'list' };
    }
  }
}

function fields(collection: string, schema: z.ZodType, input: EditorInput, docs?: FieldDocs): EditorField[] {
  return Object.entries(fieldsOf(schema)).map(([name, shape]) => editorField(collection, [name], shape, input, docs));
}

function collectionLabels(name: string, locale: Locale) {
  const [singular, plural] = COLLECTION_LABELS[name]![locale];
  return { label: plural, label_singular: singular };
}

function backendConfig(b: BackendSettings) {
  const host = b.authUrl ? { base_url: b.authUrl } : {};
  const api = b.apiRoot ? { api_root: b.apiRoot } : {};
  switch (b.backend) {
    case 'local':
      // Decap's proxy backend is what its `local_backend` switches to; the page fills in the
      // address (`<base>admin/api/v1/` on its own origin), so there is no host to sign in to.
      return { name: 'proxy', proxy_url: '' };
    case 'github':
      // GitHub and GitHub Enterprise sign in through an OAuth relay at `base_url` (`/auth`).
      return { name: 'github', repo: b.repo, branch: b.branch, ...api, ...host, auth_endpoint: 'auth' };
    case 'gitlab':
      // Self-managed GitLab: PKCE in the browser, no server of our own.
      return { name: 'gitlab', repo: b.repo, branch: b.branch, auth_type: 'pkce', ...(b.appId ? { app_id: b.appId } : {}), ...api, ...host, auth_endpoint: 'oauth/authorize' };
    case 'gitea':
    case 'forgejo':
      return { name: b.backend, repo: b.repo, branch: b.branch, ...(b.appId ? { app_id: b.appId } : {}), ...api, ...host };
  }
}

/** Covers and avatars are files next to the content file (`./tiktok.jpg`). */
const IMAGES_NEXT_TO_FILE = { media_folder: '', public_folder: './' } as const;

/** The complete configuration handed to `CMS.init({ config })`. */
export function editorConfig(input: EditorInput) {
  const { locale, contentDir, schemas } = input;
  const dir = contentDir.replace(/\/+$/, '');
  /** One file per item in `content/<name>/`, its name made from the identifier field (./slug.ts). */
  const folder = (name: 'entries' | 'mentors' | 'paths', extension: string, identifier: string, formFields: EditorField[]) => ({
    name,
    ...collectionLabels(name, locale),
    folder: `${dir}/${name}`,
    extension,
    format: FORMATS[name],
    create: true,
    slug: SLUG_TEMPLATE,
    identifier_field: identifier,
    summary: `{{${identifier}}}`,
    fields: formFields,
  });
  return {
    load_config_file: false,
    locale,
    backend: backendConfig(input.backend),
    publish_mode: 'editorial_workflow',
    site_url: input.siteUrl,
    display_url: input.siteUrl,
    media_folder: `${dir}/entries`,
    public_folder: './',
    slug: { encoding: 'ascii', clean_accents: true, sanitize_replacement: '-' },
    collections: [
      {
        ...folder('entries', 'mdx', 'title', [...fields('entries', schemas.entry, input, ENTRY_FIELDS), { name: 'body', label: label('entries.body', locale), widget: 'mdx', required: true }]),
        ...IMAGES_NEXT_TO_FILE,
        sortable_fields: ['title', 'published'],
        preview_path: `${input.base.replace(/^\//, '')}entries/{{slug}}/`,
      },
      {
        ...folder('mentors', 'md', 'name', [...fields('mentors', schemas.mentor, input, MENTOR_FIELDS), { name: 'body', label: label('mentors.body', locale), widget: 'text', required: false }]),
        ...IMAGES_NEXT_TO_FILE,
      },
      folder('paths', 'yaml', 'title', fields('paths', schemas.path, input, PATH_FIELDS)),
      {
        name: 'glossary',
        ...collectionLabels('glossary', locale),
        files: [
          {
            name: 'glossary',
            ...collectionLabels('glossary', locale),
            file: `${dir}/glossary.yaml`,
            format: FORMATS.glossary,
            fields: [
              {
                name: 'terms',
                label: collectionLabels('glossary', locale).label,
                widget: 'list',
                collapsed: true,
                summary: '{{fields.term}}',
                fields: fields('glossary', schemas.glossary, input, GLOSSARY_FIELDS),
              },
            ],
          },
        ],
      },
    ],
  };
}

export type EditorConfig = ReturnType<typeof editorConfig>;
