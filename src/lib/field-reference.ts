/**
 * The mentors' field reference, generated from the zod schemas. What a field
 * accepts (required or not, allowed values, lengths, defaults, sub-fields) is read
 * from the schema itself; what it means is kept in the tables below, one row per
 * field in German and English. A schema field without a row, or a row without a
 * field, is drift: `fieldReference` refuses to run and the test
 * tests/unit/contribute/field-reference.test.ts fails until both agree again.
 * CONTRIBUTING.md embeds the generated tables between markers;
 * `node scripts/field-reference.ts` rewrites them.
 */
import { z } from 'astro/zod';
import { isDay, objectOf, schemaFields } from './schema-shape.ts';

export type Lang = 'de' | 'en';
/** What a field means, in both languages; `example` is shown as code. */
export type FieldDoc = { de: string; en: string; example?: string };
export type FieldDocs = Readonly<Record<string, FieldDoc>>;

/** Front matter of `content/entries/<slug>.mdx` (src/schemas/entry.ts). */
export const ENTRY_FIELDS: FieldDocs = {
  title: { de: 'Name des Eintrags, so wie Kolleg:innen ihn suchen würden.', en: 'The entry’s name, the way colleagues would search for it.', example: 'Sprachnachrichten statt Anrufe' },
  summary: { de: 'Ein bis zwei Sätze: was es ist und warum es uns betrifft. Erscheint auf Karten, in der Suche und im Newsletter.', en: 'One or two sentences: what it is and why it concerns us. Shown on cards, in search results and in the newsletter.' },
  kind: { de: 'Art des Eintrags: eine App, ein Trend oder ein Wert.', en: 'What the entry is about: an app, a trend or a value.', example: 'app' },
  lang: { de: 'Sprache des Textes. Ohne Angabe gilt die Sprache der Website.', en: 'Language of the text. Without it, the site’s language applies.', example: 'de' },
  mentors: { de: 'Wer den Eintrag geschrieben hat: Dateinamen aus `content/mentors/` ohne Endung.', en: 'Who wrote the entry: file names from `content/mentors/` without extension.', example: '[lena-hoffmann]' },
  published: { de: 'Tag der ersten Veröffentlichung.', en: 'Day of first publication.', example: '2026-03-14' },
  updated: { de: 'Tag der letzten inhaltlichen Überarbeitung; nicht vor `published`.', en: 'Day of the last substantial update; not before `published`.', example: '2026-09-01' },
  review: { de: 'Bis wann der Eintrag wieder geprüft werden soll. Standard: das spätere von `published`/`updated` plus 180 Tage (Apps, Trends) oder 365 Tage (Werte).', en: 'When the entry should be checked again. Default: the later of `published`/`updated` plus 180 days (apps, trends) or 365 days (values).', example: '2027-03-01' },
  tags: { de: 'Themen aus `content/tags.yaml`.', en: 'Topics from `content/tags.yaml`.', example: '[messenger, voice-messages]' },
  goals: { de: 'Unternehmensziele aus `content/goals.yaml`, zu denen der Eintrag beiträgt.', en: 'Company goals from `content/goals.yaml` the entry serves.', example: '[recruiting]' },
  level: { de: 'Für welche digitale Erfahrung der Führungskraft der Eintrag passt.', en: 'The executive’s digital experience level the entry suits.', example: 'starter' },
  ring: { de: 'Wo es bei der Gen Z gerade steht: von `everyday` (Alltag) bis `fading` (auf dem Rückzug).', en: 'Where it stands among Gen Z now: from `everyday` to `fading`.', example: 'rising' },
  history: { de: 'Frühere Ringe, älteste zuerst, alle vor heute.', en: 'Earlier rings, oldest first, all before today.', example: '- { date: 2024-05-01, ring: niche }' },
  platforms: { de: 'Wo eine App läuft.', en: 'Where an app runs.', example: '[ios, android]' },
  links: { de: 'Weiterführende Links; `url` beginnt mit `https://`.', en: 'Further reading; `url` starts with `https://`.', example: '- { title: "Hilfe-Center", url: "https://…" }' },
  sources: { de: 'Woher Zahlen im Text stammen; jede Zahl braucht eine Quelle. `accessed` ist der Tag, an dem du sie gelesen hast.', en: 'Where figures in the text come from; every figure needs one. `accessed` is the day you read it.', example: '- { title: "Studie …", url: "https://…", accessed: 2026-03-01 }' },
  cover: { de: 'Titelbild: eine Bilddatei neben dem Eintrag und ein Alternativtext, der beschreibt, was zu sehen ist.', en: 'Cover image: an image file next to the entry and an alt text describing what it shows.', example: '{ src: "./tiktok.jpg", alt: "…" }' },
  related: { de: 'Verwandte Einträge (Dateinamen ohne Endung); nicht der Eintrag selbst.', en: 'Related entries (file names without extension); not the entry itself.', example: '[signal, whatsapp-kanaele]' },
  translationOf: { de: 'Übersetzung eines Eintrags: der Dateiname des Originals in der anderen Sprache (`lang` muss sich unterscheiden). Beide Einträge verweisen dann aufeinander, der Sprachwechsel führt zur Übersetzung.', en: 'Translation of an entry: the file name of the original in the other language (`lang` must differ). The two entries then link each other, and the language switch leads to the translation.', example: 'sprachnachrichten' },
  featured: { de: 'Zuerst auf der Startseite und im Newsletter zeigen.', en: 'Show first on the home page and in the newsletter.', example: 'true' },
  draft: { de: 'Mit `true` erscheint der Eintrag nur in der Vorschau (`npm run dev`), nicht auf der Website. Vor dem Zusammenführen auf `false` setzen oder löschen.', en: 'With `true` the entry appears only in the preview (`npm run dev`), not on the site. Set to `false` or remove before merging.', example: 'true' },
};

