import { describe, expect, it } from 'vitest';
import { laneY, timelineStops } from '../../../src/lib/radar/timeline.ts';
import { parseIsoDay } from '../../../src/lib/dates.ts';

const day = (s: string) => parseIsoDay(s)!;
const box = { left: 100, right: 220, top: 10, lane: 15 };

describe('the ring timeline on an entry page', () => {
  it('has one stop per history step and one for today, evenly spaced, each on its ring’s lane', () => {
    const { stops } = timelineStops([{ date: day('2021-01-15'), ring: 'rising' }, { date: day('2021-10-01'), ring: 'niche' }], 'fading', box);
    expect(stops).toEqual([
      { ring: 'rising', date: day('2021-01-15'), x: 100, y: 25 },
      { ring: 'niche', date: day('2021-10-01'), x: 160, y: 40 },
      { ring: 'fading', x: 220, y: 55 },
    ]);
  });

  it('puts everyday on the top lane and fading on the bottom one', () => {
    expect([laneY('everyday', box), laneY('fading', box)]).toEqual([10, 55]);
  });

  it('draws steps: along the lane to the next stop, then to its ring', () => {
    expect(timelineStops([{ date: day('2020-04-01'), ring: 'rising' }], 'everyday', box).path).toBe('M100 25H220V10');
  });
});
