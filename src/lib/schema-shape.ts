/**
 * What a zod schema field accepts, read from the schema itself and reduced to a few
 * kinds: text, one of a set, a calendar day, true/false, a list, or an object of
 * sub-fields. The one module that reads zod's internals (`_zod.def`): the editor's
 * configuration and YAML writer (src/lib/editor/) and the mentors' field reference
 * (src/lib/field-reference.ts) are generated from it, so none of them can drift from
 * `src/schemas/` or from each other.
 */
import { z } from 'astro/zod';

type Common = { required: boolean; default?: unknown };
export type Shape = Common &
  (
    | { kind: 'text'; min?: number; max?: number; pattern?: string; url?: boolean }
    | { kind: 'enum'; values: readonly string[] }
    | { kind: 'day' }
    | { kind: 'boolean' }
    | { kind: 'list'; item: Shape; min?: number; max?: number }
    | { kind: 'object'; fields: Record<string, Shape> }
  );

type Def = {
  type: string;
  innerType?: z.ZodType;
  in?: z.ZodType;
  out?: z.ZodType;
  shape?: Record<string, z.ZodType>;
  element?: z.ZodType;
  defaultValue?: unknown;
};
const def = (s: z.ZodType) => (s as unknown as { _zod: { def: Def } })._zod.def;

type Json = { type?: string; enum?: string[]; minLength?: number; maxLength?: number; minItems?: number; maxItems?: number; format?: string; pattern?: string };
const json = (s: z.ZodType) => z.toJSONSchema(s, { io: 'input', unrepresentable: 'any' }) as Json;

/**
 * A calendar day: dates are preprocessed (text or Date in, Date out), which JSON
 * Schema cannot show. Optional, nullable and default wrappers are looked through.
 */
export function isDay(schema: z.ZodType | undefined): boolean {
  if (!schema) return false;
  const d = def(schema);
  if (d.type === 'date') return true;
  if (d.type === 'optional' || d.type === 'default' || d.type === 'nullable') return isDay(d.innerType);
  if (d.type === 'pipe') return isDay(d.out) || isDay(d.in);
  return false;
}

/** The object a schema is built on, through `.transform`/`.superRefine` wrappers. */
export function objectOf(schema: z.ZodType): z.ZodObject {
  const d = def(schema);
  if (d.type === 'object') return schema as z.ZodObject;
  if (d.type === 'pipe' && d.in) return objectOf(d.in);
  throw new Error(`expected an object schema, found a ${d.type} schema`);
}

/** The names of an object schema's top-level fields, in schema order. */
export function schemaFields(schema: z.ZodType): string[] {
  return Object.keys(objectOf(schema).shape);
}

/** The shape of one schema node; optional and default wrappers become `required`/`default`. */
export function shapeOf(schema: z.ZodType, required = true, fallback?: unknown): Shape {
  const d = def(schema);
  const common: Common = fallback === undefined ? { required } : { required, default: fallback };
  switch (d.type) {
    case 'optional':
    case 'nullable':
      return shapeOf(d.innerType!, false, fallback);
    case 'default':
      return shapeOf(d.innerType!, false, typeof d.defaultValue === 'function' ? (d.defaultValue as () => unknown)() : d.defaultValue);
    case 'object':
      return { ...common, kind: 'object', fields: Object.fromEntries(Object.entries(d.shape!).map(([k, v]) => [k, shapeOf(v)])) };
    case 'array': {
      const j = json(schema);
      return { ...common, kind: 'list', item: shapeOf(d.element!), ...(j.minItems !== undefined ? { min: j.minItems } : {}), ...(j.maxItems !== undefined ? { max: j.maxItems } : {}) };
    }
    case 'boolean':
      return { ...common, kind: 'boolean' };
    case 'enum':
      return { ...common, kind: 'enum', values: json(schema).enum ?? [] };
    case 'string': {
      const j = json(schema);
      return {
        ...common,
        kind: 'text',
        ...(j.minLength !== undefined ? { min: j.minLength } : {}),
        ...(j.maxLength !== undefined ? { max: j.maxLength } : {}),
        ...(j.pattern ? { pattern: j.pattern } : {}),
        ...(j.format === 'uri' ? { url: true } : {}),
      };
    }
    case 'pipe':
      if (isDay(schema)) return { ...common, kind: 'day' };
      // `.transform(…)`/`.superRefine(…)` wrap the object: the fields are on the input side.
      return shapeOf(d.in!, required, fallback);
    default:
      if (isDay(schema)) return { ...common, kind: 'day' };
      throw new Error(`editor: no form field for a zod ${d.type} schema`);
  }
}

/** The top-level fields of an object schema (through `.transform`/`.superRefine`). */
export function fieldsOf(schema: z.ZodType): Record<string, Shape> {
  const shape = shapeOf(schema);
  if (shape.kind !== 'object') throw new Error(`editor: expected an object schema, found ${shape.kind}`);
  return shape.fields;
}