/** Front matter of `content/mentors/<id>.md` (src/schemas/mentor.ts). */
export const MENTOR_FIELDS: FieldDocs = {
  name: { de: 'Vollständiger Name, wie Kolleg:innen dich kennen.', en: 'Full name as colleagues know you.', example: 'Lena Hoffmann' },
  role: { de: 'Deine Rolle im Unternehmen.', en: 'Your role in the company.', example: 'Werkstudentin Marketing' },
  team: { de: 'Team oder Abteilung.', en: 'Team or department.', example: 'Marketing & Kommunikation' },
  since: { de: 'Seit wann du im Programm bist.', en: 'When you joined the program.', example: '2025-02-01' },
  languages: { de: 'Sprachen, in denen du mentorst.', en: 'Languages you mentor in.', example: '[de, en]' },
  topics: { de: 'Deine Lieblingsthemen aus `content/tags.yaml`.', en: 'Your favourite topics from `content/tags.yaml`.', example: '[short-video, privacy]' },
  avatar: { de: 'Profilbild neben der Datei und sein Alternativtext.', en: 'Profile picture next to the file and its alt text.', example: '{ src: "./lena.jpg", alt: "…" }' },
  contact: { de: 'Intranet-Handle oder Adresse.', en: 'Intranet handle or address.', example: '@lena.hoffmann' },
  active: { de: '`false`, wenn du das Programm verlassen hast; deine Einträge bleiben.', en: '`false` when you have left the program; your entries stay.', example: 'false' },
};

/** A learning path, `content/paths/<id>.yaml` (src/schemas/path.ts). Help texts in the editor; drift: tests/unit/editor/drift.test.ts. */
export const PATH_FIELDS: FieldDocs = {
  title: { de: 'Name des Lernpfads.', en: 'The learning path’s name.', example: 'Erste Schritte' },
  description: { de: 'Zwei, drei Sätze: für wen der Pfad ist und was man danach kann.', en: 'Two or three sentences: who the path is for and what they will be able to do.' },
  level: { de: 'Für welche digitale Erfahrung der Pfad gedacht ist.', en: 'The digital experience level the path meets.', example: 'starter' },
  entries: { de: 'Die Einträge in Lesereihenfolge.', en: 'The entries in reading order.', example: '[whatsapp-kanaele, sprachnachrichten]' },
  lang: { de: 'Sprache der Texte. Ohne Angabe gilt die Sprache der Website.', en: 'Language of the texts. Without it, the site’s language applies.', example: 'de' },
};

