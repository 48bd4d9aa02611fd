/** Reads `glossary.yaml` text into terms, with the same messages as `npm run check`. */
import { glossarySchema, type GlossaryTerm } from '../../schemas/glossary.ts';
import type { Problem } from '../../schemas/problems.ts';
import { parseYamlList } from '../yaml-source.ts';

export function parseGlossary(text: string, file: string): { terms: GlossaryTerm[]; problems: Problem[] } {
  const { items, problems } = parseYamlList(text, file, glossarySchema);
  return { terms: items.map((item) => item.data), problems };
}
