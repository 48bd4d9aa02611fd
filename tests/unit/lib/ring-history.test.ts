import { describe, expect, it } from 'vitest';
import { netMove, ringMoves, ringOn, type RingTrail } from '../../../src/lib/ring-history.ts';
import { parseIsoDay } from '../../../src/lib/dates.ts';

const day = (iso: string) => parseIsoDay(iso)!;

const since = day('2026-08-31');
const until = day('2026-09-30');

/** An entry published long ago that left `from` (a history step) for `to` on `updated`. */
const moved = (from: RingTrail['ring'], to: RingTrail['ring'], updated: string): RingTrail => ({
  ring: to, published: day('2025-01-10'), updated: day(updated), history: [{ date: day('2025-01-10'), ring: from }],
});

describe('ringMoves: history steps are snapshots, the current ring dates from the last change', () => {
  it('dates a move by `updated` when the mentor added the old ring to history', () => {
    expect(ringMoves(moved('rising', 'everyday', '2026-09-15'), since, until)).toEqual([{ date: day('2026-09-15'), from: 'rising', to: 'everyday' }]);
  });

  it('counts from the day after `since` up to and including `until`', () => {
    expect(ringMoves(moved('niche', 'rising', '2026-08-31'), since, until)).toEqual([]);
    expect(ringMoves(moved('niche', 'rising', '2026-09-01'), since, until)).toHaveLength(1);
    expect(ringMoves(moved('niche', 'rising', '2026-09-30'), since, until)).toHaveLength(1);
    expect(ringMoves(moved('niche', 'rising', '2026-10-01'), since, until)).toEqual([]);
    expect(ringMoves(moved('niche', 'rising', '2026-10-01'), since)).toHaveLength(1);
  });

  it('finds every change between snapshots, and none where a snapshot repeats the ring', () => {
    const entry: RingTrail = {
      ring: 'fading', published: day('2025-01-10'), updated: day('2026-09-25'),
      history: [{ date: day('2025-01-10'), ring: 'niche' }, { date: day('2026-09-05'), ring: 'niche' }, { date: day('2026-09-10'), ring: 'everyday' }],
    };
    expect(ringMoves(entry, since, until).map((m) => `${m.from}→${m.to} ${m.date.toISOString().slice(0, 10)}`)).toEqual(['niche→everyday 2026-09-10', 'everyday→fading 2026-09-25']);
  });

  it('sees no move in an entry without history', () => {
    expect(ringMoves({ ring: 'rising', published: day('2025-01-10'), updated: day('2026-09-15'), history: [] }, since, until)).toEqual([]);
  });

  it('knows the ring on any day, the first known one before the first snapshot', () => {
    const entry = moved('niche', 'rising', '2026-09-15');
    expect(ringOn(entry, day('2020-01-01'))).toBe('niche');
    expect(ringOn(entry, day('2026-09-14'))).toBe('niche');
    expect(ringOn(entry, day('2026-09-15'))).toBe('rising');
  });
});

describe('netMove: one line per entry in a digest', () => {
  it('goes from the ring on `since` to the ring on `until`, dated by the last change', () => {
    const entry: RingTrail = { ring: 'fading', published: day('2025-01-10'), updated: day('2026-09-25'), history: [{ date: day('2025-01-10'), ring: 'rising' }, { date: day('2026-09-10'), ring: 'everyday' }] };
    expect(netMove(entry, since, until)).toEqual({ from: 'rising', to: 'fading', date: day('2026-09-25') });
  });

  it('ignores changes after `until`, so an archived issue keeps its moves', () => {
    expect(netMove(moved('niche', 'rising', '2026-10-03'), since, until)).toBeUndefined();
  });

  it('is undefined when the entry ended where it started', () => {
    const entry: RingTrail = { ring: 'rising', published: day('2025-01-10'), updated: day('2026-09-20'), history: [{ date: day('2025-01-10'), ring: 'rising' }, { date: day('2026-09-05'), ring: 'niche' }] };
    expect(ringMoves(entry, since, until)).toHaveLength(2);
    expect(netMove(entry, since, until)).toBeUndefined();
  });

  it('treats an entry published in the period as new, not moved', () => {
    expect(netMove({ ring: 'rising', published: day('2026-09-10'), history: [{ date: day('2026-09-01'), ring: 'niche' }] }, since, until)).toBeUndefined();
  });
});
