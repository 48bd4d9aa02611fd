/**
 * The small ring timeline on an entry page: one stop per `history` step and one for
 * today, evenly spaced (the order and the dates matter, not the years in between),
 * each on the lane of its ring, `everyday` on top. Numbers are SVG units.
 */
import { RINGS, type Ring } from '../kinds.ts';

export type TimelineStop = { ring: Ring; date?: Date; x: number; y: number };
export type TimelineBox = { left: number; right: number; top: number; lane: number };

export const laneY = (ring: Ring, box: TimelineBox) => box.top + RINGS.indexOf(ring) * box.lane;

export function timelineStops(history: readonly { date: Date; ring: Ring }[], ring: Ring, box: TimelineBox): { stops: TimelineStop[]; path: string } {
  const steps: { ring: Ring; date?: Date }[] = [...history.map((h) => ({ ring: h.ring, date: h.date })), { ring }];
  const gap = steps.length > 1 ? (box.right - box.left) / (steps.length - 1) : 0;
  const stops = steps.map((s, i) => ({ ...s, x: Math.round((box.left + i * gap) * 10) / 10, y: laneY(s.ring, box) }));
  // Steps: along the lane to the next stop, then up or down to its ring.
  const path = stops.map((s, i) => (i === 0 ? `M${s.x} ${s.y}` : `H${s.x}V${s.y}`)).join('');
  return { stops, path };
}
