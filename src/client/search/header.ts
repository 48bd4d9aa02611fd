/**
 * Loaded on every page, so it stays tiny: the keyboard shortcuts that focus the
 * search field, and loading the suggestions (and Pagefind) when the field is first
 * used. Without JavaScript the field is a plain form that opens `/search/`.
 */
import { HIGHLIGHT_PARAM } from '../../lib/search/params.ts';

const form = document.querySelector<HTMLFormElement>('form[data-header-search]');
const input = form?.querySelector<HTMLInputElement>('input[type="search"]');

/** Whether a key press goes into a text field, where "/" must stay a character. */
const typing = (target: EventTarget | null) =>
  target instanceof HTMLElement &&
  (target.isContentEditable || target instanceof HTMLTextAreaElement || target instanceof HTMLSelectElement ||
    (target instanceof HTMLInputElement && !['checkbox', 'radio', 'button', 'submit', 'reset', 'range', 'color'].includes(target.type)));

if (form && input) {
  let dropdown: Promise<unknown> | undefined;
  const attach = () => (dropdown ??= import('./dropdown.ts').then((m) => m.attachDropdown(form, input)));
  input.addEventListener('focus', attach);
  input.addEventListener('input', attach);

  document.addEventListener('keydown', (event) => {
    const modifier = event.ctrlKey || event.metaKey;
    const palette = modifier && !event.altKey && !event.shiftKey && event.key.toLowerCase() === 'k';
    const slash = event.key === '/' && !modifier && !event.altKey && !typing(event.target);
    if (!palette && !slash) return;
    event.preventDefault();
    // The search page's own field, where there is one, is the one to type into.
    const field = document.querySelector<HTMLInputElement>('input[data-search-page-input]') ?? input;
    field.focus();
    field.select();
  });

  if (new URLSearchParams(location.search).getAll(HIGHLIGHT_PARAM).some((term) => term.trim())) {
    void import('./highlight.ts').then((m) => m.highlightTerms(form.dataset.base ?? '/'));
  }
}
