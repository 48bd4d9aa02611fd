/**
 * The sections of /program/ in page order. An id is the section's anchor and names its
 * heading (`program.<id>`) and its intro (`program.<id>.intro`), for the section and the
 * page's table of contents alike.
 */
export const PROGRAM_SECTIONS = ['coverage', 'contributions', 'mentors', 'freshness', 'reach', 'feedback'] as const;
export type ProgramSectionId = (typeof PROGRAM_SECTIONS)[number];
