import { describe, expect, it } from 'vitest';
import { direction, movementSince, movementText, movementWindow, type MovementWords } from '../../../src/lib/radar/movement.ts';
import type { RingTrail } from '../../../src/lib/ring-history.ts';
import { parseIsoDay } from '../../../src/lib/dates.ts';
import { entrySchema } from '../../../src/schemas/entry.ts';

const day = (s: string) => parseIsoDay(s)!;

/** An entry as the schema parses it, with just the fields movement reads changed. */
function entry(fields: Record<string, unknown>): RingTrail {
  return entrySchema().parse({
    title: 'Clubhouse', summary: 'Die Audio-App, über die Anfang 2021 alle sprachen.', kind: 'app',
    mentors: ['mia-schulze'], tags: ['community'], level: 'explorer', ring: 'everyday', published: '2025-08-26', ...fields,
  });
}

const since = day('2026-10-31');

describe('radar movement since the last digest', () => {
  it('marks an entry published after the cut-off day as new, one published on it as not new', () => {
    expect(movementSince(entry({ published: '2026-11-01' }), since)).toEqual({ movement: 'new' });
    expect(movementSince(entry({ published: '2026-10-31' }), since)).toEqual({ movement: 'none' });
  });

  it('dates a change of ring by `updated`: the old ring in history, the new one from the update on', () => {
    const moved = entry({ ring: 'everyday', updated: '2026-11-03', history: [{ date: '2025-07-08', ring: 'rising' }] });
    expect(movementSince(moved, since)).toEqual({ movement: 'in', from: 'rising' });
    expect(movementSince(moved, day('2026-11-03'))).toEqual({ movement: 'none' });
  });

  it('calls a move towards the edge "out"', () => {
    const fading = entry({ ring: 'fading', updated: '2026-11-10', history: [{ date: '2021-10-01', ring: 'niche' }] });
    expect(movementSince(fading, since)).toEqual({ movement: 'out', from: 'niche' });
  });

  it('shows no movement when the ring changed before the cut-off day', () => {
    const earlier = entry({ ring: 'fading', updated: '2026-05-12', history: [{ date: '2021-01-15', ring: 'rising' }, { date: '2021-10-01', ring: 'niche' }] });
    expect(movementSince(earlier, since)).toEqual({ movement: 'none' });
  });

  it('shows no movement when an entry went away and came back within the period', () => {
    const back = entry({ ring: 'rising', updated: '2026-11-20', history: [{ date: '2026-01-01', ring: 'rising' }, { date: '2026-11-05', ring: 'niche' }] });
    expect(movementSince(back, since)).toEqual({ movement: 'none' });
  });

  it('reads a history step dated after the cut-off as the ring from that day', () => {
    const stepped = entry({ ring: 'everyday', history: [{ date: '2026-01-01', ring: 'niche' }, { date: '2026-11-02', ring: 'rising' }] });
    // The current snapshot dates from the last step (published is older): niche on the cut-off day, everyday now.
    expect(movementSince(stepped, since)).toEqual({ movement: 'in', from: 'niche' });
  });

  it.each([
    ['niche', 'everyday', 'in'], ['everyday', 'fading', 'out'], ['rising', 'rising', 'none'], ['fading', 'niche', 'in'],
  ] as const)('from %s to %s is "%s"', (from, to, expected) => {
    expect(direction(from, to)).toBe(expected);
  });
});

describe('the period movement covers', () => {
  const today = day('2026-11-28');

  it('starts after the `to` day of the latest digest', () => {
    const digests = [{ number: 1, to: day('2026-08-31') }, { number: 2, to: day('2026-10-31') }];
    expect(movementWindow(digests, today)).toEqual({ since: day('2026-10-31'), basis: 'digest', digest: 2 });
  });

  it('covers the last 60 days when no digest has been sent yet', () => {
    expect(movementWindow([], today)).toEqual({ since: day('2026-09-29'), basis: 'days', days: 60 });
  });
});

describe('the words for a move', () => {
  const words: MovementWords = { cameIn: (from) => `in from ${from}`, wentOut: (from) => `out from ${from}`, plain: (movement) => `plain ${movement}` };

  it('names the ring an entry came in from or went out from, when it is known', () => {
    expect(movementText({ movement: 'in', from: 'niche' }, words)).toBe('in from niche');
    expect(movementText({ movement: 'out', from: 'everyday' }, words)).toBe('out from everyday');
  });

  it('falls back to the movement’s own label without a known ring, and for new and unmoved entries', () => {
    expect(movementText({ movement: 'in' }, words)).toBe('plain in');
    expect(movementText({ movement: 'new', from: 'rising' }, words)).toBe('plain new');
    expect(movementText({ movement: 'none' }, words)).toBe('plain none');
  });
});
