import { describe, expect, it } from 'vitest';
import { MARK_RADIUS, markPath } from '../../../src/lib/radar/marks.ts';
import type { Movement } from '../../../src/lib/radar/movement.ts';

/** The corners of a path made of M/L commands (circles are checked by their radius). */
const corners = (d: string) => [...d.matchAll(/[ML](-?[\d.]+) (-?[\d.]+)/g)].map((m) => ({ x: Number(m[1]), y: Number(m[2]) }));

describe('radar marks', () => {
  it.each(['new', 'in', 'out'] as const)('keeps the "%s" shape within the mark radius of its point', (movement) => {
    for (const angle of [0, 45, 133, 270]) {
      for (const c of corners(markPath({ x: 50, y: -20, angle, movement }))) expect(Math.hypot(c.x - 50, c.y + 20)).toBeLessThanOrEqual(MARK_RADIUS + 0.01);
    }
  });

  it('draws four different shapes, so movement never depends on colour alone', () => {
    const shapes = (['none', 'new', 'in', 'out'] as Movement[]).map((movement) => markPath({ x: 0, y: 0, angle: 90, movement }));
    expect(new Set(shapes).size).toBe(4);
    expect(shapes[0]).toMatch(/a5\.5 5\.5/);
    expect(corners(shapes[1]!)).toHaveLength(10);
  });

  it('points a "moved in" triangle at the centre and a "moved out" one at the edge', () => {
    // A point straight right of the centre (90°): its tip is the corner farthest along the x axis.
    const tip = (movement: Movement) => corners(markPath({ x: 100, y: 0, angle: 90, movement }))[0]!;
    expect(tip('in')).toEqual({ x: 93, y: 0 });
    expect(tip('out')).toEqual({ x: 107, y: 0 });
  });
});
