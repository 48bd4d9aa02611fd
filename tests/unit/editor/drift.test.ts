/**
 * The editor's forms and the zod schemas must list the same fields: a schema
 * field without a form field (or a form field the schema does not know) fails here.
 */
import { describe, expect, it } from 'vitest';
import { z } from 'astro/zod';
import { editorConfig, type EditorField } from '../../../src/lib/editor/config.ts';
import { input, schemas } from './input.ts';
import { FIELD_LABELS } from '../../../src/lib/editor/labels.ts';
import { mentorSchema } from '../../../src/schemas/mentor.ts';
import { ENTRY_FIELDS, GLOSSARY_FIELDS, MENTOR_FIELDS, PATH_FIELDS, referenceDrift } from '../../../src/lib/field-reference.ts';

type JsonSchema = { type?: string | string[]; properties?: Record<string, JsonSchema>; items?: JsonSchema; anyOf?: JsonSchema[] };

/**
 * Every field path of a schema, nested objects and list items included (`links.url`),
 * read through zod's public JSON Schema export: an oracle apart from
 * src/lib/schema-shape.ts, which the forms are built from.
 */
function schemaPaths(schema: z.ZodType): string[] {
  const walk = (node: JsonSchema, prefix: string): string[] => {
    const object = [node, ...(node.anyOf ?? [])].find((n) => n.properties) ?? (node.items ? [node.items, ...(node.items.anyOf ?? [])].find((n) => n.properties) : undefined);
    return Object.entries(object?.properties ?? {}).flatMap(([name, child]) => [`${prefix}${name}`, ...walk(child, `${prefix}${name}.`)]);
  };
  return walk(z.toJSONSchema(schema, { io: 'input', unrepresentable: 'any' }) as JsonSchema, '');
}
function formPaths(fields: EditorField[], prefix = ''): string[] {
  return fields.flatMap((f) => [`${prefix}${f.name}`, ...(Array.isArray(f.fields) ? formPaths(f.fields as EditorField[], `${prefix}${f.name}.`) : [])]);
}

const config = editorConfig(input());
const collection = (name: string) => config.collections.find((c) => c.name === name)!;
const formFields = (name: string): EditorField[] => {
  const c = collection(name) as { fields?: EditorField[]; files?: { fields: EditorField[] }[] };
  const own = c.fields ?? (c.files![0]!.fields[0]!.fields as EditorField[]);
  return own.filter((f) => f.name !== 'body');
};

describe('editor drift: form fields and schema fields are the same', () => {
  it.each([
    ['entries', schemas.entry],
    ['mentors', schemas.mentor],
    ['paths', schemas.path],
    ['glossary', schemas.glossary],
  ] as const)('%s', (name, schema: z.ZodType) => {
    expect(formPaths(formFields(name)).sort()).toEqual(schemaPaths(schema).sort());
  });

  it('has a label for every schema field and no label for a field that is gone', () => {
    const wanted = (['entries', 'mentors', 'paths', 'glossary'] as const).flatMap((name) => {
      const schema = { entries: schemas.entry, mentors: schemas.mentor, paths: schemas.path, glossary: schemas.glossary }[name];
      return schemaPaths(schema).map((p) => `${name}.${p}`);
    });
    const bodies = ['entries.body', 'mentors.body'];
    expect(Object.keys(FIELD_LABELS).sort()).toEqual([...wanted, ...bodies].sort());
  });

  // The help under each field; paths and glossary have no table in CONTRIBUTING.md, so only this catches their drift.
  it.each([
    ['entries', schemas.entry, ENTRY_FIELDS],
    ['mentors', schemas.mentor, MENTOR_FIELDS],
    ['paths', schemas.path, PATH_FIELDS],
    ['glossary', schemas.glossary, GLOSSARY_FIELDS],
  ] as const)('has a help text for every %s field and none for a field that is gone', (_, schema: z.ZodType, docs) => {
    expect(referenceDrift(schema, docs)).toEqual({ undocumented: [], unknown: [] });
  });

  it('refuses to generate forms for a new field it has no label or reference for, naming it', () => {
    const extra = z.object({ ...mentorSchema.shape, squads: z.array(z.string().regex(/^[a-z-]+$/)) });
    expect(() => editorConfig(input({ schemas: { ...schemas, mentor: extra } }))).toThrow(/mentors\.squads/);
  });
});
