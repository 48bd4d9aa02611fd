/** Freshness by kind: how many published entries are past their review date today. */
import { KINDS, type Kind } from '../../schemas/entry.ts';
import { freshness } from '../freshness.ts';
import type { ProgramEntry } from './types.ts';

export type KindFreshness = { kind: Kind; total: number; overdue: number; share: number };

export function freshnessByKind(entries: readonly ProgramEntry[], today: Date): KindFreshness[] {
  return KINDS.map((kind) => {
    const own = entries.filter((e) => e.kind === kind && e.published <= today);
    const overdue = own.filter((e) => freshness(e.review, today).state === 'overdue').length;
    return { kind, total: own.length, overdue, share: own.length ? overdue / own.length : 0 };
  });
}
