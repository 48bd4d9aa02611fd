/**
 * Suggestions under the header's search field, as an ARIA combobox: typing shows the
 * first results, arrow keys move through them, Enter opens the chosen one (or, with
 * none chosen, the full results at `/search/?q=…`), Escape closes the list.
 */
import type { Message } from '../../i18n/types.ts';
import { bestExcerpt } from '../../lib/search/excerpt.ts';
import { emptyState } from '../../lib/search/state.ts';
import { openEngine, resultHref, type Doc } from './engine.ts';
import { el, kindOf, say } from './render.ts';

export type HeaderStrings = { loading: string; error: string; none: string; count: Message; showAll: string; kinds: Record<string, string> };

const SHOWN = 5;
const MIN_LENGTH = 2;
const DEBOUNCE_MS = 120;

export function attachDropdown(form: HTMLFormElement, input: HTMLInputElement): void {
  const strings = JSON.parse(form.dataset.strings ?? '{}') as HeaderStrings;
  const popup = form.querySelector<HTMLElement>('[data-search-popup]')!;
  const list = form.querySelector<HTMLUListElement>('[data-search-list]')!;
  const message = form.querySelector<HTMLElement>('[data-search-message]')!;
  const status = form.querySelector<HTMLElement>('[data-search-status]')!;
  const engine = openEngine({ base: form.dataset.base ?? '/', pages: form.dataset.pages, langs: (form.dataset.langs ?? '').split(' ').filter(Boolean) });
  const pageLang = document.documentElement.lang;

  input.setAttribute('role', 'combobox');
  input.setAttribute('aria-autocomplete', 'list');
  input.setAttribute('aria-controls', list.id);
  input.setAttribute('aria-expanded', 'false');

  let options: HTMLLIElement[] = [];
  let active = -1;
  let searches = 0;
  let timer: ReturnType<typeof setTimeout> | undefined;

  const setActive = (index: number) => {
    active = index;
    options.forEach((option, i) => option.setAttribute('aria-selected', String(i === index)));
    if (index < 0) return input.removeAttribute('aria-activedescendant');
    input.setAttribute('aria-activedescendant', options[index]!.id);
    options[index]!.scrollIntoView({ block: 'nearest' });
  };
  const show = (open: boolean) => {
    popup.hidden = !open;
    input.setAttribute('aria-expanded', String(open));
    if (!open) setActive(-1);
  };
  const note = (text: string) => {
    message.textContent = text;
    message.hidden = !text;
  };
  const clear = () => {
    options = [];
    list.replaceChildren();
    setActive(-1);
  };

  const allResults = (query: string) => {
    const url = new URL(form.action);
    url.searchParams.set('q', query);
    return `${url.pathname}${url.search}`;
  };

  const option = (id: string, href: string, build: (li: HTMLLIElement) => void) => {
    const li = el('li', 'block cursor-pointer rounded-lg px-3 py-2 text-sm hover:bg-slate-100 aria-selected:bg-brand-50 aria-selected:outline-2 aria-selected:outline-brand-600 dark:hover:bg-slate-800 dark:aria-selected:bg-slate-800 dark:aria-selected:outline-brand-300');
    li.id = id;
    li.setAttribute('role', 'option');
    li.setAttribute('aria-selected', 'false');
    li.dataset.href = href;
    build(li);
    return li;
  };

  const resultOption = (doc: Doc, index: number, query: string) =>
    option(`${list.id}-${index}`, resultHref(doc), (li) => {
      const lang = doc.lang !== pageLang ? doc.lang : undefined;
      const head = el('span', 'flex items-baseline justify-between gap-3');
      const title = el('span', 'font-semibold text-slate-900 dark:text-white', doc.meta.title ?? doc.url);
      if (lang) title.lang = lang;
      head.append(title, el('span', 'shrink-0 text-xs text-slate-600 dark:text-slate-400', strings.kinds[kindOf(doc)] ?? ''));
      const excerpt = el('span', 'mt-0.5 line-clamp-2 block text-xs text-slate-700 dark:text-slate-300');
      if (lang) excerpt.lang = lang;
      excerpt.innerHTML = bestExcerpt(doc, doc.marks.join(' ') || query, 26); // Pagefind's excerpt is entity-encoded, with <mark> only
      li.append(head, excerpt);
    });

  const render = (query: string, docs: Doc[], total: number) => {
    options = docs.map((doc, i) => resultOption(doc, i, query));
    if (total > 0) options.push(option(`${list.id}-all`, allResults(query), (li) => li.append(el('span', 'font-medium text-brand-700 dark:text-brand-300', say(strings.showAll, { query })))));
    list.replaceChildren(...options);
    setActive(-1);
    note(total === 0 ? say(strings.none, { query }) : '');
    status.textContent = total === 0 ? say(strings.none, { query }) : say(strings.count, { count: total });
    show(true);
  };

  const update = async () => {
    const query = input.value.trim();
    const mine = ++searches;
    if (query.length < MIN_LENGTH) {
      clear();
      note('');
      status.textContent = '';
      return show(false);
    }
    const slow = setTimeout(() => mine === searches && (note(strings.loading), show(true)), 300);
    try {
      const outcome = await (await engine).search({ ...emptyState(), q: query });
      const docs = await outcome.take(SHOWN);
      if (mine === searches) render(query, docs, outcome.total);
    } catch {
      if (mine !== searches) return;
      clear();
      note(strings.error);
      status.textContent = strings.error;
      show(true);
    } finally {
      clearTimeout(slow);
    }
  };

  const go = (li: HTMLLIElement | undefined) => {
    if (li?.dataset.href) location.assign(li.dataset.href);
  };

  input.addEventListener('input', () => {
    clearTimeout(timer);
    timer = setTimeout(update, DEBOUNCE_MS);
  });
  input.addEventListener('focus', () => {
    if (options.length > 0 && input.value.trim().length >= MIN_LENGTH) show(true);
  });
  input.addEventListener('keydown', (event) => {
    const count = options.length;
    if (event.key === 'ArrowDown' || event.key === 'ArrowUp') {
      if (count === 0) return;
      event.preventDefault();
      show(true);
      const step = event.key === 'ArrowDown' ? 1 : -1;
      setActive(active < 0 && step < 0 ? count - 1 : (active + step + count) % count);
    } else if (event.key === 'Enter' && active >= 0 && !popup.hidden) {
      event.preventDefault();
      go(options[active]);
    } else if (event.key === 'Escape' && !popup.hidden) {
      // Closing the list only; the browser would otherwise also clear the field.
      event.preventDefault();
      show(false);
    }
  });
  // Clicks choose an option without taking the focus from the field.
  list.addEventListener('mousedown', (event) => event.preventDefault());
  list.addEventListener('click', (event) => go((event.target as Element).closest<HTMLLIElement>('[role="option"]') ?? undefined));
  form.addEventListener('focusout', (event) => {
    if (!form.contains(event.relatedTarget as Node | null)) show(false);
  });

  if (input.value.trim()) void update();
}
