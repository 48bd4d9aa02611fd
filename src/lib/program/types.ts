/** The few facts of an entry the program figures need; pages and the report map their entries to this. */
import type { Kind, Level } from '../../schemas/entry.ts';

export type ProgramEntry = {
  id: string;
  kind: Kind;
  level: Level;
  goals: readonly string[];
  mentors: readonly string[];
  published: Date;
  updated?: Date;
  review: Date;
};

/** An entry's front matter as the program figures read it. */
export function toProgramEntry(id: string, data: Omit<ProgramEntry, 'id'>): ProgramEntry {
  return { id, kind: data.kind, level: data.level, goals: data.goals, mentors: data.mentors, published: data.published, updated: data.updated, review: data.review };
}
