/**
 * Mentors and what they contributed, in alphabetical order: never ranked, because the
 * program is built on equal footing. A mentor is *active* while their profile says so
 * (`active` is not `false`) and *alumni* once they left the program. Active mentors
 * without a contribution for `QUIET_AFTER_DAYS` days are marked quiet, so the program
 * team can ask whether they need help — a hint, not a score.
 */
import { daysBetween } from '../dates.ts';
import { lastChange } from '../last-change.ts';
import type { ProgramEntry } from './types.ts';

export const QUIET_AFTER_DAYS = 180;

export type MentorProfile = { id: string; name: string; active: boolean; since?: Date };
export type MentorActivity = {
  id: string;
  name: string;
  status: 'active' | 'alumni';
  entries: number;
  /** The latest day an entry of theirs was published or updated, up to today. */
  lastContribution?: Date;
  /** Active, but no contribution in the last QUIET_AFTER_DAYS days (or none at all). */
  quiet: boolean;
};

export function mentorActivity(entries: readonly ProgramEntry[], mentors: readonly MentorProfile[], today: Date, locale = 'de'): MentorActivity[] {
  return mentors
    .map((m) => {
      const own = entries.filter((e) => e.mentors.includes(m.id) && e.published <= today);
      // An update dated after `today` has not happened yet: the entry counts from its publication.
      const changes = own.map((e) => lastChange({ published: e.published, updated: e.updated && e.updated <= today ? e.updated : undefined }));
      const last = changes.reduce<Date | undefined>((max, d) => (!max || d > max ? d : max), undefined);
      const status = m.active ? ('active' as const) : ('alumni' as const);
      return { id: m.id, name: m.name, status, entries: own.length, lastContribution: last, quiet: status === 'active' && (!last || daysBetween(last, today) > QUIET_AFTER_DAYS) };
    })
    .sort((a, b) => a.name.localeCompare(b.name, locale) || a.id.localeCompare(b.id));
}
