/**
 * The search page: reads the search from the URL, runs it, shows results, filter
 * counts and the number of results (announced politely), and writes every change
 * back to the URL — typing replaces the history entry, a submitted query, a filter or
 * a new order adds one — so a search can be shared and the back button restores it.
 */
import type { Message } from '../../i18n/types.ts';
import { formatDate } from '../../lib/i18n.ts';
import { bestExcerpt } from '../../lib/search/excerpt.ts';
import { FACETS, hasCriteria, readState, withFilter, writeState, type Facet, type SearchState } from '../../lib/search/state.ts';
import type { Counts } from '../../lib/search/types.ts';
import { showActiveFilters } from '../filter-disclosure.ts';
import { openEngine, resultHref, type Doc, type Outcome } from './engine.ts';
import { el, KIND_TONE, kindOf, say } from './render.ts';

type PageStrings = {
  count: Message; countFiltered: Message; none: Message; noneHint: Message; prompt: Message; error: Message; loading: Message;
  dateLocale: string; kinds: Record<string, string>; langs: Record<string, string>;
};

const PAGE_SIZE = 10;
const TYPING_MS = 250;

const app = document.querySelector<HTMLElement>('[data-search-app]');
const header = document.querySelector<HTMLFormElement>('form[data-header-search]');
if (app && header) start(app, header);

