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
import { bodyRulesGuide } from '../lib/body-rules.ts';
import { today } from '../today.ts';
import { msg } from '../i18n/messages.ts';

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
            `${msg('build.failed', { errors: msg('check.count.errors', { count: result.errors.length }), files: msg('check.count.files', { count: files }) })}\n\n` +
              `${formatProblems(result.errors)}\n\n` +
              `${msg('build.guide', { bodyGuide: bodyRulesGuide() })}\n` +
              msg('build.runCheck'),
          );
        }
        logger.info(msg('build.checked', { ms: Math.round(performance.now() - started), entries: msg('check.count.entries', { count: result.counts.entries }) }));
      },
    },
  };
}
