import { describe, expect, it } from 'vitest';
import { TIP_EDGE, TIP_GAP, tipPosition, type TipInput } from '../../../src/lib/radar/tooltip.ts';

/** A 600 px wide frame at (100, 50), not scrolled; a 24 px point; a 160 × 40 px tip. */
const at = (pointLeft: number, pointTop: number, frame: Partial<TipInput['frame']> = {}): TipInput => ({
  point: { left: pointLeft, top: pointTop, bottom: pointTop + 24, width: 24 },
  frame: { left: 100, top: 50, scrollLeft: 0, scrollWidth: 600, ...frame },
  tip: { width: 160, height: 40 },
});

describe('the radar tooltip position', () => {
  it('centres the tip over the point, the gap above it', () => {
    expect(tipPosition(at(388, 250))).toEqual({ left: 300, top: 250 - 50 - 40 - TIP_GAP });
  });

  it('goes below the point when there is no room above it', () => {
    expect(tipPosition(at(388, 60))).toEqual({ left: 300, top: 60 + 24 - 50 + TIP_GAP });
  });

  it('stays inside the frame at both edges', () => {
    expect(tipPosition(at(100, 250)).left).toBe(80 + TIP_EDGE);
    expect(tipPosition(at(676, 250)).left).toBe(600 - 80 - TIP_EDGE);
  });

  it('counts in the frame’s scrolled content, so a scrolled radar still points at the right place', () => {
    expect(tipPosition(at(388, 250, { scrollLeft: 200, scrollWidth: 900 })).left).toBe(500);
  });
});
