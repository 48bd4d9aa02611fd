/**
 * The glossary's quick filter (`src/components/GlossaryFilter.astro`): as you type,
 * only terms whose name, spellings or meaning contain the text stay (compared as
 * `src/lib/glossary/filter.ts` folds them), letters left empty and their jump links
 * go, the count is announced, and the text is kept in the address (`?q=`).
 */
import type { Message } from '../../i18n/types.ts';
import { foldForFilter } from '../../lib/glossary/filter.ts';
import { formatMessage } from '../../lib/i18n.ts';

const form = document.querySelector<HTMLElement>('[data-glossary-filter]');
if (form) {
  form.hidden = false;
  const countMessage = JSON.parse(form.dataset.count ?? '""') as Message;
  const input = form.querySelector('input')!;
  const status = form.querySelector<HTMLElement>('[data-glossary-status]')!;
  const empty = document.querySelector<HTMLElement>('[data-glossary-empty]');
  const cards = [...document.querySelectorAll<HTMLElement>('[data-glossary-term]')];
  const haystack = new Map(cards.map((c) => [c, foldForFilter(`${c.dataset.glossaryTerm} ${c.dataset.glossaryText ?? ''}`)]));
  const update = () => {
    const query = foldForFilter(input.value);
    let shown = 0;
    for (const card of cards) {
      const match = haystack.get(card)!.includes(query);
      card.hidden = !match;
      if (match) shown++;
    }
    for (const section of document.querySelectorAll<HTMLElement>('[data-glossary-letter]')) {
      const visible = !!section.querySelector('[data-glossary-term]:not([hidden])');
      section.hidden = !visible;
      const link = document.querySelector<HTMLElement>(`[data-glossary-jump="${section.dataset.glossaryLetter}"]`);
      if (link) link.hidden = !visible;
    }
    status.textContent = formatMessage(countMessage, { count: shown });
    if (empty) empty.hidden = shown > 0;
    const url = new URL(location.href);
    if (input.value) url.searchParams.set('q', input.value); else url.searchParams.delete('q');
    history.replaceState(null, '', url);
  };
  input.value = new URLSearchParams(location.search).get('q') ?? '';
  input.addEventListener('input', update);
  if (input.value) update();
}
