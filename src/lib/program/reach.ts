/** Reach: what carries the library to people — learning paths per level, the glossary, digests sent. */
import { LEVELS, type Level } from '../../schemas/entry.ts';

export type Reach = {
  paths: { level: Level; paths: number; steps: number }[];
  glossaryTerms: number;
  digests: { sent: number; entries: number; last?: { number: number; published: Date } };
};

export type ReachInput = {
  paths: readonly { level: Level; entries: readonly string[] }[];
  glossaryTerms: number;
  digests: readonly { number: number; published: Date; entries: readonly string[] }[];
  today: Date;
};

export function reach({ paths, glossaryTerms, digests, today }: ReachInput): Reach {
  const sent = digests.filter((d) => d.published <= today).sort((a, b) => a.number - b.number);
  const last = sent.at(-1);
  return {
    paths: LEVELS.map((level) => {
      const own = paths.filter((p) => p.level === level);
      return { level, paths: own.length, steps: own.reduce((n, p) => n + p.entries.length, 0) };
    }),
    glossaryTerms,
    digests: { sent: sent.length, entries: new Set(sent.flatMap((d) => d.entries)).size, last: last && { number: last.number, published: last.published } },
  };
}
