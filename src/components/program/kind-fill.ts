import type { Kind } from '../../schemas/entry.ts';

/** The SVG fill of a kind's bars, matching KindPatterns.astro. */
export const kindFill = (prefix: string, kind: Kind) => (kind === 'app' ? 'var(--color-app)' : `url(#${prefix}-${kind})`);
