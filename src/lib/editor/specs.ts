/** The file formats of the four collections the editor writes, from their schemas. */
import { entrySchema } from '../../schemas/entry.ts';
import { mentorSchema } from '../../schemas/mentor.ts';
import { pathSchema } from '../../schemas/path.ts';
import { glossarySchema } from '../../schemas/glossary.ts';
import { fieldsOf } from '../schema-shape.ts';
import type { FormatSpec } from './formats.ts';

export const FORMAT_SPECS = {
  entries: { fields: fieldsOf(entrySchema()), body: 'blank' },
  mentors: { fields: fieldsOf(mentorSchema), body: 'direct' },
  paths: { fields: fieldsOf(pathSchema), body: 'none' },
  glossary: { fields: fieldsOf(glossarySchema), body: 'none' },
} as const satisfies Record<string, FormatSpec>;
