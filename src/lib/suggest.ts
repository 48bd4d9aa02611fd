import { msg } from '../i18n/messages.ts';

/** Edit distance between two strings (Levenshtein), used for "did you mean" hints. */
export function editDistance(a: string, b: string): number {
  const prev = Array.from({ length: b.length + 1 }, (_, j) => j);
  for (let i = 1; i <= a.length; i++) {
    let diagonal = prev[0]!;
    prev[0] = i;
    for (let j = 1; j <= b.length; j++) {
      const above = prev[j]!;
      prev[j] = Math.min(above + 1, prev[j - 1]! + 1, diagonal + (a[i - 1] === b[j - 1] ? 0 : 1));
      diagonal = above;
    }
  }
  return prev[b.length]!;
}

/**
 * The closest known value to a mistyped one, or undefined when nothing is close.
 * "Close" scales with length so that `insta` finds `instagram-stories` via prefix
 * but `xyz` does not find `app`.
 */
export function closest(found: string, known: readonly string[]): string | undefined {
  const needle = found.toLowerCase().trim();
  if (needle === '') return undefined;
  let best: { value: string; score: number } | undefined;
  for (const value of known) {
    const candidate = value.toLowerCase();
    const score = candidate.startsWith(needle) || needle.startsWith(candidate) ? 0.5 : editDistance(needle, candidate);
    if (!best || score < best.score) best = { value, score };
  }
  if (!best) return undefined;
  const limit = Math.max(1, Math.floor(Math.max(needle.length, best.value.length) / 3));
  return best.score <= limit ? best.value : undefined;
}

/** ` — did you mean "x"?` (in the messages' language) or an empty string. */
export function didYouMean(found: unknown, known: readonly string[]): string {
  if (typeof found !== 'string') return '';
  const match = closest(found, known);
  return match ? msg('problem.didYouMean', { value: match }) : '';
}
