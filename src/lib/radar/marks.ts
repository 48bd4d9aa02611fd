/**
 * The shape of each point, as an SVG path around its position. The shape says how
 * it moved, so colour is never the only cue: a circle stays, a star is new, a
 * triangle points to the centre (moved in) or to the edge (moved out). Every shape
 * stays within 7 units of its centre, the `dotRadius` the layout keeps inside the cell.
 */
import type { Movement } from './movement.ts';

export const MARK_RADIUS = 7;

const r1 = (n: number) => Math.round(n * 100) / 100;

function circle(x: number, y: number, r: number): string {
  return `M${r1(x - r)} ${r1(y)}a${r} ${r} 0 1 0 ${2 * r} 0a${r} ${r} 0 1 0 ${-2 * r} 0Z`;
}

/** A polygon from points given as (radius, degrees clockwise from up) around (x, y). */
function polygon(x: number, y: number, corners: readonly [number, number][]): string {
  return `${corners
    .map(([r, deg], i) => `${i === 0 ? 'M' : 'L'}${r1(x + r * Math.sin((deg * Math.PI) / 180))} ${r1(y - r * Math.cos((deg * Math.PI) / 180))}`)
    .join('')}Z`;
}

/** `angle`: the point's direction from the radar's centre, degrees clockwise from up. */
export function markPath(p: { x: number; y: number; angle: number; movement: Movement }): string {
  switch (p.movement) {
    case 'new':
      return polygon(p.x, p.y, Array.from({ length: 10 }, (_, i) => [i % 2 === 0 ? MARK_RADIUS : 3.2, i * 36] as [number, number]));
    case 'in':
    case 'out': {
      const tip = p.movement === 'in' ? p.angle + 180 : p.angle;
      // A narrow triangle, so its tip reads as a direction.
      return polygon(p.x, p.y, [[MARK_RADIUS, tip], [MARK_RADIUS, tip + 142], [MARK_RADIUS, tip - 142]]);
    }
    default:
      return circle(p.x, p.y, 5.5);
  }
}