/** One term of `content/glossary.yaml` (src/schemas/glossary.ts). Help texts in the editor; drift: tests/unit/editor/drift.test.ts. */
export const GLOSSARY_FIELDS: FieldDocs = {
  id: { de: 'Kennung: Kleinbuchstaben, Ziffern und Bindestriche.', en: 'Id: lowercase letters, digits and hyphens.', example: 'cringe' },
  term: { de: 'Das Wort, so wie man es im Chat liest.', en: 'The word as you meet it in a chat.', example: 'cringe' },
  aka: { de: 'Andere Schreibweisen und Synonyme. Klein geschrieben passen sie in jeder Schreibung.', en: 'Other spellings and synonyms. Written in lower case, they match in any case.', example: '[cringy, Cringe-Moment]' },
  meaning: { de: 'Was es bedeutet, auf Deutsch und auf Englisch.', en: 'What it means, in German and in English.' },
  example: { de: 'Ein Satz, wie er in einem Chat stehen könnte.', en: 'A sentence as it would appear in a chat.' },
  entries: { de: 'Einträge, in denen der Begriff wichtig ist.', en: 'Entries where the term matters.', example: '[tiktok]' },
};

type Json = {
  type?: string;
  enum?: readonly unknown[];
  minLength?: number;
  maxLength?: number;
  minItems?: number;
  maxItems?: number;
  format?: string;
  pattern?: string;
  default?: unknown;
  items?: Json;
  properties?: Record<string, Json>;
  required?: readonly string[];
};
export type Drift = { undocumented: string[]; unknown: string[] };

/** Fields the schema has but the table lacks, and rows for fields the schema no longer has. */
export function referenceDrift(schema: z.ZodType, docs: FieldDocs): Drift {
  const fields = schemaFields(schema);
  return {
    undocumented: fields.filter((f) => !(f in docs)),
    unknown: Object.keys(docs).filter((f) => !fields.includes(f)),
  };
}

const words = {
  de: {
    head: '| Feld | Pflicht | Werte | Bedeutung |',
    yes: 'ja', no: 'nein', byDefault: 'Standard',
    text: 'Text', chars: 'Zeichen', notEmpty: 'nicht leer', url: 'URL mit http(s)', date: 'Datum JJJJ-MM-TT',
    bool: '`true` oder `false`', ids: 'Liste von IDs', listOf: 'Liste aus', list: 'Liste von', atLeast: 'mind.', atMost: 'höchstens',
    example: 'Beispiel', object: 'Objekt',
  },
  en: {
    head: '| Field | Required | Values | Meaning |',
    yes: 'yes', no: 'no', byDefault: 'default',
    text: 'text', chars: 'characters', notEmpty: 'not empty', url: 'http(s) URL', date: 'date YYYY-MM-DD',
    bool: '`true` or `false`', ids: 'list of ids', listOf: 'list of', list: 'list of', atLeast: 'at least', atMost: 'at most',
    example: 'Example', object: 'object',
  },
} as const;

const code = (v: unknown) => `\`${String(v)}\``;

function count(json: Json, w: (typeof words)[Lang]): string {
  const { minItems: min, maxItems: max } = json;
  if (min !== undefined && max !== undefined) return ` (${min}–${max})`;
  if (min !== undefined) return ` (${w.atLeast} ${min})`;
  if (max !== undefined) return ` (${w.atMost} ${max})`;
  return '';
}

function keys(json: Json): string {
  const props = Object.keys(json.properties ?? {});
  return `\`{ ${props.map((p) => (json.required?.includes(p) ? p : `${p}?`)).join(', ')} }\``;
}

function values(json: Json, schema: z.ZodType, w: (typeof words)[Lang]): string {
  if (isDay(schema)) return w.date;
  if (json.enum) return json.enum.map(code).join(', ');
  switch (json.type) {
    case 'boolean': return w.bool;
    case 'object': return keys(json);
    case 'string':
      if (json.format === 'uri') return w.url;
      if (json.minLength !== undefined && json.maxLength !== undefined) return `${w.text}, ${json.minLength}–${json.maxLength} ${w.chars}`;
      return json.minLength ? `${w.text}, ${w.notEmpty}` : w.text;
    case 'array': {
      const items = json.items ?? {};
      if (items.enum) return `${w.listOf} ${items.enum.map(code).join(', ')}${count(json, w)}`;
      if (items.type === 'object') return `${w.list} ${keys(items)}${count(json, w)}`;
      if (items.pattern) return `${w.ids}${count(json, w)}`;
      return `${w.list} ${w.text}${count(json, w)}`;
    }
    default: return '';
  }
}

