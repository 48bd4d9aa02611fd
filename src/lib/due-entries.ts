/**
 * Entries past (or close to) their `review` date, grouped by mentor. `npm run
 * check` shows them as warnings, `npm run stale` as a Markdown report.
 */
import { freshness } from './freshness.ts';

/** What the grouping needs of the library; the loaded library (`src/schemas/library.ts`) has it. */
export type DueInput = {
  entries: readonly { id: string; file: string; data: { title: string; review: Date; mentors: readonly string[]; draft: boolean } }[];
  mentors: readonly { id: string; data: { name: string; contact?: string; active: boolean } }[];
};

export type DueEntry = {
  id: string;
  file: string;
  title: string;
  review: Date;
  state: 'overdue' | 'due-soon';
  /** Days past the review date (overdue) or until it (due soon). */
  days: number;
};

export type MentorDue = {
  id: string;
  /** The mentor's name, or the id when the profile is missing. */
  name: string;
  contact?: string;
  active: boolean;
  entries: DueEntry[];
};

/**
 * Published entries whose review date has passed, plus, with `withinDays`, those due
 * in the next days. An entry with two mentors appears under both. Drafts are left
 * out: nobody reads them yet. Mentors by name, their entries by review date.
 */
export function dueByMentor(library: DueInput, today: Date, withinDays = 0): MentorDue[] {
  const groups = new Map<string, MentorDue>();
  const mentors = new Map(library.mentors.map((m) => [m.id, m]));
  for (const entry of library.entries) {
    if (entry.data.draft) continue;
    const { state, days } = freshness(entry.data.review, today, withinDays);
    const due = state === 'overdue' || (withinDays > 0 && state === 'due-soon');
    if (!due) continue;
    const item: DueEntry = { id: entry.id, file: entry.file, title: entry.data.title, review: entry.data.review, state, days };
    for (const id of entry.data.mentors) {
      const mentor = mentors.get(id)?.data;
      const group = groups.get(id) ?? { id, name: mentor?.name ?? id, contact: mentor?.contact, active: mentor?.active ?? true, entries: [] };
      group.entries.push(item);
      groups.set(id, group);
    }
  }
  const groupsSorted = [...groups.values()].sort((a, b) => a.name.localeCompare(b.name, 'de'));
  for (const g of groupsSorted) g.entries.sort((a, b) => a.review.getTime() - b.review.getTime() || a.id.localeCompare(b.id));
  return groupsSorted;
}