function start(app: HTMLElement, header: HTMLFormElement) {
  const strings = JSON.parse(app.dataset.strings ?? '{}') as PageStrings;
  const $ = <T extends Element>(selector: string) => app.querySelector<T>(selector)!;
  const form = $<HTMLFormElement>('[data-search-form]');
  const input = $<HTMLInputElement>('[data-search-page-input]');
  const filters = $<HTMLElement>('[data-search-filters]');
  const sort = $<HTMLSelectElement>('[data-search-sort]');
  const summary = $<HTMLElement>('[data-search-summary]');
  const message = $<HTMLElement>('[data-search-message]');
  const results = $<HTMLOListElement>('[data-search-results]');
  const more = $<HTMLButtonElement>('[data-search-more]');
  const status = $<HTMLElement>('[data-search-status]');
  const disclosure = $<HTMLDetailsElement>('[data-search-disclosure]');
  const pageLang = document.documentElement.lang;
  const engine = openEngine({ base: header.dataset.base ?? '/', pages: header.dataset.pages, langs: (header.dataset.langs ?? '').split(' ').filter(Boolean) });

  let ready = false;
  void engine.then(() => (ready = true), () => undefined);
  let state = readState(new URLSearchParams(location.search));
  let outcome: Outcome | undefined;
  let shown = 0;
  let runs = 0;
  let typing: ReturnType<typeof setTimeout> | undefined;

  const showControls = (s: SearchState) => {
    showActiveFilters(disclosure, Object.keys(s.filters).length);
    if (document.activeElement !== input) input.value = s.q;
    sort.value = s.sort;
    for (const radio of filters.querySelectorAll<HTMLInputElement>('input[type="radio"]')) {
      radio.checked = radio.value === (s.filters[radio.name as Facet] ?? '');
    }
  };

  const commit = (next: SearchState, history: 'push' | 'replace') => {
    const query = writeState(next);
    const target = `${location.pathname}${query ? `?${query}` : ''}`;
    if (target !== `${location.pathname}${location.search}`) {
      if (history === 'push') window.history.pushState(null, '', target);
      else window.history.replaceState(null, '', target);
    }
    state = next;
    void run();
  };

  const showCounts = (counts: Counts) => {
    for (const fieldset of filters.querySelectorAll<HTMLFieldSetElement>('fieldset[data-facet]')) {
      const facet = fieldset.dataset.facet as Facet;
      let visible = 0;
      for (const option of fieldset.querySelectorAll<HTMLLabelElement>('label[data-option]')) {
        const radio = option.querySelector('input')!;
        const n = counts[facet]?.[radio.value] ?? 0;
        option.querySelector('[data-count]')!.textContent = String(n);
        option.hidden = n === 0 && !radio.checked;
        if (!option.hidden) visible++;
      }
      fieldset.hidden = visible === 0;
    }
  };

  const note = (lines: string[]) => {
    message.replaceChildren(...lines.map((line, i) => el('p', i > 0 ? 'mt-2 text-sm' : '', line)));
    message.hidden = lines.length === 0;
  };

  const card = (doc: Doc) => {
    const lang = doc.lang !== pageLang ? doc.lang : undefined;
    const kind = kindOf(doc);
    const article = el('article', 'card relative flex flex-col gap-2 transition hover:border-brand-300 dark:hover:border-brand-600');
    const badges = el('div', 'flex flex-wrap items-center gap-2');
    badges.append(el('span', `inline-block rounded-md px-2 py-0.5 text-xs font-semibold ${KIND_TONE[kind] ?? KIND_TONE.path}`, strings.kinds[kind] ?? kind));
    if (lang) {
      const badge = el('span', 'text-xs font-semibold text-slate-700 uppercase dark:text-slate-300', lang);
      badge.title = strings.langs[lang] ?? lang;
      badges.append(badge);
    }
    const heading = el('h3', 'text-lg leading-snug font-semibold');
    const link = el('a', 'text-slate-900 no-underline after:absolute after:inset-0 hover:text-brand-700 dark:text-white dark:hover:text-brand-300', doc.meta.title ?? doc.url);
    link.href = resultHref(doc);
    heading.append(link);
    const excerpt = el('p', 'text-sm text-slate-700 dark:text-slate-300');
    excerpt.innerHTML = bestExcerpt(doc, doc.marks.join(' ') || state.q); // entity-encoded by Pagefind, <mark> only
    if (lang) {
      heading.lang = lang;
      excerpt.lang = lang;
    }
    article.append(badges, heading, excerpt);
    if (doc.meta.mentors || doc.meta.date) {
      const facts = el('p', 'mt-auto text-xs text-slate-600 dark:text-slate-400', doc.meta.mentors ?? '');
      if (doc.meta.date) {
        const time = el('time', '', formatDate(new Date(doc.meta.date), strings.dateLocale));
        time.dateTime = doc.meta.date;
        facts.append(doc.meta.mentors ? ' · ' : '', time);
      }
      article.append(facts);
    }
    const item = el('li');
    item.append(article);
    return item;
  };

  const showMore = async (mine: number) => {
    if (!outcome) return;
    const docs = await outcome.take(shown + PAGE_SIZE);
    if (mine !== runs) return;
    results.append(...docs.slice(shown).map(card));
    shown = docs.length;
    more.hidden = shown >= outcome.total;
  };

  async function run() {
    const mine = ++runs;
    showControls(state);
    results.setAttribute('aria-busy', 'true');
    if (!ready) summary.textContent = say(strings.loading);
    try {
      const search = await engine;
      if (!hasCriteria(state)) {
        const totals = await search.totals();
        if (mine !== runs) return;
        outcome = undefined;
        results.replaceChildren();
        more.hidden = true;
        summary.textContent = '';
        status.textContent = '';
        showCounts(totals);
        note([say(strings.prompt)]);
        return;
      }
      const found = await search.search(state, { counts: true });
      if (mine !== runs) return;
      outcome = found;
      shown = 0;
      results.replaceChildren();
      showCounts(found.counts ?? {});
      await showMore(mine);
      if (mine !== runs) return;
      const text = state.q ? say(strings.count, { count: found.total, query: state.q }) : say(strings.countFiltered, { count: found.total });
      summary.textContent = text;
      note(found.total === 0 ? [state.q ? say(strings.none, { query: state.q }) : text, say(strings.noneHint)] : []);
      status.textContent = found.total === 0 && state.q ? say(strings.none, { query: state.q }) : text;
    } catch {
      if (mine !== runs) return;
      results.replaceChildren();
      more.hidden = true;
      summary.textContent = '';
      note([say(strings.error)]);
      status.textContent = say(strings.error);
    } finally {
      if (mine === runs) results.removeAttribute('aria-busy');
    }
  }

  form.addEventListener('submit', (event) => {
    event.preventDefault();
    clearTimeout(typing);
    commit({ ...state, q: input.value.replace(/\s+/g, ' ').trim() }, 'push');
  });
  input.addEventListener('input', () => {
    clearTimeout(typing);
    typing = setTimeout(() => commit({ ...state, q: input.value.replace(/\s+/g, ' ').trim() }, 'replace'), TYPING_MS);
  });
  filters.addEventListener('change', (event) => {
    const radio = event.target as HTMLInputElement;
    if (FACETS.includes(radio.name as Facet)) commit(withFilter(state, radio.name as Facet, radio.value || undefined), 'push');
  });
  filters.querySelector('[data-filter-reset]')?.addEventListener('click', () => commit({ ...state, filters: {} }, 'push'));
  sort.addEventListener('change', () => commit({ ...state, sort: sort.value === 'newest' ? 'newest' : 'relevance' }, 'push'));
  more.addEventListener('click', async () => {
    const first = shown;
    await showMore(runs);
    // Keyboard readers continue where the new results begin.
    results.children[first]?.querySelector<HTMLAnchorElement>('a')?.focus();
  });
  window.addEventListener('popstate', () => {
    state = readState(new URLSearchParams(location.search));
    input.value = state.q;
    void run();
  });

  input.value = state.q;
  void run();
}