const cell = (s: string) => s.replace(/\|/g, '\\|').replace(/\n/g, ' ');

/** The Markdown table for one schema in one language; throws on drift so nothing half-true is printed. */
export function fieldReference(schema: z.ZodType, docs: FieldDocs, lang: Lang): string {
  const drift = referenceDrift(schema, docs);
  if (drift.undocumented.length || drift.unknown.length) {
    const parts = [
      drift.undocumented.length ? `schema fields without a reference row: ${drift.undocumented.join(', ')}` : '',
      drift.unknown.length ? `reference rows without a schema field: ${drift.unknown.join(', ')}` : '',
    ].filter(Boolean);
    throw new Error(`field reference out of date (src/lib/field-reference.ts): ${parts.join('; ')}`);
  }
  const w = words[lang];
  const object = objectOf(schema);
  const json = z.toJSONSchema(object, { io: 'input', unrepresentable: 'any' }) as Json;
  const rows = schemaFields(schema).map((field) => {
    const prop = json.properties?.[field] ?? {};
    const required = json.required?.includes(field);
    const fallback = prop.default;
    const shownDefault = fallback !== undefined && !(Array.isArray(fallback) && fallback.length === 0) ? ` (${w.byDefault} ${code(JSON.stringify(fallback))})` : '';
    const doc = docs[field]!;
    const example = doc.example ? ` ${w.example}: ${code(doc.example)}` : '';
    return `| ${cell(code(field))} | ${required ? w.yes : `${w.no}${shownDefault}`} | ${cell(values(prop, object.shape[field] as z.ZodType, w))} | ${cell(`${doc[lang]}${example}`)} |`;
  });
  return [w.head, '| --- | --- | --- | --- |', ...rows].join('\n');
}

/**
 * A table wider than a phone scrolls inside its own box instead of widening the
 * page; the box is focusable and named so keyboard and screen-reader users can
 * scroll it too (`.table-scroll` in the site's stylesheet: a class, since the site's
 * Content-Security-Policy allows no `style` attribute). GitHub drops the attributes
 * and shows the plain table.
 */
export function scrollable(table: string, label: string): string {
  return `<div role="region" aria-label="${label}" tabindex="0" class="table-scroll">\n\n${table}\n\n</div>`;
}

/** The generated blocks CONTRIBUTING.md embeds, by marker name. */
export function referenceBlocks(schemas: { entry: z.ZodType; mentor: z.ZodType }): Record<string, string> {
  return {
    'entry:de': scrollable(fieldReference(schemas.entry, ENTRY_FIELDS, 'de'), 'Feldreferenz: Einträge'),
    'entry:en': scrollable(fieldReference(schemas.entry, ENTRY_FIELDS, 'en'), 'Field reference: entries'),
    'mentor:de': scrollable(fieldReference(schemas.mentor, MENTOR_FIELDS, 'de'), 'Feldreferenz: Mentor:innen-Profil'),
    'mentor:en': scrollable(fieldReference(schemas.mentor, MENTOR_FIELDS, 'en'), 'Field reference: mentor profile'),
  };
}

const marker = (name: string, end = false) => `<!-- field-reference:${name}${end ? ':end' : ''} -->`;

/**
 * Replaces each `<!-- field-reference:NAME -->…<!-- field-reference:NAME:end -->`
 * block with its generated table. A missing marker is an error, so a guide
 * cannot silently lose its reference.
 */
export function embedReference(markdown: string, blocks: Record<string, string>): string {
  let out = markdown;
  for (const [name, table] of Object.entries(blocks)) {
    const start = out.indexOf(marker(name));
    const end = out.indexOf(marker(name, true));
    if (start < 0 || end < start) throw new Error(`expected the markers ${marker(name)} and ${marker(name, true)} in the guide, found none`);
    out = `${out.slice(0, start)}${marker(name)}\n\n${table}\n\n${out.slice(end)}`;
  }
  return out;
}
