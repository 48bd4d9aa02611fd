/**
 * What a zod schema field accepts, read from the schema itself and reduced to the
 * few kinds a form needs: text, one of a set, a calendar day, true/false, a list,
 * or an object of sub-fields. The editor configuration and its YAML writer are both
 * generated from this, so neither can drift from `src/schemas/`.
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

function isDay(s: z.ZodType): boolean {
  const d = def(s);
  if (d.type === 'date') return true;
  if (d.type === 'pipe') return (!!d.out && isDay(d.out)) || (!!d.in && isDay(d.in));
  return false;
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
