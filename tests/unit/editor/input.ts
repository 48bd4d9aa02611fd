/** The generator's input for the editor tests: the real schemas, a small vocabulary. */
import type { EditorInput } from '../../../src/lib/editor/config.ts';
import { entrySchema } from '../../../src/schemas/entry.ts';
import { mentorSchema } from '../../../src/schemas/mentor.ts';
import { pathSchema } from '../../../src/schemas/path.ts';
import { glossarySchema } from '../../../src/schemas/glossary.ts';

export const schemas = { entry: entrySchema(), mentor: mentorSchema, path: pathSchema, glossary: glossarySchema };

export const input = (over: Partial<EditorInput> = {}): EditorInput => ({
  schemas,
  tags: [{ id: 'messenger', label: { de: 'Messenger', en: 'Messengers' } }, { id: 'privacy', label: { de: 'Datenschutz', en: 'Privacy' } }],
  goals: [{ id: 'recruiting', label: { de: 'Recruiting', en: 'Recruiting' } }],
  valueLabel: (key) => `label:${key}`,
  locale: 'de',
  contentDir: 'content',
  backend: { backend: 'github', repo: 'acme/library', branch: 'main' },
  siteUrl: 'https://intranet.example.com/kb/',
  base: '/kb/',
  ...over,
});
