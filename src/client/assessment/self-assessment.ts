/**
 * The self-assessment form on the paths page (`src/components/SelfAssessment.astro`):
 * shows the section, scores the answers with `src/lib/assessment/questions.ts` and
 * reveals the one pre-rendered recommendation that fits. Answers live only in this
 * form: nothing is stored and nothing leaves the page.
 */
import type { Message } from '../../i18n/types.ts';
import { questionNumber, score } from '../../lib/assessment/questions.ts';
import { formatMessage } from '../../lib/i18n.ts';

const root = document.querySelector<HTMLElement>('[data-assessment]');
const form = root?.querySelector<HTMLFormElement>('[data-assessment-form]');
if (root && form) {
  root.hidden = false;
  const missingMessage = JSON.parse(form.dataset.missing ?? '""') as Message;
  const missingText = form.querySelector<HTMLElement>('[data-assessment-missing]')!;
  const results = [...root.querySelectorAll<HTMLElement>('[data-result]')];
  const questions = [...form.querySelectorAll<HTMLFieldSetElement>('[data-question]')];
  form.addEventListener('submit', (event) => {
    event.preventDefault();
    const answers = Object.fromEntries([...new FormData(form)].map(([k, v]) => [k, String(v)]));
    const result = score(answers);
    for (const r of results) r.hidden = true;
    if (!result.complete) {
      missingText.textContent = formatMessage(missingMessage, { count: result.missing.length, list: result.missing.map(questionNumber).join(', ') });
      questions.find((q) => q.dataset.question === result.missing[0])?.querySelector('input')?.focus();
      return;
    }
    missingText.textContent = '';
    const shown = results.find((r) => r.dataset.result === result.level)!;
    const scoreText = shown.querySelector<HTMLElement>('[data-score-text]')!;
    scoreText.textContent = formatMessage(scoreText.dataset.scoreText ?? '', { score: result.score });
    shown.hidden = false;
    shown.focus();
  });
  form.addEventListener('reset', () => {
    missingText.textContent = '';
    for (const r of results) r.hidden = true;
  });
}
