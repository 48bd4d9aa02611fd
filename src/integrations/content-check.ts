/**
 * The build refuses what `npm run check` refuses: before Astro loads a single
 * collection, `astro build` runs the very same check over the content folder
 * (scripts/lib/check-content.ts) and stops with every error of every file — file,
 * line, field, what was found, what to write instead — and writes nothing. The dev
 * server relies on the same rules where they live (strict schemas, the body-rules
 * plugin), so an edit shows its error in the overlay at once.
 */
import type { AstroIntegration } from 'astro';
import { checkContent } from '../../scripts/lib/check-content.ts';
import { formatProblems } from '../schemas/problems.ts';
import { BODY_RULES_GUIDE } from '../lib/body-rules.ts';
import { today } from '../today.ts';

export class ContentCheckError extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'ContentCheckError';
  }
}

export default function contentCheck(options: { contentDir: string; site: string }): AstroIntegration {
  return {
    name: 'trend-library:content-check',
    hooks: {
      'astro:config:setup': ({ command, logger }) => {
        if (command !== 'build') return;
        const started = performance.now();
        const result = checkContent({ rootDir: process.cwd(), contentDir: options.contentDir, today: today(), site: options.site });
        if (result.errors.length > 0) {
          const files = new Set(result.errors.map((p) => p.file)).size;
          throw new ContentCheckError(
            `The content has ${result.errors.length} error${result.errors.length === 1 ? '' : 's'} in ${files} file${files === 1 ? '' : 's'}; nothing was built.\n\n` +
              `${formatProblems(result.errors)}\n\n` +
              `Fields: CONTRIBUTING.md, section „Feldreferenz“. Entry bodies: ${BODY_RULES_GUIDE}.\n` +
              'Run `npm run check` for the same list with warnings.',
          );
        }
        logger.info(`content checked in ${Math.round(performance.now() - started)} ms: ${result.counts.entries} entries, no errors`);
      },
    },
  };
}
