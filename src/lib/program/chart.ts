/** Small helpers for the build-time SVG charts of /program/. */

/** The smallest "nice" axis maximum at or above `n`: 1, 2, 4, 5, 6, 8, 10, 20, 40, 50 … */
export function niceMax(n: number): number {
  if (n <= 0) return 1;
  const magnitude = 10 ** Math.floor(Math.log10(n));
  const step = [1, 2, 4, 5, 6, 8, 10].find((s) => s * magnitude >= n)!;
  return step * magnitude;
}
