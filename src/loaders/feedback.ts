/**
 * The build's `feedback` collection: one item, `feedback`, holding the questions and every
 * period's answers. Loading and validation are `loadFeedback`'s, as for `npm run check`;
 * a bad file stops the build with the same messages (file, line, column).
 */
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import type { Loader } from 'astro/loaders';
import { ContentError } from '../schemas/problems.ts';
import { loadFeedback, type FeedbackData } from '../lib/feedback/load.ts';

export const FEEDBACK_ID = 'feedback';

export function feedbackLoader(contentDir: string): Loader {
  return {
    name: 'feedback-csv',
    load: async ({ store, config, logger, watcher }) => {
      const rootDir = fileURLToPath(config.root);
      const run = () => {
        const { problems, ...data } = loadFeedback({ rootDir, contentDir });
        const errors = problems.filter((p) => p.severity === 'error');
        if (errors.length) throw new ContentError(errors);
        store.clear();
        store.set({ id: FEEDBACK_ID, data: data satisfies FeedbackData as unknown as Record<string, unknown> });
        logger.info(`${data.periods.length} periods, ${data.periods.reduce((n, p) => n + p.rows.length, 0)} answers`);
      };
      run();
      const dir = path.resolve(rootDir, contentDir, 'feedback');
      watcher?.add(dir);
      watcher?.on('all', (_event, file) => {
        if (!file.startsWith(dir)) return;
        try {
          run();
        } catch (e) {
          logger.error((e as Error).message);
        }
      });
    },
  };
}
