/**
 * The entry kinds (the radar's sectors) and rings, in their one order: the schema's
 * allowed values, the radar's layout and the filtered radar in the browser. Runs in
 * the browser too, so it imports nothing.
 */
export const KINDS = ['app', 'trend', 'value'] as const;
export const RINGS = ['everyday', 'rising', 'niche', 'fading'] as const;

export type Kind = (typeof KINDS)[number];
export type Ring = (typeof RINGS)[number];
