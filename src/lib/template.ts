/**
 * The body and front matter a new entry starts from. `npm run new` and the
 * "propose a new entry" link share it, so both produce an entry that validates,
 * written by the browser editor's writer in the library's YAML style.
 * `published` has no default: `npm run new` passes today, the link the build's day
 * (the site is rebuilt every night), so a new entry is never dated before the last
 * newsletter digest and is announced in the next one.
 */
import type { Level } from './levels.ts';
import { writeFile } from './editor/formats.ts';
import { FORMAT_SPECS } from './editor/specs.ts';

export type TemplateInput = {
  title?: string;
  summary?: string;
  kind?: 'app' | 'trend' | 'value';
  lang?: 'de' | 'en';
  mentors?: readonly string[];
  tags?: readonly string[];
  level?: Level;
  /** The publication day, YYYY-MM-DD. */
  published: string;
};

const sections = {
  de: ['Was ist das?', 'Warum es für uns wichtig ist', 'Selbst ausprobieren', 'Quellen'],
  en: ['What it is', 'Why it matters for us', 'Try it yourself', 'Sources'],
} as const;

export function entryTemplate(input: TemplateInput): string {
  const lang = input.lang ?? 'de';
  const [what, why, tryIt, sources] = sections[lang];
  const de = lang === 'de';
  const data = {
    title: input.title ?? (de ? 'Titel des Eintrags' : 'Title of the entry'),
    summary: input.summary ?? (de ? 'Ein bis zwei Sätze: Was ist es, und warum sollten Führungskräfte es kennen?' : 'One or two sentences: what it is and why executives should know it.'),
    kind: input.kind ?? 'trend',
    lang,
    mentors: input.mentors ?? ['deine-mentor-id'],
    published: input.published,
    tags: input.tags ?? ['messenger'],
    level: input.level ?? 'starter',
    ring: 'rising',
    draft: true,
  };
  const body = `## ${what}

${de ? 'Beschreibe in wenigen Absätzen, was es ist und wie es genutzt wird.' : 'Describe in a few paragraphs what it is and how people use it.'}

## ${why}

${de ? 'Was bedeutet das für unsere Kundenkommunikation, unser Recruiting oder unsere Zusammenarbeit?' : 'What does it mean for our customer communication, recruiting or collaboration?'}

## ${tryIt}

<TryIt>

1. ${de ? 'Erster Schritt, den deine Mentee selbst ausprobieren kann.' : 'A first step your mentee can try on their own.'}
2. ${de ? 'Zweiter Schritt.' : 'A second step.'}

</TryIt>

## ${sources}

${de ? 'Jede Zahl im Text braucht eine Quelle im Feld `sources`.' : 'Every figure in the text needs a source in the `sources` field.'}
`;
  // The browser editor's writer: a new file is in the same style as one the editor saves.
  return writeFile({ ...data, body }, FORMAT_SPECS.entries);
}
