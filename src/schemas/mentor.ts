import { z } from 'astro/zod';
import { day, fields, localFile, list, oneOf, required, slug } from './fields.ts';

/** Front matter of `content/mentors/<id>.md`; the body is a short bio. */
export const mentorSchema = fields({
  /** Full name as colleagues know it, e.g. `Lena Hoffmann`. */
  name: required('name.mentorName'),
  /** Job title, e.g. `Werkstudentin Marketing`. */
  role: required('name.mentorRole'),
  /** Team or department, e.g. `Marketing & Kommunikation`. */
  team: z.string().optional(),
  /** When they joined the mentoring program, e.g. `2025-02-01`. */
  since: day().optional(),
  /** Languages they mentor in. Default: none listed. */
  languages: list(oneOf(['de', 'en']), 'name.languages').default([]),
  /** Tag ids of their favourite topics, e.g. `[short-video, privacy]`. */
  topics: list(slug(), 'name.tagIds').default([]),
  /** Optional avatar: a local image and its alt text. */
  avatar: fields({ src: localFile('name.imageFile'), alt: required('name.avatarAlt') }).optional(),
  /** Intranet handle or address, e.g. `@lena.hoffmann`. */
  contact: z.string().optional(),
  /** `false` when the mentor has left the program; their entries stay. Default `true`. */
  active: z.boolean().default(true),
});

export type Mentor = z.output<typeof mentorSchema>;
