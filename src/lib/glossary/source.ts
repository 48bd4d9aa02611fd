/** Reads `glossary.yaml` text into terms, with the same messages as the content collections. */
import { parseDocument } from 'yaml';
import { glossarySchema, type GlossaryTerm } from '../../schemas/glossary.ts';
import { fieldPath, type Problem } from '../../schemas/problems.ts';

export function parseGlossary(text: string, file: string): { terms: GlossaryTerm[]; problems: Problem[] } {
  const doc = parseDocument(text, { prettyErrors: true });
  const error = doc.errors[0];
  if (error) {
    return { terms: [], problems: [{ file, field: '', line: error.linePos?.[0]?.line, severity: 'error', message: `expected valid YAML, found a syntax error: ${error.message.split('\n')[0]!.replace(/ at line \d+, column \d+:?$/, '')}` }] };
  }
  const data: unknown = doc.toJS();
  if (!Array.isArray(data)) {
    return { terms: [], problems: [{ file, field: '', line: 1, severity: 'error', message: 'expected a list of terms starting with "- id: …", found something else' }] };
  }
  const terms: GlossaryTerm[] = [];
  const problems: Problem[] = [];
  data.forEach((item: unknown, i) => {
    const parsed = glossarySchema.safeParse(item);
    if (parsed.success) { terms.push(parsed.data); return; }
    const id = (item as { id?: unknown } | null)?.id;
    for (const issue of parsed.error.issues) {
      problems.push({ file, field: `[${i}]${typeof id === 'string' ? ` (${id})` : ''}.${fieldPath(issue.path)}`, severity: 'error', message: issue.message });
    }
  });
  return { terms, problems };
}
