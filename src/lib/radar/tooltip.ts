/**
 * Where the radar's styled tooltip goes: centred over the point, kept inside the
 * scrollable frame, above the point where it fits and below it where it does not.
 * Positions are in the frame's own coordinates, for `left`/`top` of the tip.
 */

/** Space kept between the tip and the frame's left and right edges. */
export const TIP_EDGE = 4;
/** Space between the tip and the point. */
export const TIP_GAP = 6;

export type TipInput = {
  /** The point's hit area, in viewport coordinates (`getBoundingClientRect()`). */
  point: { left: number; top: number; bottom: number; width: number };
  /** The frame's box in viewport coordinates, how far it is scrolled and how wide its content is. */
  frame: { left: number; top: number; scrollLeft: number; scrollWidth: number };
  /** The tip's rendered size. */
  tip: { width: number; height: number };
};

export function tipPosition({ point, frame, tip }: TipInput): { left: number; top: number } {
  const centre = point.left + point.width / 2 - frame.left + frame.scrollLeft;
  const half = tip.width / 2;
  const left = Math.min(Math.max(centre, half + TIP_EDGE), frame.scrollWidth - half - TIP_EDGE);
  const above = point.top - frame.top - tip.height - TIP_GAP;
  return { left, top: above >= 0 ? above : point.bottom - frame.top + TIP_GAP };
}
