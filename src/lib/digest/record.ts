/** Writes the record `content/digests/<number>.md` in the shape `src/schemas/digest.ts` reads. */
import { toIsoDay } from '../dates.ts';
import type { DigestRecordInput } from './model.ts';

const list = (slugs: readonly string[]) => (slugs.length === 0 ? ' []' : `\n${slugs.map((s) => `  - ${s}`).join('\n')}`);

export function serializeRecord(record: DigestRecordInput): string {
  // JSON strings are valid YAML double-quoted scalars, so any title survives as written.
  const front = [
    `number: ${record.number}`,
    `title: ${JSON.stringify(record.title)}`,
    `from: ${toIsoDay(record.from)}`,
    `to: ${toIsoDay(record.to)}`,
    `published: ${toIsoDay(record.published)}`,
    `entries:${list(record.entries)}`,
    `featured:${list(record.featured)}`,
  ].join('\n');
  return `---\n${front}\n---\n\n${record.intro.trim()}\n`;
}
